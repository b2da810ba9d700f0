// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace qf::ui {

/// The three steps from an empty database to a campaign under way — import the registry,
/// open a campaign from a template, hand out the blank workbooks — each with the button
/// that does it. A step is ticked when the data shows it done (not when its button was
/// pressed: an import can be cancelled), and the first step not done is highlighted.
class GuidedStart : public QGroupBox
{
    Q_OBJECT
public:
    enum Step { Registry = 0, Campaign = 1, Templates = 2 };
    Q_ENUM(Step)

    explicit GuidedStart(QWidget *parent = nullptr);

    /// What the database holds: institutions in the registry, a campaign worked on, a
    /// monthly form of it filed by an institution (the templates went out and came back).
    void setDone(bool registry, bool campaign, bool filed);
    bool isDone(Step step) const { return m_done[step]; }
    bool allDone() const { return m_done[Registry] && m_done[Campaign] && m_done[Templates]; }
    /// The highlighted step: the first one not done; -1 when all are.
    int nextStep() const;
    QPushButton *button(Step step) const { return m_buttons[step]; }

signals:
    void stepRequested(qf::ui::GuidedStart::Step step);

private:
    bool m_done[3] = {false, false, false};
    QLabel *m_marks[3];
    QLabel *m_texts[3];
    QPushButton *m_buttons[3];
};

} // namespace qf::ui

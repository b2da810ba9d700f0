<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AnalysisData</name>
    <message>
        <source>找不到专项整治“%1”。</source>
        <translation>Campaign “%1” not found.</translation>
    </message>
</context>
<context>
    <name>AnalysisSeries</name>
    <message>
        <source>报送情况</source>
        <translation>Filing</translation>
    </message>
    <message>
        <source>按时报送</source>
        <translation>Filed on time</translation>
    </message>
    <message>
        <source>份</source>
        <translation>reports</translation>
    </message>
    <message>
        <source>逾期补报</source>
        <translation>Filed late</translation>
    </message>
    <message>
        <source>逾期未报</source>
        <translation>Overdue, not filed</translation>
    </message>
    <message>
        <source>完整率</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <source>按时率</source>
        <translation>Timeliness</translation>
    </message>
    <message>
        <source>问题清单</source>
        <translation>Problem list</translation>
    </message>
    <message>
        <source>个</source>
        <translation>items</translation>
    </message>
    <message>
        <source>问题清单：当月发现</source>
        <translation>Problem list: found in the month</translation>
    </message>
    <message>
        <source>问题清单：当月整改</source>
        <translation>Problem list: rectified in the month</translation>
    </message>
    <message>
        <source>问题清单：当月销号</source>
        <translation>Problem list: closed in the month</translation>
    </message>
    <message>
        <source>问题清单：累计发现</source>
        <translation>Problem list: found so far</translation>
    </message>
    <message>
        <source>问题清单：累计整改</source>
        <translation>Problem list: rectified so far</translation>
    </message>
    <message>
        <source>问题清单：累计销号</source>
        <translation>Problem list: closed so far</translation>
    </message>
    <message>
        <source>问题整改</source>
        <translation>Problems and rectification</translation>
    </message>
    <message>
        <source>累计发现问题</source>
        <translation>Problems found so far</translation>
    </message>
    <message>
        <source>累计完成整改问题</source>
        <translation>Problems rectified so far</translation>
    </message>
    <message>
        <source>当月发现问题</source>
        <translation>Problems found in the month</translation>
    </message>
    <message>
        <source>当月完成整改问题</source>
        <translation>Problems rectified in the month</translation>
    </message>
    <message>
        <source>整改率</source>
        <translation>Rectification rate</translation>
    </message>
    <message>
        <source>整改落后机构</source>
        <translation>Institutions behind</translation>
    </message>
    <message>
        <source>整改率最低的机构：整改率</source>
        <translation>Lowest rectification rates: rate</translation>
    </message>
    <message>
        <source>整改率最低的机构：未整改问题</source>
        <translation>Lowest rectification rates: problems open</translation>
    </message>
    <message>
        <source>万元</source>
        <translation>10k yuan</translation>
    </message>
    <message>
        <source>%1第%2栏 %3</source>
        <translation>%1 column %2 %3</translation>
    </message>
    <message>
        <source>全县</source>
        <translation>County</translation>
    </message>
    <message>
        <source>序列</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>分组</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>%1不在专项整治的报表月份（%2至%3）之内。</source>
        <translation>%1 is not among the campaign&apos;s reporting months (%2 to %3).</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>清风</source>
        <translation>Qingfeng</translation>
    </message>
    <message>
        <source>清风 · 专项整治工作台</source>
        <translation>Qingfeng · Rectification Campaign Workbench</translation>
    </message>
    <message>
        <source>使用指定的数据库文件。</source>
        <translation>Use the given database file.</translation>
    </message>
    <message>
        <source>数据库为空时写入鹿寨县示例数据。</source>
        <translation>Fill an empty database with the Luzhai County demo data.</translation>
    </message>
    <message>
        <source>把页面截图保存为 PNG 后退出。</source>
        <translation>Save a screenshot of the page as PNG and quit.</translation>
    </message>
    <message>
        <source>启动时显示的页面。</source>
        <translation>Page to show at start.</translation>
    </message>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>欢迎使用清风</source>
        <translation>Welcome to Qingfeng</translation>
    </message>
    <message>
        <source>请输入您的姓名（记录在变更记录中，与系统账户 %1 一起显示）：</source>
        <translation>Please enter your name (recorded in the change history, shown together with the system account %1):</translation>
    </message>
    <message>
        <source>连接服务器上的共享数据库（postgresql://账户@服务器:端口/数据库）。</source>
        <translation>Connect to a shared database on a server (postgresql://account@server:port/database).</translation>
    </message>
    <message>
        <source>无法连接服务器</source>
        <translation>Cannot connect to the server</translation>
    </message>
    <message>
        <source>数据库文件不存在</source>
        <translation>Database file not found</translation>
    </message>
    <message>
        <source>数据库文件 %1 不存在。要新建一个空数据库吗？</source>
        <translation>The database file %1 does not exist. Create a new, empty database?</translation>
    </message>
    <message>
        <source>今天的自动备份没有完成：%1</source>
        <translation>Today&apos;s automatic backup did not complete: %1</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>磁盘空间不足</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>文件夹只读/没有写入权限</source>
        <translation>the folder is read-only or may not be written</translation>
    </message>
    <message>
        <source>无法写入 %1：%2。</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
    <message>
        <source>无法写入 %1：临时文件未打开。</source>
        <translation>Cannot write %1: the temporary file is not open.</translation>
    </message>
    <message>
        <source>无法写入 %1：不是普通文件。</source>
        <translation>Cannot write %1: it is not a regular file.</translation>
    </message>
    <message>
        <source>文件 %1 是只读的，未写入。</source>
        <translation>The file %1 is read-only; nothing was written.</translation>
    </message>
    <message>
        <source>文件超过了允许的大小</source>
        <translation>the file exceeds the size allowed</translation>
    </message>
    <message>
        <source>文件名或路径太长</source>
        <translation>the file name or path is too long</translation>
    </message>
    <message>
        <source>文件夹不存在</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <source>同名的文件夹已存在</source>
        <translation>a folder of that name exists</translation>
    </message>
    <message>
        <source>路径中的符号链接太多或形成了循环</source>
        <translation>the path has too many symbolic links or a loop of them</translation>
    </message>
    <message>
        <source>磁盘读写出错</source>
        <translation>disk input/output error</translation>
    </message>
    <message>
        <source>打开的文件太多</source>
        <translation>too many open files</translation>
    </message>
    <message>
        <source>文件正被其他程序使用</source>
        <translation>the file is in use by another program</translation>
    </message>
    <message>
        <source>系统错误 %1（%2）</source>
        <translation>system error %1 (%2)</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>%1（账户 %2）</source>
        <translation>%1 (account %2)</translation>
    </message>
</context>
<context>
    <name>AuditTriggerSql</name>
    <message>
        <source>无法更新表 %1 的审计触发器：%2</source>
        <translation>Could not update the audit triggers of table %1: %2</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>备份到 %1 失败：%2</source>
        <translation>Backup to %1 failed: %2</translation>
    </message>
    <message>
        <source>备份文件 %1 不存在。</source>
        <translation>The backup file %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 不是可用的清风备份：%2</source>
        <translation>%1 is not a usable Qingfeng backup: %2</translation>
    </message>
    <message>
        <source>恢复前无法保存当前数据库，未做任何修改：%1</source>
        <translation>Cannot save the current database before restoring; nothing was changed: %1</translation>
    </message>
    <message>
        <source>服务器数据库 %1 请由服务器管理员用 pg_dump 备份。</source>
        <translation>The server database %1 is backed up by the server administrator with pg_dump.</translation>
    </message>
    <message>
        <source>无法读取 %1：%2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>数据库 %1 正由其他清风程序使用。请先关闭所有使用它的窗口和命令，再从备份恢复；未做任何修改。</source>
        <translation>The database %1 is in use by another Qingfeng program. Close every window and command using it, then restore from the backup; nothing was changed.</translation>
    </message>
    <message>
        <source>无法建立检查备份用的临时文件夹：%1</source>
        <translation>Cannot create a temporary folder to check the backup: %1</translation>
    </message>
    <message>
        <source>无法读取备份文件 %1：%2</source>
        <translation>Cannot read the backup file %1: %2</translation>
    </message>
    <message>
        <source>无法复制备份文件：%1；未做任何修改。</source>
        <translation>Cannot copy the backup file: %1; nothing was changed.</translation>
    </message>
    <message>
        <source>无法删除旧的 %1，未做任何修改；原数据库已另存为 %2。</source>
        <translation>Cannot remove the old %1; nothing was changed. The current database was also saved as %2.</translation>
    </message>
    <message>
        <source>无法替换数据库文件 %1：%2；原数据库未改动%3。</source>
        <translation>Cannot replace the database file %1: %2; the database was not changed%3.</translation>
    </message>
    <message>
        <source>，并已另存为 %1</source>
        <translation> and was also saved as %1</translation>
    </message>
    <message>
        <source>无法建立合并备份用的临时文件夹：%1</source>
        <translation>Cannot create the temporary folder for merging the backup: %1</translation>
    </message>
    <message>
        <source>无法读取备份旁的 %1：%2</source>
        <translation>Cannot read %1 beside the backup: %2</translation>
    </message>
    <message>
        <source>备份旁有未合并的 %1，无法合并：%2</source>
        <translation>The backup has an unmerged %1 beside it that cannot be merged: %2</translation>
    </message>
    <message>
        <source>备份旁有未合并的 %1，无法合并。</source>
        <translation>The backup has an unmerged %1 beside it that cannot be merged.</translation>
    </message>
    <message>
        <source>%1 不是可用的清风备份：%2；未做任何修改。</source>
        <translation>%1 is not a usable Qingfeng backup: %2; nothing was changed.</translation>
    </message>
    <message>
        <source>备份旁有未完成事务的日志文件 %1，该备份可能不完整</source>
        <translation>The backup has the journal of an unfinished transaction beside it, %1: the backup may be incomplete</translation>
    </message>
    <message>
        <source>正在复制数据库…</source>
        <translation>Copying the database…</translation>
    </message>
    <message>
        <source>正在检查备份…</source>
        <translation>Checking the backup…</translation>
    </message>
</context>
<context>
    <name>BackupCheck</name>
    <message>
        <source>表</source>
        <translation>table</translation>
    </message>
    <message>
        <source>索引</source>
        <translation>index</translation>
    </message>
    <message>
        <source>触发器</source>
        <translation>trigger</translation>
    </message>
    <message>
        <source>视图</source>
        <translation>view</translation>
    </message>
    <message>
        <source>文件不是清风数据库（application_id 为 %1）</source>
        <translation>the file is not a Qingfeng database (application_id is %1)</translation>
    </message>
    <message>
        <source>文件中没有清风的数据结构（版本 %1）</source>
        <translation>the file holds no Qingfeng schema (version %1)</translation>
    </message>
    <message>
        <source>备份由较新版本的清风创建（数据结构版本 %1，本程序支持到 %2），请升级程序</source>
        <translation>the backup was made by a newer version of Qingfeng (schema version %1, this program supports up to %2); please upgrade the program</translation>
    </message>
    <message>
        <source>完整性检查无法进行：%1</source>
        <translation>the integrity check could not run: %1</translation>
    </message>
    <message>
        <source>未通过完整性检查（%1）</source>
        <translation>it fails the integrity check (%1)</translation>
    </message>
    <message>
        <source>引用检查无法进行：%1</source>
        <translation>the reference check could not run: %1</translation>
    </message>
    <message>
        <source>有 %1 行引用了不存在的记录（%2）</source>
        <translation>%1 rows refer to records that do not exist (%2)</translation>
    </message>
    <message>
        <source>数据结构与清风版本 %1 的不同：%2</source>
        <translation>its schema differs from that of Qingfeng schema version %1: %2</translation>
    </message>
    <message>
        <source>无法建立对照用的数据库：%1</source>
        <translation>Cannot create the reference database to compare with: %1</translation>
    </message>
    <message>
        <source>备份缺少%1</source>
        <translation>the backup lacks %1</translation>
    </message>
    <message>
        <source>备份中%1的定义与本版本不同</source>
        <translation>the definition of %1 in the backup differs from this version&apos;s</translation>
    </message>
    <message>
        <source>备份多出%1</source>
        <translation>the backup has an extra %1</translation>
    </message>
    <message>
        <source>%1 不是可用的清风备份：%2。</source>
        <translation>%1 is not a usable Qingfeng backup: %2.</translation>
    </message>
    <message>
        <source>文件是空的（0 字节）</source>
        <translation>the file is empty (0 bytes)</translation>
    </message>
    <message>
        <source>文件不是 SQLite 数据库</source>
        <translation>the file is not an SQLite database</translation>
    </message>
</context>
<context>
    <name>Campaign</name>
    <message>
        <source>专项整治名称不能为空。</source>
        <translation>The campaign name must not be empty.</translation>
    </message>
    <message>
        <source>县（区）名称不能为空。</source>
        <translation>The county (district) name must not be empty.</translation>
    </message>
    <message>
        <source>年度“%1”无效。</source>
        <translation>The year &quot;%1&quot; is invalid.</translation>
    </message>
    <message>
        <source>开始日期和结束日期都必须填写。</source>
        <translation>Both the start date and the end date are required.</translation>
    </message>
    <message>
        <source>结束日期（%1）早于开始日期（%2）。</source>
        <translation>The end date (%1) is before the start date (%2).</translation>
    </message>
    <message>
        <source>开始日期（%1）和结束日期（%2）都不在%3年内，请核对年度。</source>
        <translation>Neither the start date (%1) nor the end date (%2) is in %3; please check the year.</translation>
    </message>
    <message>
        <source>发文日期（%1）晚于结束日期（%2）。</source>
        <translation>The issue date (%1) is after the end date (%2).</translation>
    </message>
    <message>
        <source>股室名称不能为空。</source>
        <translation>The section name must not be empty.</translation>
    </message>
    <message>
        <source>股室“%1”重复。</source>
        <translation>Section &quot;%1&quot; is listed twice.</translation>
    </message>
    <message>
        <source>阶段名称不能为空。</source>
        <translation>The phase name must not be empty.</translation>
    </message>
    <message>
        <source>阶段“%1”缺少起止日期。</source>
        <translation>Phase &quot;%1&quot; has no start or end date.</translation>
    </message>
    <message>
        <source>阶段“%1”的结束日期（%2）早于开始日期（%3）。</source>
        <translation>Phase &quot;%1&quot; ends (%2) before it starts (%3).</translation>
    </message>
    <message>
        <source>阶段“%1”（%2至%3）超出专项整治期间（%4至%5）。</source>
        <translation>Phase &quot;%1&quot; (%2 to %3) lies outside the campaign period (%4 to %5).</translation>
    </message>
    <message>
        <source>阶段“%1”（%2至%3）与前一阶段“%4”（%5至%6）顺序颠倒或被其包含。</source>
        <translation>Phase &quot;%1&quot; (%2 to %3) is out of order with, or contained in, the previous phase &quot;%4&quot; (%5 to %6).</translation>
    </message>
    <message>
        <source>阶段“%1”与前一阶段“%2”重叠超过两个月，请核对日期。</source>
        <translation>Phase &quot;%1&quot; overlaps the previous phase &quot;%2&quot; by more than two months; please check the dates.</translation>
    </message>
    <message>
        <source>截止事项名称不能为空。</source>
        <translation>The deadline name must not be empty.</translation>
    </message>
    <message>
        <source>截止事项“%1”由股室报送，请填写报送股室。</source>
        <translation>Deadline &quot;%1&quot; is reported by a section; please enter the reporting section.</translation>
    </message>
    <message>
        <source>截止事项“%1”的报送股室“%2”不在责任股室名单中。</source>
        <translation>The reporting section &quot;%2&quot; of deadline &quot;%1&quot; is not among the responsible sections.</translation>
    </message>
    <message>
        <source>截止事项“%1”缺少日期。</source>
        <translation>Deadline &quot;%1&quot; has no date.</translation>
    </message>
    <message>
        <source>截止事项“%1”的日期%2不在专项整治期间（%3至%4）内。</source>
        <translation>The date %2 of deadline &quot;%1&quot; is outside the campaign period (%3 to %4).</translation>
    </message>
    <message>
        <source>截止事项“%1”的每月截止日“%2”无效。</source>
        <translation>The monthly due day &quot;%2&quot; of deadline &quot;%1&quot; is invalid.</translation>
    </message>
    <message>
        <source>截止事项“%1”的报送月份范围无效。</source>
        <translation>The reporting month range of deadline &quot;%1&quot; is invalid.</translation>
    </message>
    <message>
        <source>截止事项“%1”从%2起报送，早于专项整治开始日期%3。</source>
        <translation>Deadline &quot;%1&quot; starts reporting in %2, before the campaign starts on %3.</translation>
    </message>
    <message>
        <source>截止事项“%1”的最后一次报送（%2的报表，%3截止）晚于专项整治结束日期%4。</source>
        <translation>The last report of deadline &quot;%1&quot; (the report for %2, due %3) falls after the campaign ends on %4.</translation>
    </message>
    <message>
        <source>各医疗机构</source>
        <translation>All medical institutions</translation>
    </message>
    <message>
        <source>截止事项“%1”和“%2”都要求%3报送%4的%5，无法分别跟踪，请合并或调整月份。</source>
        <translation>Deadlines &quot;%1&quot; and &quot;%2&quot; both require %3 to report %5 for %4; they cannot be tracked separately. Please merge them or adjust the months.</translation>
    </message>
    <message>
        <source>%1“%2”含有控制字符（第%3个字符，U+%4），请删除。</source>
        <translation>%1 &quot;%2&quot; contains a control character (character %3, U+%4); please delete it.</translation>
    </message>
    <message>
        <source>专项整治名称</source>
        <translation>Campaign name</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>发文机关</source>
        <translation>Issuing authority</translation>
    </message>
    <message>
        <source>县（区）名称</source>
        <translation>County (district) name</translation>
    </message>
    <message>
        <source>市名称</source>
        <translation>City name</translation>
    </message>
    <message>
        <source>卫健局电话</source>
        <translation>Health bureau phone</translation>
    </message>
    <message>
        <source>卫健局邮箱</source>
        <translation>Health bureau email</translation>
    </message>
    <message>
        <source>市卫健委电话</source>
        <translation>City health commission phone</translation>
    </message>
    <message>
        <source>市卫健委邮箱</source>
        <translation>City health commission email</translation>
    </message>
    <message>
        <source>主送</source>
        <translation>Addressees</translation>
    </message>
    <message>
        <source>通知正文</source>
        <translation>Notice text</translation>
    </message>
    <message>
        <source>股室名称</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>股室邮箱</source>
        <translation>Office email</translation>
    </message>
    <message>
        <source>股室电话</source>
        <translation>Office phone</translation>
    </message>
    <message>
        <source>阶段名称</source>
        <translation>Phase name</translation>
    </message>
    <message>
        <source>阶段说明</source>
        <translation>Phase description</translation>
    </message>
    <message>
        <source>截止事项名称</source>
        <translation>Deadline item name</translation>
    </message>
</context>
<context>
    <name>CampaignPosition</name>
    <message>
        <source>还没有专项整治。</source>
        <translation>There is no campaign yet.</translation>
    </message>
    <message>
        <source>专项整治将于 %1 开始（还有 %2 天）。</source>
        <translation>The campaign starts on %1 (in %2 days). </translation>
    </message>
    <message>
        <source>专项整治已于 %1 结束。</source>
        <translation>The campaign ended on %1. </translation>
    </message>
    <message>
        <source>今天（%1）不在任何阶段内。</source>
        <translation>Today (%1) is not in any phase. </translation>
    </message>
    <message>
        <source>今天（%1）处于“%2”阶段（至 %3）。</source>
        <translation>Today (%1) is in the phase &quot;%2&quot; (until %3). </translation>
    </message>
    <message>
        <source>今天截止</source>
        <translation>due today</translation>
    </message>
    <message>
        <source>还有 %1 天</source>
        <translation>%1 days left</translation>
    </message>
    <message>
        <source>下一个截止日：%1%2，%3（%4）。</source>
        <translation>Next deadline: %1%2, %3 (%4). </translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>截止日已过的 %1 项中：按时报送 %2 项，逾期补报 %3 项，</source>
        <translation>Of the %1 items past their deadline: %2 reported on time, %3 reported late, </translation>
    </message>
    <message>
        <source>逾期未报 %1 项（涉及 %2 个单位）。</source>
        <translation>%1 overdue and not reported (%2 units).</translation>
    </message>
    <message>
        <source>没有逾期未报。</source>
        <translation>Nothing is overdue.</translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <source>无法保存专项整治：%1</source>
        <translation>Cannot save the campaign: %1</translation>
    </message>
    <message>
        <source>无法删除专项整治：%1</source>
        <translation>Cannot delete the campaign: %1</translation>
    </message>
    <message>
        <source>专项整治列表</source>
        <translation>the campaign list</translation>
    </message>
    <message>
        <source>专项整治</source>
        <translation>the campaign</translation>
    </message>
</context>
<context>
    <name>CampaignTemplate</name>
    <message>
        <source>模板缺少 key 或 name。</source>
        <translation>The template lacks a key or name.</translation>
    </message>
    <message>
        <source>模板“%1”缺少阶段或截止事项。</source>
        <translation>Template &quot;%1&quot; has no phases or deadlines.</translation>
    </message>
    <message>
        <source>请填写县（区）名称。</source>
        <translation>Please enter the county (district) name.</translation>
    </message>
    <message>
        <source>年度“%1”无效。</source>
        <translation>The year &quot;%1&quot; is invalid.</translation>
    </message>
    <message>
        <source>模板“%1”生成的专项整治有误：%2</source>
        <translation>The campaign generated from template &quot;%1&quot; is wrong: %2</translation>
    </message>
    <message>
        <source>模板“%1”的工作方案有误：%2</source>
        <translation>The work plan of template &quot;%1&quot; is wrong: %2</translation>
    </message>
</context>
<context>
    <name>CaseRecord</name>
    <message>
        <source>涉及人数</source>
        <translation>Persons involved</translation>
    </message>
    <message>
        <source>参训人数</source>
        <translation>Trainees</translation>
    </message>
    <message>
        <source>参加人数</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>请选择机构。</source>
        <translation>Please choose an institution.</translation>
    </message>
    <message>
        <source>请填写日期。</source>
        <translation>Please enter a date.</translation>
    </message>
    <message>
        <source>事项不能为空。</source>
        <translation>The matter must not be empty.</translation>
    </message>
    <message>
        <source>人数不能为负数。</source>
        <translation>The number of persons must not be negative.</translation>
    </message>
    <message>
        <source>“%1”须填写%2（大于0）。</source>
        <translation>&quot;%1&quot; needs %2 (greater than 0).</translation>
    </message>
    <message>
        <source>金额不能为负数。</source>
        <translation>Amounts must not be negative.</translation>
    </message>
    <message>
        <source>“%1”没有涉案金额。</source>
        <translation>&quot;%1&quot; has no amount involved.</translation>
    </message>
    <message>
        <source>只有检查监察建议书有回复日期。</source>
        <translation>Only inspection and supervision recommendations have a reply date.</translation>
    </message>
    <message>
        <source>回复日期（%1）早于收到日期（%2）。</source>
        <translation>The reply date (%1) is earlier than the date received (%2).</translation>
    </message>
</context>
<context>
    <name>CaseRecordRepository</name>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>以案促改与教育记录</source>
        <translation>the case and education records</translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <source>报送情况（按月）</source>
        <translation>Filing status (by month)</translation>
    </message>
    <message>
        <source>问题发现、整改与销号（按月）</source>
        <translation>Problems found, rectified and closed (by month)</translation>
    </message>
    <message>
        <source>问题发现、整改与销号（按类别）</source>
        <translation>Problems found, rectified and closed (by category)</translation>
    </message>
    <message>
        <source>整改率（按类别）</source>
        <translation>Rectification rate (by category)</translation>
    </message>
    <message>
        <source>整改率最低的机构</source>
        <translation>Institutions with the lowest rectification rate</translation>
    </message>
    <message>
        <source>报表栏目逐月变化</source>
        <translation>Monthly changes of a form column</translation>
    </message>
    <message>
        <source>%1没有分析数据：应为 %2 至 %3 之间的报表月份。</source>
        <translation>%1 has no analysis data: the reporting month should be between %2 and %3.</translation>
    </message>
    <message>
        <source>所选月份</source>
        <translation>Selected month</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>报送情况：按时、逾期补报与逾期未报</source>
        <translation>Filing status: on time, filed late, and overdue</translation>
    </message>
    <message>
        <source>份</source>
        <translation>reports</translation>
    </message>
    <message>
        <source>没有“%1”的问题数据：可选 %2。</source>
        <translation>No problem data for &quot;%1&quot;: available options are %2.</translation>
    </message>
    <message>
        <source>%1问题发现、整改与销号（按月）</source>
        <translation>%1 problems found, rectified and closed (by month)</translation>
    </message>
    <message>
        <source>个</source>
        <translation>items</translation>
    </message>
    <message>
        <source>各类机构问题发现、整改与销号（截至%1）</source>
        <translation>Problems found, rectified and closed by institution category (as of %1)</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>整改率（截至%1）</source>
        <translation>Rectification rate (as of %1)</translation>
    </message>
    <message>
        <source>整改率最低的机构只按最后一个月（%1）统计。</source>
        <translation>Institutions with the lowest rectification rate are counted for the last month (%1) only.</translation>
    </message>
    <message>
        <source>整改率最低的机构（截至%1）</source>
        <translation>Institutions with the lowest rectification rate (as of %1)</translation>
    </message>
    <message>
        <source>机构</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>没有附件%1。</source>
        <translation>There is no Form %1.</translation>
    </message>
    <message>
        <source>%1没有第%2栏数值。</source>
        <translation>%1 has no values in column %2.</translation>
    </message>
    <message>
        <source>登记册中没有“%1”。</source>
        <translation>&quot;%1&quot; is not in the registry.</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>问题清单第%1条：%2</source>
        <translation>Problem list item %1: %2</translation>
    </message>
    <message>
        <source>累计发现 %1 个，累计完成整改 %2 个</source>
        <translation>%1 found in total, %2 rectified in total</translation>
    </message>
    <message>
        <source>当月增加 %1</source>
        <translation>%1 added this month</translation>
    </message>
    <message>
        <source>“%1”在本专项整治中没有应报的统计表。</source>
        <translation>“%1” owes no statistics forms in this campaign.</translation>
    </message>
    <message>
        <source>%1报送情况：按时、逾期补报与逾期未报</source>
        <translation>Filing of %1: on time, late and missing</translation>
    </message>
    <message>
        <source>%1问题发现与整改（按月）</source>
        <translation>Problems found and rectified at %1 (by month)</translation>
    </message>
    <message>
        <source>附件1中没有“%1”这一行。</source>
        <translation>Annex 1 has no row “%1”.</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>没有指定要写入的文件。</source>
        <translation>No file was specified to write.</translation>
    </message>
    <message>
        <source>不能写入 %1：文件名应以 .png、.svg 或 .pdf 结尾。</source>
        <translation>Cannot write %1: the file name should end with .png, .svg or .pdf.</translation>
    </message>
    <message>
        <source>清风 · %1</source>
        <translation>Qingfeng · %1</translation>
    </message>
    <message>
        <source>清风</source>
        <translation>Qingfeng</translation>
    </message>
    <message>
        <source>不能写入 %1：图表没有画出来。</source>
        <translation>Cannot write %1: the chart was not drawn.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>	（示例）</source>
        <translation>	(demo)</translation>
    </message>
    <message>
        <source>找不到模板“%1”。可用模板见 campaign templates。</source>
        <translation>Template &quot;%1&quot; not found. See campaign templates for the available templates.</translation>
    </message>
    <message>
        <source>必须给出 --county 和 --year。</source>
        <translation>--county and --year are required.</translation>
    </message>
    <message>
        <source>已创建专项整治 %1：%2（%3—%4，%5个阶段，%6项截止事项）</source>
        <translation>Created campaign %1: %2 (%3–%4, %5 phases, %6 deadlines)</translation>
    </message>
    <message>
        <source>文号：%1&#x3000;发文单位：%2&#x3000;期间：%3 至 %4</source>
        <translation>Document no.: %1   Issued by: %2   Period: %3 to %4</translation>
    </message>
    <message>
        <source>阶段：</source>
        <translation>Phases:</translation>
    </message>
    <message>
        <source>截止事项：</source>
        <translation>Deadlines:</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>截止日逢休息日（仍按原日期）：</source>
        <translation>Deadlines falling on a day off (kept as written):</translation>
    </message>
    <message>
        <source>列出内置的专项整治方案模板</source>
        <translation>List the built-in campaign templates</translation>
    </message>
    <message>
        <source>列出数据库中的专项整治</source>
        <translation>List the campaigns in the database</translation>
    </message>
    <message>
        <source>按模板新建专项整治</source>
        <translation>Create a campaign from a template</translation>
    </message>
    <message>
        <source>阶段和截止日期按模板换算到指定年度；新建后可在程序中逐项修改。</source>
        <translation>Phases and deadlines are moved to the given year; each can be edited in the application afterwards.</translation>
    </message>
    <message>
        <source>显示专项整治的阶段、截止事项和今天的进度</source>
        <translation>Show a campaign&apos;s phases, deadlines and today&apos;s progress</translation>
    </message>
    <message>
        <source>--campaign 指定编号（默认最近新建的一个）；截止日逢周末或法定节假日时照原文保留并注明。--today 按指定日期计算当前阶段和逾期情况。</source>
        <translation>--campaign selects the campaign by number (default: the most recently created); deadlines falling on a weekend or public holiday are kept as written and marked. --today computes the current phase and overdue items for the given date.</translation>
    </message>
    <message>
        <source>清风 专项整治工作台 命令行工具</source>
        <translation>Qingfeng rectification campaign workbench, command-line tool</translation>
    </message>
    <message>
        <source>用法：qingfeng-cli [--db 数据库文件] &lt;对象&gt; &lt;操作&gt; [选项]</source>
        <translation>Usage: qingfeng-cli [--db DATABASE] &lt;object&gt; &lt;action&gt; [options]</translation>
    </message>
    <message>
        <source>不指定 --db 时使用默认数据库：%1</source>
        <translation>Without --db the default database is used: %1</translation>
    </message>
    <message>
        <source>命令：</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>每个命令都可加 --help 查看说明。退出码：0 成功，1 数据有错误，2 用法错误。</source>
        <translation>Every command accepts --help. Exit codes: 0 success, 1 errors in the data, 2 usage error.</translation>
    </message>
    <message>
        <source>用法：</source>
        <translation>Usage:</translation>
    </message>
    <message>
        <source>--campaign 需要专项整治的编号（见 campaign list）。</source>
        <translation>--campaign needs a campaign number (see campaign list).</translation>
    </message>
    <message>
        <source>数据库中还没有专项整治，请先用 campaign create 新建。</source>
        <translation>There is no campaign in the database yet; create one with campaign create first.</translation>
    </message>
    <message>
        <source>找不到专项整治“%1”。可用的专项整治见 campaign list。</source>
        <translation>Campaign &quot;%1&quot; not found. See campaign list for the available campaigns.</translation>
    </message>
    <message>
        <source>选项 --db 需要一个文件路径。</source>
        <translation>The option --db needs a file path.</translation>
    </message>
    <message>
        <source>未知选项 %1。</source>
        <translation>Unknown option %1.</translation>
    </message>
    <message>
        <source>未知命令“%1”。</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>请指定一个 CSV 文件。</source>
        <translation>Please give a CSV file.</translation>
    </message>
    <message>
        <source>未导入任何数据。</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>已导入 %1 份报表（%2 条提示）。</source>
        <translation>Imported %1 reports (%2 notes).</translation>
    </message>
    <message>
        <source>从 CSV 导入各单位的月度累计数</source>
        <translation>Import each unit&apos;s cumulative monthly figures from CSV</translation>
    </message>
    <message>
        <source>表头：表,单位,月份,(1),(2),…（可加“报送日期”列）。表为 附件1/附件2/附件3；单位为机构名称，
附件2 为分类（如“公立医院 三级”“定点零售药店等其他医药机构”）；月份写成 YYYY-MM；数字为逐月累计数。
附件2 第1栏由机构名册计算，不导入。任何一行有错误（含校验错误）时不导入任何数据。</source>
        <translation>Header: form,unit,month,(1),(2),… (a &quot;submitted on&quot; column may be added). The form is Annex 1/Annex 2/Annex 3; the unit is the institution name,
for Annex 2 the category (e.g. &quot;公立医院 三级&quot;, &quot;定点零售药店等其他医药机构&quot;); the month is YYYY-MM; the figures are cumulative by month.
Column 1 of Annex 2 is computed from the institution register and not imported. If any row has an error (including validation errors), nothing is imported.</translation>
    </message>
    <message>
        <source>必须用 --month YYYY-MM 指定月份（如 2021-08）。</source>
        <translation>The month must be given with --month YYYY-MM (e.g. 2021-08).</translation>
    </message>
    <message>
        <source>注意：%1 不在专项整治“%2”的报送月份（%3—%4）之内。</source>
        <translation>Note: %1 is outside the reporting months (%3–%4) of campaign &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 附件1—3：%2 个错误，%3 个提示。</source>
        <translation>%1 Annexes 1–3: %2 errors, %3 notes.</translation>
    </message>
    <message>
        <source>必须给出 --form 1|2|3|all 和 --out 文件.xlsx。</source>
        <translation>--form 1|2|3|all and --out FILE.xlsx are required.</translation>
    </message>
    <message>
        <source>%1 的数据有 %2 个错误，未导出。请先改正，或加 --force 照样导出。</source>
        <translation>The data for %1 has %2 errors and was not exported. Correct them first, or add --force to export anyway.</translation>
    </message>
    <message>
        <source>已导出 %1（%2）：%3</source>
        <translation>Exported %1 (%2): %3</translation>
    </message>
    <message>
        <source>（含 %1 个错误）</source>
        <translation> (with %1 errors)</translation>
    </message>
    <message>
        <source>--campaign 指定专项整治编号，缺省为最近新建的一个。</source>
        <translation>--campaign selects the campaign by number; by default the most recently created one.</translation>
    </message>
    <message>
        <source>检查某月附件1—3的数据，列出全部错误和提示</source>
        <translation>Check a month&apos;s Annexes 1–3 and list every error and note</translation>
    </message>
    <message>
        <source>每条结果写明表、单位、月份、栏目和规则。有错误时退出码为 1。</source>
        <translation>Each result names the form, unit, month, column and rule. The exit code is 1 when there are errors.</translation>
    </message>
    <message>
        <source>按官方格式导出某月的统计表（Excel）</source>
        <translation>Export a month&apos;s statistical tables in the official format (Excel)</translation>
    </message>
    <message>
        <source>请用 --out 指定备份文件。</source>
        <translation>Please give the backup file with --out.</translation>
    </message>
    <message>
        <source>已备份到 %1。</source>
        <translation>Backed up to %1.</translation>
    </message>
    <message>
        <source>请指定一个备份文件。</source>
        <translation>Please give a backup file.</translation>
    </message>
    <message>
        <source>已从 %1 恢复数据库 %2。</source>
        <translation>Restored database %2 from %1.</translation>
    </message>
    <message>
        <source>恢复前的数据库已另存为 %1。</source>
        <translation>The database as it was before the restore was saved as %1.</translation>
    </message>
    <message>
        <source>备份数据库（程序运行时也可备份，得到一致的副本）</source>
        <translation>Back up the database (also possible while the application runs; the copy is consistent)</translation>
    </message>
    <message>
        <source>用备份文件替换数据库（先检查备份，并保留当前数据库的副本）</source>
        <translation>Replace the database with a backup (the backup is checked first and a copy of the current database is kept)</translation>
    </message>
    <message>
        <source>恢复时请先关闭所有正在使用该数据库的清风程序。</source>
        <translation>Before restoring, close every Qingfeng window using this database.</translation>
    </message>
    <message>
        <source>数据库已就绪：%1（数据结构版本 %2）</source>
        <translation>Database ready: %1 (schema version %2)</translation>
    </message>
    <message>
        <source>共 %1 家机构。</source>
        <translation>%1 institutions in total.</translation>
    </message>
    <message>
        <source>请指定一个 CSV 文件或 Excel 工作簿（.xlsx）。</source>
        <translation>Please give a CSV file or an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>未导入任何机构。</source>
        <translation>No institutions were imported.</translation>
    </message>
    <message>
        <source>已导入 %1 家机构（新增 %2，更新 %3）。</source>
        <translation>Imported %1 institutions (%2 new, %3 updated).</translation>
    </message>
    <message>
        <source>创建或升级数据库；--demo 写入鹿寨县示例数据</source>
        <translation>Create or upgrade the database; --demo adds the Luzhai County demo data</translation>
    </message>
    <message>
        <source>数据库已有数据时，--demo 不会重复写入。</source>
        <translation>If the database already has data, --demo does not add it again.</translation>
    </message>
    <message>
        <source>列出在用机构（--all 含停用）</source>
        <translation>List the active institutions (--all includes inactive ones)</translation>
    </message>
    <message>
        <source>从 CSV 或 Excel 工作簿导入机构名册（同名机构更新）</source>
        <translation>Import the institution register from CSV or an Excel workbook (institutions with the same name are updated)</translation>
    </message>
    <message>
        <source>月份“%1”无效，应为 YYYY-MM。</source>
        <translation>Invalid month &quot;%1&quot;; expected YYYY-MM.</translation>
    </message>
    <message>
        <source>专项整治没有%1的报送事项。有报送事项的月份：%2</source>
        <translation>The campaign has nothing to report for %1. Months with reporting items: %2</translation>
    </message>
    <message>
        <source>应报 %1 项：按时报送 %2，逾期补报 %3，未报送（未到截止日）%4，逾期未报 %5；完整率 %6，按时率 %7</source>
        <translation>%1 items due: %2 on time, %3 late, %4 not yet reported (not yet due), %5 overdue; completeness %6, punctuality %7</translation>
    </message>
    <message>
        <source>专项整治：%1 %2</source>
        <translation>Campaign: %1 %2</translation>
    </message>
    <message>
        <source>范围：全部月份</source>
        <translation>Scope: all months</translation>
    </message>
    <message>
        <source>月份：%1</source>
        <translation>Month: %1</translation>
    </message>
    <message>
        <source>&#x3000;截至：%1</source>
        <translation>  As of: %1</translation>
    </message>
    <message>
        <source>状态	单位	事项	报至	截止日期	报送日期	逾期天数	联系人	电话</source>
        <translation>Status	Unit	Item	Report to	Due	Submitted	Days late	Contact	Phone</translation>
    </message>
    <message>
        <source>（按录入日期）</source>
        <translation> (by entry date)</translation>
    </message>
    <message>
        <source>有 %1 项逾期未报。</source>
        <translation>%1 items are overdue and not reported.</translation>
    </message>
    <message>
        <source>待报</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>完整率</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <source>按时率</source>
        <translation>Punctuality</translation>
    </message>
    <message>
        <source>催报名单（%1报送事项，截至%2）</source>
        <translation>Reminder list (items due for %1, as of %2)</translation>
    </message>
    <message>
        <source>材料“%1”无效：可用 form1、form2、form3、summary（工作总结）、report（专题报告）。</source>
        <translation>Invalid document &quot;%1&quot;: use form1, form2, form3, summary (work summary) or report (special report).</translation>
    </message>
    <message>
        <source>必须给出 --unit 单位名称和 --date 报送日期（YYYY-MM-DD）。</source>
        <translation>--unit UNIT and --date SUBMISSION-DATE (YYYY-MM-DD) are required.</translation>
    </message>
    <message>
        <source>“%1”在本专项整治中没有应报的%2%3。</source>
        <translation>&quot;%1&quot; has no %2%3 due in this campaign.</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>“%1”有多个月份应报%2，请用 --month 指定：%3</source>
        <translation>&quot;%1&quot; has %2 due in several months; choose one with --month: %3</translation>
    </message>
    <message>
        <source>医疗机构的统计表在录入或导入报表时自动登记报送，无需另行登记。</source>
        <translation>Medical institutions&apos; statistical tables are recorded as submitted when their reports are entered or imported; no separate record is needed.</translation>
    </message>
    <message>
        <source>已登记：%1 %2，%3报送（%4截止）——%5</source>
        <translation>Recorded: %1 %2, submitted %3 (due %4) — %5</translation>
    </message>
    <message>
        <source>，附件 %1（%2 字节）</source>
        <translation>, attachment %1 (%2 bytes)</translation>
    </message>
    <message>
        <source>--campaign 指定专项整治编号（默认最近新建的一个）；--today 按指定日期判断是否逾期（默认今天）。</source>
        <translation>--campaign selects the campaign by number (default: the most recently created); --today judges overdue items against the given date (default: today).</translation>
    </message>
    <message>
        <source>报送跟踪：某月各单位按时报送、逾期补报、未报送情况</source>
        <translation>Submission tracking: on-time, late and missing reports of each unit for a month</translation>
    </message>
    <message>
        <source>列出该月（报表所属月份）每个应报单位的状态、截止日期、报送日期、联系人和电话。不给 --month 时取最近到期的月份；--all 查看全部月份。有逾期未报的事项时退出码为 1。
</source>
        <translation>Lists the status, due date, submission date, contact and phone of every unit due to report for the month (the month the report covers). Without --month the most recently due month is shown; --all shows every month. The exit code is 1 when items are overdue and not reported.
</translation>
    </message>
    <message>
        <source>报送跟踪：单位 × 月份汇总表</source>
        <translation>Submission tracking: unit × month summary</translation>
    </message>
    <message>
        <source>每个单位每个月的报送情况（按时、补报、逾期、待报；—为该月无须报送，如已停业），以及已到截止日事项的完整率、按时率。
</source>
        <translation>Each unit&apos;s submissions per month (on time, late, overdue, pending; — means nothing is due that month, e.g. closed), plus completeness and punctuality of the items already due.
</translation>
    </message>
    <message>
        <source>生成催报名单（单位、联系人、电话、未报事项）</source>
        <translation>Produce a reminder list (unit, contact, phone, missing items)</translation>
    </message>
    <message>
        <source>登记股室报送或工作总结（可附文件）</source>
        <translation>Record a section&apos;s submission or a work summary (a file may be attached)</translation>
    </message>
    <message>
        <source>登记股室上报的附件1（全县）、附件2，以及各单位的工作总结、专题报告。附件文件复制保存在数据库中。医疗机构的统计表在录入或导入时自动登记，无须在此登记。同一单位同一事项再次登记时覆盖原登记。</source>
        <translation>Records Annex 1 (whole county) and Annex 2 submitted by the sections, and each unit&apos;s work summary and special report. Attached files are copied into the database. Medical institutions&apos; statistical tables are recorded automatically when entered or imported and need no record here. Recording the same item for the same unit again replaces the earlier record.</translation>
    </message>
    <message>
        <source>请指定台账种类和 CSV 文件。</source>
        <translation>Please give the ledger kind and the CSV file.</translation>
    </message>
    <message>
        <source>请指定台账种类。</source>
        <translation>Please give the ledger kind.</translation>
    </message>
    <message>
        <source>未知的台账种类“%1”，可用：%2。</source>
        <translation>Unknown ledger kind &quot;%1&quot;; available: %2.</translation>
    </message>
    <message>
        <source>未导入任何记录。</source>
        <translation>No records were imported.</translation>
    </message>
    <message>
        <source>已导入%1 %2 条。</source>
        <translation>Imported %2 %1 records.</translation>
    </message>
    <message>
        <source>请用 --out 指定要写入的 .xlsx 文件。</source>
        <translation>Please give the .xlsx file to write with --out.</translation>
    </message>
    <message>
        <source>已导出%1 %2 条到 %3。</source>
        <translation>Exported %2 %1 records to %3.</translation>
    </message>
    <message>
        <source>共 %1 条。</source>
        <translation>%1 in total.</translation>
    </message>
    <message>
        <source>请指定 --form 1|2|3、--column 栏号 和 --month YYYY-MM。</source>
        <translation>Please give --form 1|2|3, --column NUMBER and --month YYYY-MM.</translation>
    </message>
    <message>
        <source>附件%1第%2栏不由台账计算。</source>
        <translation>Annex %1 column %2 is not computed from the ledgers.</translation>
    </message>
    <message>
        <source>附件%1在%2没有单位“%3”。</source>
        <translation>Annex %1 has no unit &quot;%3&quot; in %2.</translation>
    </message>
    <message>
        <source>附件%1 第%2栏 %3 %4：%5</source>
        <translation>Annex %1 column %2 %3 %4: %5</translation>
    </message>
    <message>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>（未建台账，不由台账计算）</source>
        <translation>(no ledger kept; not computed from the ledgers)</translation>
    </message>
    <message>
        <source>计算方法：</source>
        <translation>How it is counted: </translation>
    </message>
    <message>
        <source>（该机构已计）</source>
        <translation>(institution already counted)</translation>
    </message>
    <message>
        <source>台账种类：
</source>
        <translation>Ledger kinds:
</translation>
    </message>
    <message>
        <source>从 CSV 导入台账（问题清单、线索、检查、以案促改与教育、约谈供应商、负面名单）</source>
        <translation>Import a ledger from CSV (problems, tip-offs, inspections, cases and education, supplier interviews, negative list)</translation>
    </message>
    <message>
        <source>把一本台账导出为 Excel 表格（不含举报人信息）</source>
        <translation>Export a ledger as an Excel workbook (without reporter details)</translation>
    </message>
    <message>
        <source>列出一本台账（制表符分隔，不含举报人信息）</source>
        <translation>List a ledger (tab-separated, without reporter details)</translation>
    </message>
    <message>
        <source>说明报表某一栏的台账数由哪些记录组成</source>
        <translation>Explain which records make the ledger figure of a form column</translation>
    </message>
    <message>
        <source>不指定 --unit 时说明全部单位（附件1、3 为机构名称或简称，附件2 为“公立医院 三级”等分类）。</source>
        <translation>Without --unit, all units are explained (Annexes 1 and 3: institution name or short name; Annex 2: a category such as &quot;公立医院 三级&quot;).</translation>
    </message>
    <message>
        <source>选项 --server 需要服务器地址（postgresql://用户@主机:端口/数据库）。</source>
        <translation>The --server option needs a server address (postgresql://user@host:port/database).</translation>
    </message>
    <message>
        <source>--db 与 --server 只能选一个。</source>
        <translation>Give either --db or --server, not both.</translation>
    </message>
    <message>
        <source>--%1 的日期“%2”无效，应为 YYYY-MM-DD。</source>
        <translation>The date &quot;%2&quot; of --%1 is not valid; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>此命令作用于服务器数据库：请在命令前用 --server postgresql://用户@主机:端口/数据库 指定。</source>
        <translation>This command works on a server database: name it before the command with --server postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>服务器数据库 %1 已就绪（数据结构版本 %2）。</source>
        <translation>The server database %1 is ready (schema version %2).</translation>
    </message>
    <message>
        <source>请指定一个本地数据库文件。</source>
        <translation>Name a local database file.</translation>
    </message>
    <message>
        <source>没有导入任何数据。</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>已把 %1 导入服务器数据库 %2。</source>
        <translation>Imported %1 into the server database %2.</translation>
    </message>
    <message>
        <source>请指定一个账户名，以及 --bureau、--city 或 --institution 机构名称 之一。</source>
        <translation>Give an account name and one of --bureau, --city or --institution NAME.</translation>
    </message>
    <message>
        <source>名册中没有名为“%1”的机构。</source>
        <translation>The register has no institution named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>账户 %1 已设置。</source>
        <translation>Account %1 is set up.</translation>
    </message>
    <message>
        <source>在服务器的空数据库上建立（或升级）清风的数据结构、角色和访问规则</source>
        <translation>Create (or upgrade) Qingfeng&apos;s schema, roles and access rules in a server database</translation>
    </message>
    <message>
        <source>需要数据库所有者（管理员）账户。其他人连接服务器时不会改动数据结构。</source>
        <translation>Needs the database owner&apos;s (administrator&apos;s) account. Other connections never change the schema.</translation>
    </message>
    <message>
        <source>把本地数据库文件整体导入服务器的空数据库（一个事务，保留编号）</source>
        <translation>Copy a local database file into an empty server database (one transaction, ids kept)</translation>
    </message>
    <message>
        <source>任何一行出错则什么也不导入。需要服务器管理员账户。</source>
        <translation>If any row fails, nothing is imported. Needs the server administrator&apos;s account.</translation>
    </message>
    <message>
        <source>建立或修改登录账户：卫健局、市级（只读）或某个机构（只见本机构的数据）</source>
        <translation>Create or change a login: bureau, city (read-only) or one institution (sees its own data only)</translation>
    </message>
    <message>
        <source>--password-stdin 从标准输入读取密码。访问范围由服务器的行级安全规则保证，不只靠界面。</source>
        <translation>--password-stdin reads the password from standard input. What an account may see is enforced by the server&apos;s row-level security, not only by the interface.</translation>
    </message>
    <message>
        <source>--form all 导出一个工作簿，含附件1、附件2、附件3三张工作表。--date 为填报时间，缺省为今天。
--out 为已有文件夹时写入其中，文件名按县名和月份取，如“鹿寨县2021年11月统计表（附件1-3）.xlsx”“鹿寨县2021年11月附件2.xlsx”。
导出前先检查数据：有错误时列出错误、不写文件并以退出码 1 结束，加 --force 照样导出。</source>
        <translation>--form all exports one workbook with three sheets: Annex 1, Annex 2 and Annex 3. --date is the filling date, today by default.
When --out is an existing folder the workbook is written into it under a name made from the county and the month, such as “鹿寨县2021年11月统计表（附件1-3）.xlsx” or “鹿寨县2021年11月附件2.xlsx”.
The data is checked first: on errors they are listed, no file is written and the exit code is 1; add --force to export anyway.</translation>
    </message>
    <message>
        <source>已导出机构名册 %1 家到 %2。</source>
        <translation>Exported the register of %1 institutions to %2.</translation>
    </message>
    <message>
        <source>把机构名册导出为 Excel 表格（--all 含停用）</source>
        <translation>Export the institution register as an Excel workbook (--all includes inactive ones)</translation>
    </message>
    <message>
        <source>表头与导入时相同，改好后可用 institutions import 导回。</source>
        <translation>The header is the one the import reads: after corrections the file can be imported back with institutions import.</translation>
    </message>
    <message>
        <source>
前几列为必填。日期写成 YYYY-MM-DD；金额以万元计（最多4位小数）；人数、条数为整数；标记列填“是”或“否”。
状态列（问题：发现/整改中/已整改/已销号；线索：登记/核查中/办结/已销号）须配相应日期，
销号须写销号审核人。任何一行有错误或与已有记录重复时不导入任何记录。</source>
        <translation>
The first columns are required. Dates are written YYYY-MM-DD; amounts are in 10,000 yuan (at most 4 decimals); numbers of persons and items are whole numbers; mark columns take &quot;是&quot; (yes) or &quot;否&quot; (no).
The state column (problems: 发现/整改中/已整改/已销号; tip-offs: 登记/核查中/办结/已销号) needs the matching dates,
and closing (销号) needs the closing reviewer. If any row has an error or duplicates an existing record, nothing is imported.</translation>
    </message>
    <message>
        <source>数据库文件 %1 不存在，未创建任何文件。新建数据库请用：qingfeng-cli --db %1 init</source>
        <translation>The database file %1 does not exist; no file was created. To create a new database: qingfeng-cli --db %1 init</translation>
    </message>
    <message>
        <source>服务器上的共享数据库由服务器管理员恢复。</source>
        <translation>A shared database on a server is restored by the server administrator.</translation>
    </message>
    <message>
        <source>账户 %1 已是所要求的设置，没有改动。</source>
        <translation>Account %1 already was as asked; nothing changed.</translation>
    </message>
    <message>
        <source>--server postgresql://用户@主机:端口/数据库 使用服务器上的共享数据库（密码取自 PGPASSWORD、~/.pgpass 或窗口在系统钥匙串中保存的密码）。</source>
        <translation>--server postgresql://user@host:port/database uses a shared database on a server (password from PGPASSWORD, ~/.pgpass or the one the window saved in the system keyring).</translation>
    </message>
    <message>
        <source>注意：</source>
        <translation>Note: </translation>
    </message>
    <message>
        <source>表头（顺序不限）：名称,简称,所有制,等级,医保定点,类别,乡镇,举报电话,举报邮箱,联系人,联系电话
联系电话是催报时拨打的办公电话，与公开的举报电话分开。
必填：名称、所有制（公立/民营）、等级（三级/二级/一级及以下）、医保定点（是/否）。
类别：医疗机构 或 定点零售药店。CSV 可为 UTF-8 或 GB18030（GBK）编码。
其他列（序号、状态除外）和重复的列（如“名称”与“机构名称”）会被拒绝，不会被忽略。
Excel 工作簿（.xlsx）读取第一个工作表；表头上方可有标题行，合并单元格按显示的值读取。
任何一行有错时不导入任何机构，并逐行逐列列出错误。</source>
        <translation>Header (any order): 名称,简称,所有制,等级,医保定点,类别,乡镇,举报电话,举报邮箱,联系人,联系电话 (name, short name, ownership, level, medical-insurance contracted, category, township, complaint phone, complaint e-mail, contact, contact phone)
联系电话 (contact phone) is the office line called to chase a report, apart from the public complaint phone.
Required: 名称, 所有制 (公立/民营, public/private), 等级 (三级/二级/一级及以下, tertiary/secondary/primary and below), 医保定点 (是/否, yes/no).
类别 (category): 医疗机构 (medical institution) or 定点零售药店 (contracted retail pharmacy). CSV may be UTF-8 or GB18030 (GBK) encoded.
Any other column (except 序号, the row number, and 状态, the status) and a repeated column (such as 名称 and 机构名称) is refused, not ignored.
From an Excel workbook (.xlsx) the first sheet is read; title rows may precede the header, merged cells are read as displayed.
If any row has an error nothing is imported, and every error is listed by row and column.</translation>
    </message>
    <message>
        <source>已导出催报名单（%1个单位）到 %2。</source>
        <translation>Exported the reminder list (%1 units) to %2.</translation>
    </message>
    <message>
        <source>列出该月尚未报送的单位及其未报事项，逾期的排在前面；--overdue-only 只列已逾期的。电话为名册中的联系电话（不是举报电话）。--out 写成 Excel 工作簿，与窗口中“导出 Excel…”相同。
</source>
        <translation>Lists the units that have not yet reported for the month and what they owe, overdue ones first; --overdue-only lists only overdue ones. The phone is the contact phone from the register (not the complaint phone). --out writes an Excel workbook, the same as &quot;Export Excel…&quot; in the window.
</translation>
    </message>
    <message>
        <source>请用 --file 指定工作方案的 JSON 文件（格式同 campaign plan show 的输出）。</source>
        <translation>Give the work plan&apos;s JSON file with --file (in the format campaign plan show writes).</translation>
    </message>
    <message>
        <source>无法打开文件“%1”：%2</source>
        <translation>Cannot open the file &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>文件“%1”不是工作方案的 JSON（第 %2 个字符处：%3）。</source>
        <translation>The file &quot;%1&quot; is not a work plan in JSON (at character %2: %3).</translation>
    </message>
    <message>
        <source>文件“%1”：%2</source>
        <translation>File &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>已保存专项整治 %1 的工作方案（%2 个部分）。</source>
        <translation>Saved the work plan of campaign %1 (%2 sections).</translation>
    </message>
    <message>
        <source>以 JSON 显示专项整治的工作方案</source>
        <translation>Show the campaign&apos;s work plan as JSON</translation>
    </message>
    <message>
        <source>尚未保存过的专项整治显示其模板的工作方案。工作步骤按阶段、联系方式按股室生成，不在文件中。</source>
        <translation>A campaign whose plan was never saved shows its template&apos;s plan. The steps are written from the phases and the contacts from the sections, so they are not in the file.</translation>
    </message>
    <message>
        <source>从 JSON 文件保存专项整治的工作方案</source>
        <translation>Save the campaign&apos;s work plan from a JSON file</translation>
    </message>
    <message>
        <source>文件格式同 campaign plan show 的输出；有误时不保存任何内容。</source>
        <translation>The file has the format campaign plan show writes; when it is wrong nothing is saved.</translation>
    </message>
    <message>
        <source>机构	信号	月份	依据</source>
        <translation>Institution	Signal	Months	Evidence</translation>
    </message>
    <message>
        <source>序号	机构	所有制	等级	乡镇	检查人员</source>
        <translation>No.	Institution	Ownership	Level	Township	Inspectors</translation>
    </message>
    <message>
        <source>请用 --count N 指定抽查数量（正整数），用 --seed S 指定随机种子（0 至 18446744073709551615 的整数）。</source>
        <translation>Give the number of institutions to draw with --count N (a positive whole number) and the random seed with --seed S (a whole number from 0 to 18446744073709551615).</translation>
    </message>
    <message>
        <source>已保存为抽查记录 %1（种子 %2）；可用 analysis verify --draw %1 复核。</source>
        <translation>Saved as spot-check draw %1 (seed %2); check it with analysis verify --draw %1.</translation>
    </message>
    <message>
        <source>请用 --draw ID 指定抽查记录的编号。</source>
        <translation>Give the number of the spot-check draw with --draw ID.</translation>
    </message>
    <message>
        <source>找不到抽查记录 %1。</source>
        <translation>Spot-check draw %1 not found.</translation>
    </message>
    <message>
        <source>抽查记录 %1：按种子 %2 和记录的输入重新抽取，结果一致（%3 家）。</source>
        <translation>Spot-check draw %1: drawn again from seed %2 and the stored inputs, the result is the same (%3 institutions).</translation>
    </message>
    <message>
        <source>机构名录中没有“%1”。</source>
        <translation>“%1” is not in Institutions.</translation>
    </message>
    <message>
        <source>已添加检查人员 %1：%2</source>
        <translation>Inspector %1 added: %2</translation>
    </message>
    <message>
        <source>编号	姓名	科室	所属机构</source>
        <translation>No.	Name	Office	Institution</translation>
    </message>
    <message>
        <source>请用 --id ID 指定检查人员的编号（见 analysis inspectors list）。</source>
        <translation>Give the inspector&apos;s number with --id ID (see analysis inspectors list).</translation>
    </message>
    <message>
        <source>已删除检查人员 %1。</source>
        <translation>Inspector %1 removed.</translation>
    </message>
    <message>
        <source>列出“走过场”信号：每条一行（机构、信号、月份、依据）</source>
        <translation>List the signs of reporting as a formality: one line per finding (institution, signal, months, evidence)</translation>
    </message>
    <message>
        <source>按机构得分从高到低列出截至所给月份（默认最近有报表的月份）的全部信号；规则及阈值见说明书。</source>
        <translation>Lists every signal up to the given month (by default the latest month with reports), institutions with the highest score first; the rules and thresholds are described in the manual.</translation>
    </message>
    <message>
        <source>双随机抽查：按所有制×等级分层抽取机构并各派两名检查人员</source>
        <translation>Random spot check: draw institutions stratified by ownership × level and send two inspectors to each</translation>
    </message>
    <message>
        <source>按记录的种子和输入重新抽取，核对抽查记录</source>
        <translation>Draw again from a stored draw&apos;s seed and inputs and compare</translation>
    </message>
    <message>
        <source>在检查人员库中添加人员</source>
        <translation>Add a person to the inspector pool</translation>
    </message>
    <message>
        <source>--institution 为其所在机构（不会派往该机构检查）。</source>
        <translation>--institution is the institution the person works at (they are never sent to inspect it).</translation>
    </message>
    <message>
        <source>列出检查人员库</source>
        <translation>List the inspector pool</translation>
    </message>
    <message>
        <source>从检查人员库中删除人员</source>
        <translation>Remove a person from the inspector pool</translation>
    </message>
    <message>
        <source>--password-stdin 读到的密码为空，账户未改动。</source>
        <translation>--password-stdin read an empty password; the account was not changed.</translation>
    </message>
    <message>
        <source>%1不是专项整治的报表月份（%2至%3）。</source>
        <translation>%1 is not one of the campaign&apos;s reporting months (%2 to %3).</translation>
    </message>
    <message>
        <source>已写入 %1：%2 个序列，%3 个数值（%4至%5）。</source>
        <translation>Wrote %1: %2 series, %3 values (%4 to %5).</translation>
    </message>
    <message>
        <source>导出每张分析图背后的数据：序列、分组、月份、值、单位</source>
        <translation>Export the numbers behind every chart: series, group, month, value, unit</translation>
    </message>
    <message>
        <source>从专项整治的第一个报表月份到所给月份（默认最近有报表的月份）：报送情况（按时、逾期补报、逾期未报及两率），问题的发现、整改、销号（全县及按所有制×等级），整改率及整改率最低的机构，附件1—3各栏的全县数逐月变化。
空白表示无从统计（未到期、未报送或无问题），不是 0。不给 --out 时以制表符分隔写到标准输出；.csv 为带 BOM 的 UTF-8，.xlsx 每个主题一张表并附“全部数据”。--today YYYY-MM-DD 按该日判断报送是否逾期。</source>
        <translation>From the campaign&apos;s first reporting month to the month given (default: the latest month with a report): filing (on time, late, overdue and the two rates), problems found, rectified and closed (county-wide and by ownership × level), the rectification rate and the institutions with the lowest, and the county figure of every column of 附件1–3 month by month.
A blank means there is nothing to count (not yet due, not reported or no problems), not 0. Without --out the table goes to standard output, tab-separated; .csv is UTF-8 with a byte order mark, .xlsx has a sheet per theme and the sheet &quot;全部数据&quot; (all data). --today YYYY-MM-DD judges lateness as of that day.</translation>
    </message>
    <message>
        <source>已删除示例数据：%1。</source>
        <translation>Demo data removed: %1.</translation>
    </message>
    <message>
        <source>删除鹿寨县示例数据（示例机构、示例活动及其报表和台账）</source>
        <translation>Remove the Luzhai county demo data (demo institutions, the demo campaign with its forms and ledgers)</translation>
    </message>
    <message>
        <source>只删除示例写入的数据，用户自己的机构和专项整治原样保留；审计记录保留每一行的删除。
示例数据被用户自己的工作用到时（已签发或验收的月份、登记的报送、工作方案、抽查、证据文件，或其他专项整治中示例机构的记录）不删除，并列出原因。</source>
        <translation>Only what the demo wrote is deleted; your own institutions and campaigns stay as they are, and the audit trail records every deleted row.
When your own work uses demo data (a signed or accepted month, a recorded filing, a work plan, a spot check, evidence files, or records of a demo institution in another campaign) nothing is deleted and the reasons are listed.</translation>
    </message>
    <message>
        <source>--weighted 按“走过场”信号得分加权；--by-township 再按乡镇分层；--date YYYY-MM-DD 取该月在册的机构。
抽取结果连同种子和全部输入保存为抽查记录并记入审计日志，同一种子和输入总得到同一名单。
--out 另写抽查名单、--notices 另写每家一份的检查通知（PDF 或 Word，见 analysis print）。</source>
        <translation>--weighted weights by the &quot;going through the motions&quot; signal score; --by-township additionally stratifies by township; --date YYYY-MM-DD takes the institutions registered in that month.
The draw result, together with the seed and all inputs, is saved as a spot check record and written to the audit log; the same seed and inputs always give the same list.
--out also writes the spot check list, --notices also writes one inspection notice per institution (PDF or Word, see analysis print).</translation>
    </message>
    <message>
        <source>画图表需要图形应用对象（QApplication），本程序没有创建。</source>
        <translation>Drawing charts needs a graphical application object (QApplication), which this program did not create.</translation>
    </message>
    <message>
        <source>没有名为“%1”的图表；可选：%2。</source>
        <translation>There is no chart named &quot;%1&quot;; available: %2.</translation>
    </message>
    <message>
        <source>trend 图表需要 --form 附件编号（1—3）和 --column 栏目编号。</source>
        <translation>The trend chart needs --form with a form number (1–3) and --column with a column number.</translation>
    </message>
    <message>
        <source>已写入 %1：%2</source>
        <translation>Written %1: %2</translation>
    </message>
    <message>
        <source>把一张分析图导出为 PNG、SVG 或 PDF</source>
        <translation>Export an analysis chart as PNG, SVG or PDF</translation>
    </message>
    <message>
        <source>--chart：filing 报送情况（按时、逾期补报、逾期未报，按月）；problems 问题发现、整改与销号（按月，--unit 为全县或一个类别，如 公立·二级）；categories 各类别累计发现、整改与销号；rate 各类别整改率；laggards 整改率最低的机构；trend 报表一栏的逐月变化（--form、--column，--unit 为一个机构，默认全县）。
数据与 analysis series 相同，截至 --month；文件格式由后缀决定，写入时要么完整、要么不写。--today YYYY-MM-DD 按该日判断报送是否逾期。</source>
        <translation>--chart: filing = filing status (on time, filed late, overdue, by month); problems = problems found, rectified and closed (by month, --unit is the whole county or one category, e.g. &quot;公立·二级&quot;); categories = cumulative problems found, rectified and closed per category; rate = rectification rate per category; laggards = institutions with the lowest rectification rate; trend = monthly changes of one form column (--form, --column, --unit is one institution, default the whole county).
The data is the same as analysis series, as of --month; the file format is determined by the suffix, and the file is either written completely or not at all. --today YYYY-MM-DD judges whether filings are overdue as of that date.</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>选项 --%1 需要一个值。</source>
        <translation>The option --%1 needs a value.</translation>
    </message>
    <message>
        <source>未知选项 --%1。</source>
        <translation>Unknown option --%1.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1 是 UTF-16 编码的文本，无法读取；请另存为“CSV UTF-8（逗号分隔）”后再导入。</source>
        <translation>%1 is UTF-16 text and cannot be read; save it as &quot;CSV UTF-8 (comma delimited)&quot; and import it again.</translation>
    </message>
    <message>
        <source>%1 第%2行：含有空字符，不是文本格式的 CSV 文件。</source>
        <translation>%1 row %2: contains a NUL character; this is not a text CSV file.</translation>
    </message>
    <message>
        <source>%1 第%2行：有无法识别的字符（第 %3 个字节 0x%4），文件既不是有效的 UTF-8 也不是 GB18030（GBK）文本；请以“CSV UTF-8（逗号分隔）”另存后再导入。</source>
        <translation>%1 row %2: unreadable character (byte %3, 0x%4); the file is neither valid UTF-8 nor GB18030 (GBK) text. Save it as &quot;CSV UTF-8 (comma delimited)&quot; and import it again.</translation>
    </message>
    <message>
        <source>%1 第%2行第%3列：%4。</source>
        <translation>%1 row %2, column %3: %4.</translation>
    </message>
    <message>
        <source>%1 第%2行：有 %3 列以上，超过了 %4 列的上限，不像是要导入的表格。</source>
        <translation>%1 row %2: %3 or more columns, over the limit of %4; this does not look like a table to import.</translation>
    </message>
    <message>
        <source>%1：超过 %2 行，超过了一次导入的上限；请分成几个文件导入。</source>
        <translation>%1: more than %2 rows, over the limit of one import; split it into several files.</translation>
    </message>
    <message>
        <source>%1 第%2行第%3列：右引号后面还有“%4”；字段中的引号须写成两个引号（&quot;&quot;），整个字段放在引号中。</source>
        <translation>%1 row %2, column %3: &quot;%4&quot; follows the closing quote; a quote inside a field is written as two quotes (&quot;&quot;) and the whole field is put in quotes.</translation>
    </message>
    <message>
        <source>%1 第%2行第%3列：引号出现在字段中间；含引号的字段须整个放在引号中，其中的引号写成两个引号（&quot;&quot;）。</source>
        <translation>%1 row %2, column %3: a quote in the middle of a field; a field with quotes must be put in quotes as a whole, with each of its quotes written as two quotes (&quot;&quot;).</translation>
    </message>
    <message>
        <source>%1 第%2行第%3列：这里开始的引号直到文件末尾都没有闭合，文件可能不完整或引号不配对。</source>
        <translation>%1 row %2, column %3: the quote that opens here is never closed before the end of the file; the file may be incomplete or its quotes unbalanced.</translation>
    </message>
    <message>
        <source>%1 第%2行第%3列：“%4”所在的列没有表头，无法导入（未加引号的逗号也会把一个字段分成两列）。</source>
        <translation>%1 row %2, column %3: &quot;%4&quot; stands in a column without a header and cannot be imported (an unquoted comma also splits one field into two columns).</translation>
    </message>
    <message>
        <source>%1 第%2行第%3列：“%4”在表头的最后一列（第%5列）之后，无法导入（未加引号的逗号也会把一个字段分成两列）。</source>
        <translation>%1 row %2, column %3: &quot;%4&quot; stands after the header&apos;s last column (column %5) and cannot be imported (an unquoted comma also splits one field into two columns).</translation>
    </message>
</context>
<context>
    <name>CurlSession</name>
    <message>
        <source>邮件服务器 %1 拒绝登录：请检查用户名和授权码（不是邮箱的登录密码）。</source>
        <translation>The mail server %1 refused the login: check the user name and the authorisation code (not the mailbox&apos;s login password).</translation>
    </message>
    <message>
        <source>找不到邮件服务器 %1，请检查服务器地址和网络。</source>
        <translation>Mail server %1 not found: check the server address and the network.</translation>
    </message>
    <message>
        <source>无法连接邮件服务器 %1（%2）。</source>
        <translation>Cannot connect to mail server %1 (%2).</translation>
    </message>
    <message>
        <source>邮件服务器 %1 不支持加密连接（STARTTLS），为保护授权码未登录。</source>
        <translation>Mail server %1 does not offer an encrypted connection (STARTTLS); to protect the authorisation code, no login was attempted.</translation>
    </message>
    <message>
        <source>邮件服务器 %1 的证书无法验证，连接已中止（%2）。</source>
        <translation>The certificate of mail server %1 could not be verified; the connection was stopped (%2).</translation>
    </message>
    <message>
        <source>邮件服务器 %1 的答复超过 %2 MB，已中止。</source>
        <translation>The reply of mail server %1 exceeds %2 MB; stopped.</translation>
    </message>
    <message>
        <source>与邮件服务器 %1 通信失败：%2</source>
        <translation>Communication with mail server %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>数据库语句执行失败：%1（%2）</source>
        <translation>Database statement failed: %1 (%2)</translation>
    </message>
    <message>
        <source>数据库 %1 已损坏（%2），未做任何修改。请从备份恢复。</source>
        <translation>The database %1 is damaged (%2); nothing was changed. Please restore from a backup.</translation>
    </message>
    <message>
        <source>文件 %1 是其他程序的 SQLite 数据库，不是清风数据库，未做任何修改。</source>
        <translation>The file %1 is another program&apos;s SQLite database, not a Qingfeng database; nothing was changed.</translation>
    </message>
    <message>
        <source>数据库 %1 由较新版本的清风创建（数据结构版本 %2，本程序支持到 %3），请升级程序。</source>
        <translation>The database %1 was created by a newer version of Qingfeng (schema version %2, this program supports up to %3); please upgrade the program.</translation>
    </message>
    <message>
        <source>无法读取数据库文件 %1：%2</source>
        <translation>Cannot read the database file %1: %2</translation>
    </message>
    <message>
        <source>文件 %1 不是清风数据库（也不是 SQLite 数据库），未做任何修改。</source>
        <translation>The file %1 is not a Qingfeng database (nor an SQLite database); nothing was changed.</translation>
    </message>
    <message>
        <source>升级前无法备份数据库到 %1：%2</source>
        <translation>Cannot back up the database to %1 before upgrading: %2</translation>
    </message>
    <message>
        <source>缺少数据库升级脚本 %1。</source>
        <translation>The database upgrade script %1 is missing.</translation>
    </message>
    <message>
        <source>无法开始数据库事务：%1</source>
        <translation>Cannot start a database transaction: %1</translation>
    </message>
    <message>
        <source>数据库升级提交失败：%1</source>
        <translation>Committing the database upgrade failed: %1</translation>
    </message>
    <message>
        <source>数据库从版本 %1 升级到 %2 失败：%3</source>
        <translation>Upgrading the database from version %1 to %2 failed: %3</translation>
    </message>
    <message>
        <source>事务未能开始：%1</source>
        <translation>The transaction could not start: %1</translation>
    </message>
    <message>
        <source>保存失败，所有改动已撤销：%1</source>
        <translation>Saving failed; all changes were undone: %1</translation>
    </message>
    <message>
        <source>无法连接服务器 %1：本机缺少 PostgreSQL 驱动（QPSQL，Debian 软件包 libqt6sql6-psql）。</source>
        <translation>Cannot connect to the server %1: the PostgreSQL driver is not installed (QPSQL, Debian package libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>无法连接服务器 %1：%2</source>
        <translation>Cannot connect to the server %1: %2</translation>
    </message>
    <message>
        <source>服务器数据库 %1 中有其他程序的数据表，不是清风数据库，未做任何修改。</source>
        <translation>The server database %1 holds another program&apos;s tables and is not a Qingfeng database; nothing was changed.</translation>
    </message>
    <message>
        <source>服务器数据库 %1 由较新版本的清风创建（数据结构版本 %2，本程序支持到 %3），请升级程序。</source>
        <translation>The server database %1 was created by a newer Qingfeng (schema version %2; this program supports up to %3). Please upgrade the program.</translation>
    </message>
    <message>
        <source>服务器数据库 %1 还没有清风的数据结构，请管理员先运行 qingfeng-cli --server … server init。</source>
        <translation>The server database %1 has no Qingfeng schema yet; the administrator must first run qingfeng-cli --server … server init.</translation>
    </message>
    <message>
        <source>服务器数据库 %1 的数据结构是版本 %2，本程序需要版本 %3，请管理员运行 qingfeng-cli --server … server init 升级。</source>
        <translation>The server database %1 has schema version %2 and this program needs version %3; the administrator must run qingfeng-cli --server … server init to upgrade it.</translation>
    </message>
    <message>
        <source>无法连接服务器 %1：服务器不提供加密连接（TLS），清风不经网络以明文传送密码和数据。请管理员为服务器开启 ssl；服务器若在可信的内网中，可在地址后加上 ?sslmode=prefer 或 ?sslmode=disable。</source>
        <translation>Cannot connect to server %1: the server offers no encrypted connection (TLS), and Qingfeng does not send passwords and data across the network in clear text. Ask the administrator to turn on ssl on the server; if the server is on a trusted internal network, add ?sslmode=prefer or ?sslmode=disable to the address.</translation>
    </message>
    <message>
        <source>无法取得服务器连接（%1），密码没有设置。</source>
        <translation>Cannot reach the server connection (%1); the password was not set.</translation>
    </message>
    <message>
        <source>无法计算密码的校验值：%1</source>
        <translation>Cannot compute the password&apos;s verifier: %1</translation>
    </message>
    <message>
        <source>数据库的数据结构版本已改变，请重新打开数据库。</source>
        <translation>The database&apos;s schema version has changed; please open the database again.</translation>
    </message>
    <message>
        <source>未保存：%1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>数据库的审计触发器未能更新：%1</source>
        <translation>The database&apos;s audit triggers could not be updated: %1</translation>
    </message>
    <message>
        <source>数据库 %1 旁的 %2 不是普通文件（可能是命名管道、文件夹、设备或链接），数据库无法安全打开，未做任何修改；请将它移走后再试。</source>
        <translation>Beside the database %1, %2 is not a regular file (perhaps a named pipe, a folder, a device or a link): the database cannot be opened safely and nothing was changed. Move it away and try again.</translation>
    </message>
    <message>
        <source>数据库 %1 旁的 %2 还有别的文件名（硬链接），SQLite 写入它会同时改写那个文件，数据库无法安全打开，未做任何修改；请复制它，用副本替换它（断开硬链接）后再试。</source>
        <translation>%2 next to database %1 has other file names (hard links); SQLite writing to it would also change that file, so the database cannot be opened safely and nothing was changed. Please copy it, replace it with the copy (breaking the hard link) and try again.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>服务器地址“%1”无效：应为 postgresql://用户@主机:端口/数据库。</source>
        <translation>The server address &quot;%1&quot; is not valid; it should be postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>服务器地址“%1”没有指明数据库名称（…/数据库）。</source>
        <translation>The server address &quot;%1&quot; names no database (…/database).</translation>
    </message>
    <message>
        <source>服务器地址“%1”的端口无效。</source>
        <translation>The port of the server address &quot;%1&quot; is not valid.</translation>
    </message>
    <message>
        <source>服务器地址“%1”的 sslmode 无效：应为 disable、prefer、require、verify-ca 或 verify-full。</source>
        <translation>The sslmode of server address &quot;%1&quot; is not valid: it should be disable, prefer, require, verify-ca or verify-full.</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>附件1 统计表（一）</source>
        <translation>Annex 1 Statistical Table (I)</translation>
    </message>
    <message>
        <source>附件2 统计表（二）</source>
        <translation>Annex 2 Statistical Table (II)</translation>
    </message>
    <message>
        <source>附件3 统计表（三）</source>
        <translation>Annex 3 Statistical Table (III)</translation>
    </message>
    <message>
        <source>工作总结</source>
        <translation>Work summary</translation>
    </message>
    <message>
        <source>专题报告</source>
        <translation>Special report</translation>
    </message>
    <message>
        <source>各医疗机构</source>
        <translation>All medical institutions</translation>
    </message>
    <message>
        <source>报至%1</source>
        <translation> to %1</translation>
    </message>
    <message>
        <source>%1每月%2日前%3%4（%5—%6）</source>
        <translation>%1: %4%3 by day %2 of each month (%5–%6)</translation>
    </message>
    <message>
        <source>%1于%2前%3%4</source>
        <translation>%1: %4%3 by %2</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>缺少内置模板 luzhai-2021。</source>
        <translation>The built-in template luzhai-2021 is missing.</translation>
    </message>
</context>
<context>
    <name>DemoDataStore</name>
    <message>
        <source>报表</source>
        <translation>report</translation>
    </message>
    <message>
        <source>问题清单记录</source>
        <translation>problem record</translation>
    </message>
    <message>
        <source>线索</source>
        <translation>tip-off</translation>
    </message>
    <message>
        <source>监督检查记录</source>
        <translation>inspection record</translation>
    </message>
    <message>
        <source>以案促改与教育记录</source>
        <translation>case and education record</translation>
    </message>
    <message>
        <source>约谈供应商记录</source>
        <translation>supplier interview record</translation>
    </message>
    <message>
        <source>负面名单记录</source>
        <translation>negative-list record</translation>
    </message>
    <message>
        <source>无法检查示例数据：%1</source>
        <translation>Cannot check the demo data: %1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 等 %2 项</source>
        <translation>%1 and more (%2 in all)</translation>
    </message>
    <message>
        <source>%1附件%2</source>
        <translation>%1 Annex %2</translation>
    </message>
    <message>
        <source>专项整治“%1”%2</source>
        <translation>campaign “%1” %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>专项整治“%1”中示例机构%2 %3</source>
        <translation>demo institution %2 in campaign “%1”, %3</translation>
    </message>
    <message>
        <source>示例活动中有已签发的月份（%1），不能删除：签发是真实的签字，要一直保留。</source>
        <translation>The demo campaign has signed months (%1) and cannot be removed: a signature is real and is kept for good.</translation>
    </message>
    <message>
        <source>有已验收的报表（%1），不能删除：验收是真实的签字，要一直保留。</source>
        <translation>There are accepted filings (%1), so the demo cannot be removed: an acceptance is a real signature and is kept for good.</translation>
    </message>
    <message>
        <source>示例活动中有用户登记的报送记录 %1 条（含其附件），不能删除。</source>
        <translation>The demo campaign has %1 filing(s) recorded by you (with their attachments) and cannot be removed.</translation>
    </message>
    <message>
        <source>示例活动已保存了用户编写的工作方案，不能删除。</source>
        <translation>A work plan you wrote is saved for the demo campaign, so it cannot be removed.</translation>
    </message>
    <message>
        <source>示例活动中有 %1 次抽查记录，不能删除。</source>
        <translation>The demo campaign has %1 spot-check draw(s) and cannot be removed.</translation>
    </message>
    <message>
        <source>示例问题清单中有用户附上的证据文件 %1 个，不能删除。</source>
        <translation>Demo problems carry %1 evidence file(s) you attached, so the demo cannot be removed.</translation>
    </message>
    <message>
        <source>检查人员“%1”属于示例机构“%2”</source>
        <translation>inspector “%1” belongs to demo institution “%2”</translation>
    </message>
    <message>
        <source>示例机构“%1”被抽中 %2 次</source>
        <translation>demo institution “%1” was drawn %2 time(s)</translation>
    </message>
    <message>
        <source>示例机构“%1”在专项整治“%2”中有用户登记的报送记录 %3 条</source>
        <translation>demo institution “%1” has %3 filing(s) recorded by you in campaign “%2”</translation>
    </message>
    <message>
        <source>示例机构“%1”在专项整治“%2”中有用户录入的%3 %4 条</source>
        <translation>demo institution “%1” has %4 %3(s) entered by you in campaign “%2”</translation>
    </message>
    <message>
        <source>示例机构“%1”在专项整治“%2”中有用户说明理由的填报数 %3 个</source>
        <translation>demo institution “%1” has %3 typed figure(s) with your reasons in campaign “%2”</translation>
    </message>
    <message>
        <source>服务器账户“%1”是示例机构“%2”的账户</source>
        <translation>server account “%1” is the account of demo institution “%2”</translation>
    </message>
    <message>
        <source>示例机构有用户自己的数据（%1），不能删除。</source>
        <translation>Demo institutions are used by your own data (%1), so the demo cannot be removed.</translation>
    </message>
    <message>
        <source>“%1”的%2 %3 条</source>
        <translation>%3 %2(s) of “%1”</translation>
    </message>
    <message>
        <source>用户机构说明理由的填报数 %1 个</source>
        <translation>%1 typed figure(s) with reasons for your institutions</translation>
    </message>
    <message>
        <source>示例活动中有用户自己的机构的数据（%1），不能删除。</source>
        <translation>The demo campaign holds data of your own institutions (%1), so it cannot be removed.</translation>
    </message>
    <message>
        <source>无法删除示例数据：%1</source>
        <translation>Cannot remove the demo data: %1</translation>
    </message>
    <message>
        <source>示例活动已发送过 %1 封催报或回执邮件（发送记录不能删除），不能删除。</source>
        <translation>The demo campaign has sent %1 reminder or receipt e-mails (the sending log cannot be deleted), so it cannot be removed.</translation>
    </message>
</context>
<context>
    <name>DemoEdits</name>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>发文单位</source>
        <translation>Issuing unit</translation>
    </message>
    <message>
        <source>县市名称</source>
        <translation>County/city name</translation>
    </message>
    <message>
        <source>年度和期间</source>
        <translation>Year and period</translation>
    </message>
    <message>
        <source>通知</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>举报电话和邮箱</source>
        <translation>Reporting phone and email</translation>
    </message>
    <message>
        <source>责任股室</source>
        <translation>Responsible office</translation>
    </message>
    <message>
        <source>工作阶段</source>
        <translation>Work phases</translation>
    </message>
    <message>
        <source>报送截止事项</source>
        <translation>Filing deadline items</translation>
    </message>
    <message>
        <source>无法读取示例活动。</source>
        <translation>Cannot read the sample campaign.</translation>
    </message>
    <message>
        <source>示例活动“%1”：改过%2</source>
        <translation>Sample campaign &quot;%1&quot;: changed %2</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>DocumentFormat</name>
    <message>
        <source>无法保存为 %1：文件名须以 .pdf（PDF 文件）或 .docx（Word 文档）结尾。</source>
        <translation>Cannot save as %1: the file name must end in .pdf (PDF file) or .docx (Word document).</translation>
    </message>
</context>
<context>
    <name>DocxWriter</name>
    <message>
        <source>插图“%1”不是有效的 PNG 图片。</source>
        <translation>The picture “%1” is not a valid PNG image.</translation>
    </message>
    <message>
        <source>无法生成 Word 文档 %1：%2</source>
        <translation>Cannot create the Word document %1: %2</translation>
    </message>
</context>
<context>
    <name>EvidenceRepository</name>
    <message>
        <source>佐证材料须有文件名。</source>
        <translation>Evidence needs a file name.</translation>
    </message>
    <message>
        <source>文件 %1 有 %2 MB，超过 %3 MB 的上限，请压缩后再附加。</source>
        <translation>The file %1 is %2 MB, more than the %3 MB limit; please compress it before attaching.</translation>
    </message>
    <message>
        <source>找不到该问题（可能已被删除）。</source>
        <translation>The problem cannot be found (it may have been deleted).</translation>
    </message>
    <message>
        <source>问题已销号，不能再附加材料。</source>
        <translation>The problem is closed; no more evidence can be attached.</translation>
    </message>
    <message>
        <source>无法保存佐证材料 %1：%2</source>
        <translation>Cannot save the evidence %1: %2</translation>
    </message>
    <message>
        <source>找不到该佐证材料。</source>
        <translation>The evidence cannot be found.</translation>
    </message>
    <message>
        <source>佐证材料 %1 的内容与登记时的校验值不符，文件可能已损坏。</source>
        <translation>The content of the evidence %1 does not match the checksum taken when it was attached; the file may be damaged.</translation>
    </message>
    <message>
        <source>问题已销号，不能删除其佐证材料。</source>
        <translation>The problem is closed; its evidence cannot be deleted.</translation>
    </message>
    <message>
        <source>佐证材料</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>ExportForms</name>
    <message>
        <source>没有附件%1：只能导出附件1、附件2、附件3或三张一起。</source>
        <translation>There is no Annex %1: only Annex 1, Annex 2, Annex 3 or all three together can be exported.</translation>
    </message>
    <message>
        <source>没有指定要导出的月份。</source>
        <translation>No month to export was given.</translation>
    </message>
    <message>
        <source>没有指定要写入的 Excel 文件。</source>
        <translation>No Excel file to write was given.</translation>
    </message>
    <message>
        <source>%1的数据有 %2 个错误，未导出 %3。</source>
        <translation>The figures of %1 have %2 errors; %3 was not written.</translation>
    </message>
    <message>
        <source>正在汇总%1的报表…</source>
        <translation>Adding up the forms of %1…</translation>
    </message>
    <message>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>正在写入 %1…</source>
        <translation>Writing %1…</translation>
    </message>
</context>
<context>
    <name>ExportRegistry</name>
    <message>
        <source>机构名册</source>
        <translation>Institution register</translation>
    </message>
    <message>
        <source>截至 %1，共 %2 家</source>
        <translation>As of %1, %2 institutions</translation>
    </message>
</context>
<context>
    <name>ExportReminders</name>
    <message>
        <source>催报名单</source>
        <translation>Reminder list</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>未报事项</source>
        <translation>Missing items</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>催报记录</source>
        <translation>Reminder notes</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ExportSeries</name>
    <message>
        <source>没有指定要写入的文件。</source>
        <translation>No file to write was given.</translation>
    </message>
    <message>
        <source>不能写入 %1：文件名应以 .csv 或 .xlsx 结尾。</source>
        <translation>Cannot write %1: the file name must end in .csv or .xlsx.</translation>
    </message>
</context>
<context>
    <name>ExportSpotCheckPapers</name>
    <message>
        <source>没有指定要写入的文件。</source>
        <translation>No file was specified to write.</translation>
    </message>
    <message>
        <source>找不到抽查记录 %1。</source>
        <translation>Spot check record %1 not found.</translation>
    </message>
    <message>
        <source>抽查记录 %1 所属的专项整治（编号%2）已不存在。</source>
        <translation>The campaign (no. %2) that spot check record %1 belongs to no longer exists.</translation>
    </message>
    <message>
        <source>抽查名单</source>
        <translation>Spot check list</translation>
    </message>
    <message>
        <source>检查通知</source>
        <translation>Inspection notice</translation>
    </message>
    <message>
        <source>%1（抽查记录%2）</source>
        <translation>%1 (spot check record %2)</translation>
    </message>
</context>
<context>
    <name>ExportWording</name>
    <message>
        <source>无法建立文件夹 %1。</source>
        <translation>Could not create the folder %1.</translation>
    </message>
    <message>
        <source>%1 已存在，未覆盖：要从内置措辞重新开始，请先移走它。</source>
        <translation>%1 exists and was not overwritten: move it away first to start again from the built-in wording.</translation>
    </message>
</context>
<context>
    <name>FigureCsvImport</name>
    <message>
        <source>%1：文件是空的。</source>
        <translation>%1: the file is empty.</translation>
    </message>
    <message>
        <source>%1 第%2行第%3列（%4）</source>
        <translation>%1 row %2 column %3 (%4)</translation>
    </message>
    <message>
        <source>%1：“%2”不是附件1、附件2或附件3。</source>
        <translation>%1: &quot;%2&quot; is not Annex 1, Annex 2 or Annex 3.</translation>
    </message>
    <message>
        <source>%1：“%2”不是有效的月份，应写成 YYYY-MM。</source>
        <translation>%1: &quot;%2&quot; is not a valid month; write it as YYYY-MM.</translation>
    </message>
    <message>
        <source>%1：%2不在本专项整治的报送月份（%3至%4）内。</source>
        <translation>%1: %2 is outside this campaign&apos;s reporting months (%3 to %4).</translation>
    </message>
    <message>
        <source>%1：“%2”在%3不需报送%4（停用、未开业或不是医疗机构）。</source>
        <translation>%1: &quot;%2&quot; does not have to report %4 for %3 (inactive, not yet open, or not a medical institution).</translation>
    </message>
    <message>
        <source>%1：找不到单位“%2”（%3的单位应为机构名册中的名称%4）。</source>
        <translation>%1: unit &quot;%2&quot; not found (units of %3 must be names from the institution register%4).</translation>
    </message>
    <message>
        <source>或“公立医院 三级”等分类</source>
        <translation> or a category such as &quot;公立医院 三级&quot;</translation>
    </message>
    <message>
        <source>%1：%2 %3的%4在文件中重复出现。</source>
        <translation>%1: %4 of %2 for %3 appears more than once in the file.</translation>
    </message>
    <message>
        <source>%1：“%2”不是有效的日期，应写成 YYYY-MM-DD。</source>
        <translation>%1: &quot;%2&quot; is not a valid date; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1：%2没有第%3栏。</source>
        <translation>%1: %2 has no column %3.</translation>
    </message>
    <message>
        <source>%1：第%2栏（%3）由机构名册自动计算，不能导入。</source>
        <translation>%1: column %2 (%3) is computed from the institution register and cannot be imported.</translation>
    </message>
    <message>
        <source>%1：“%2”不是数字。</source>
        <translation>%1: &quot;%2&quot; is not a number.</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 第%2行第%3列：“%4”与第%5列“%6”是同一列，只能出现一次。</source>
        <translation>%1 row %2, column %3: &quot;%4&quot; is the same column as column %5 &quot;%6&quot;; it may appear only once.</translation>
    </message>
    <message>
        <source>%1 第%2行第%3列：无法识别的表头“%4”。</source>
        <translation>%1 row %2, column %3: unknown header &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>%1 第%2行：缺少“表”列。</source>
        <translation>%1 row %2: the &quot;表&quot; (form) column is missing.</translation>
    </message>
    <message>
        <source>%1 第%2行：缺少“单位”列。</source>
        <translation>%1 row %2: the &quot;单位&quot; (unit) column is missing.</translation>
    </message>
    <message>
        <source>%1 第%2行：缺少“月份”列。</source>
        <translation>%1 row %2: the &quot;月份&quot; (month) column is missing.</translation>
    </message>
    <message>
        <source>%1：%2。</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 第%2行没有这一栏</source>
        <translation>%1 line %2 has no such column</translation>
    </message>
    <message>
        <source>%1 为空</source>
        <translation>%1 is blank</translation>
    </message>
</context>
<context>
    <name>FigureLimits</name>
    <message>
        <source>不是有效的数字</source>
        <translation>is not a valid number</translation>
    </message>
    <message>
        <source>不能为负数（%1）</source>
        <translation>cannot be negative (%1)</translation>
    </message>
    <message>
        <source>超出可填报的范围（应小于 %1）</source>
        <translation>is out of range (must be below %1)</translation>
    </message>
    <message>
        <source>应为不小于0的整数（%1）</source>
        <translation>must be a whole number of 0 or more (%1)</translation>
    </message>
    <message>
        <source>超出可填报的范围（应小于 %1 万元）</source>
        <translation>is out of range (must be below %1 ten-thousand yuan)</translation>
    </message>
    <message>
        <source>金额最多保留两位小数（%1）</source>
        <translation>amounts take at most two decimals (%1)</translation>
    </message>
</context>
<context>
    <name>FigureOverrideActions</name>
    <message>
        <source>以填报数覆盖台账数，必须写明理由（如：台账记录不全）。</source>
        <translation>Keeping a typed figure against the ledger&apos;s needs a reason (e.g. the ledger records are incomplete).</translation>
    </message>
</context>
<context>
    <name>FigureOverrideRepository</name>
    <message>
        <source>以填报数代替台账数须写明理由。</source>
        <translation>Using a typed figure instead of the ledger&apos;s needs a reason.</translation>
    </message>
    <message>
        <source>要说明理由的单元格不完整（表%1，单位%2，月份%3，第%4栏）。</source>
        <translation>The cell to give a reason for is incomplete (form %1, unit %2, month %3, column %4).</translation>
    </message>
    <message>
        <source>无法保存理由：%1</source>
        <translation>Cannot save the reason: %1</translation>
    </message>
    <message>
        <source>无法删除理由：%1</source>
        <translation>Cannot delete the reason: %1</translation>
    </message>
</context>
<context>
    <name>FigureText</name>
    <message>
        <source>“%1”不是整数</source>
        <translation>“%1” is not a whole number</translation>
    </message>
    <message>
        <source>“%1”不是数字（金额以万元为单位，最多两位小数）</source>
        <translation>“%1” is not a number (amounts are in 10,000 yuan, with at most two decimals)</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>第%1栏</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>整行</source>
        <translation>Whole row</translation>
    </message>
    <message>
        <source>采用填报数%1，台账计算为%2；理由：%3</source>
        <translation>Typed figure %1 used; the ledgers give %2; reason: %3</translation>
    </message>
    <message>
        <source>填报数%1与台账计算数%2不符：请核对台账，或写明理由后采用填报数</source>
        <translation>The typed figure %1 disagrees with the ledgers&apos; %2: check the ledgers, or give a reason and use the typed figure</translation>
    </message>
    <message>
        <source>空白</source>
        <translation>blank</translation>
    </message>
    <message>
        <source>本月已验收或已签发，数字按当时冻结为%1；台账或名册此后的变化（现算为%2）计入下一个未签发的月份</source>
        <translation>This month is accepted or signed: the figure stays frozen at %1; later changes of the ledgers or the registry (now %2) count in the next month that is not signed</translation>
    </message>
    <message>
        <source>%1&#x3000;附件%2&#x3000;%3&#x3000;%4&#x3000;%5：%6</source>
        <translation>%1  Annex %2  %3  %4  %5: %6</translation>
    </message>
</context>
<context>
    <name>FormDescription</name>
    <message>
        <source>表格描述无法解析：%1</source>
        <translation>The table description cannot be parsed: %1</translation>
    </message>
    <message>
        <source>表格描述不完整（缺少编号、栏目或项目列）。</source>
        <translation>The table description is incomplete (number, columns or rows missing).</translation>
    </message>
    <message>
        <source>%1 的校验规则 %2 引用了不存在的第%3栏。</source>
        <translation>Validation rule %2 of %1 refers to column %3, which does not exist.</translation>
    </message>
    <message>
        <source>%1第%2栏由台账计算，但不是数字栏或缺少台账分组。</source>
        <translation>%1 column %2 is made by a ledger but is not a numeric column or names no ledger group.</translation>
    </message>
</context>
<context>
    <name>FormPainter</name>
    <message>
        <source>第 %1 页，共 %2 页</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>没有要打印的报表。</source>
        <translation>There are no reports to print.</translation>
    </message>
    <message>
        <source>无法开始打印。</source>
        <translation>Cannot start printing.</translation>
    </message>
    <message>
        <source>打印第%1页时出错。</source>
        <translation>Error while printing page %1.</translation>
    </message>
    <message>
        <source>打印未能完成。</source>
        <translation>Printing did not complete.</translation>
    </message>
</context>
<context>
    <name>FormTableBuilder</name>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>FormValidator</name>
    <message>
        <source>不能为负数（填报为%1）</source>
        <translation>Must not be negative (entered %1)</translation>
    </message>
    <message>
        <source>应为整数（填报为%1）</source>
        <translation>Must be a whole number (entered %1)</translation>
    </message>
    <message>
        <source>累计数%1小于上月累计数%2：逐月累计的数字不应减少</source>
        <translation>The cumulative figure %1 is less than last month&apos;s %2: cumulative figures must not decrease</translation>
    </message>
    <message>
        <source>%1（%2 = %3，%4 = %5）</source>
        <translation>%1 (%2 = %3, %4 = %5)</translation>
    </message>
    <message>
        <source>本月增加%1，远高于此前平均每月增加%2，请核实</source>
        <translation>This month rose by %1, far above the average monthly increase of %2 so far; please check</translation>
    </message>
    <message>
        <source>%1以来%2个月增加%3，远高于此前平均每月增加%4，请核实</source>
        <translation>Rose by %3 in the %2 months since %1, far above the average monthly increase of %4 so far; please check</translation>
    </message>
    <message>
        <source>累计数%1大于已存的%2累计数%3：逐月累计的数字不应减少，请核对%2第%4栏。</source>
        <translation>Cumulative figure %1 is greater than the stored cumulative figure %3 of %2: cumulative figures must not decrease from month to month; please check column %4 of %2.</translation>
    </message>
</context>
<context>
    <name>HolidayCalendar</name>
    <message>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>节假日表不是有效的 JSON：%1</source>
        <translation>The holiday table is not valid JSON: %1</translation>
    </message>
    <message>
        <source>节假日表%1年的“%2”日期无效。</source>
        <translation>The holiday table for %1 has an invalid date &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>节假日表%1年的调休上班日“%2”不是周末。</source>
        <translation>The make-up working day &quot;%2&quot; in the holiday table for %1 is not a weekend day.</translation>
    </message>
    <message>
        <source>%1假期</source>
        <translation>%1 holiday</translation>
    </message>
    <message>
        <source>%1（调休上班）</source>
        <translation>%1 (make-up working day)</translation>
    </message>
</context>
<context>
    <name>ImapClient</name>
    <message>
        <source>无法初始化邮件连接（libcurl）。</source>
        <translation>Cannot set up a mail connection (libcurl).</translation>
    </message>
    <message>
        <source>邮件服务器 %1 对邮箱“%2”的状态答复无法识别。</source>
        <translation>The status reply of mail server %1 for mailbox &quot;%2&quot; is not recognised.</translation>
    </message>
    <message>
        <source>邮件（UID %1）大小为 %2 MB，超过 %3 MB，未下载。</source>
        <translation>Message (UID %1) is %2 MB, over %3 MB: not downloaded.</translation>
    </message>
    <message>
        <source>邮件服务器 %1 在收取时重新编号了邮箱“%2”（UIDVALIDITY 已不是 %3）：未按旧编号收取或改动任何邮件，请重新收取。</source>
        <translation>The mail server %1 renumbered the mailbox “%2” during the fetch (its UIDVALIDITY is no longer %3): no message was read or changed by the old numbers. Please fetch again.</translation>
    </message>
    <message>
        <source>邮件服务器 %1 上没有文件夹“%2”，也未能新建：%3</source>
        <translation>The mail server %1 has no folder “%2”, and it could not be created: %3</translation>
    </message>
</context>
<context>
    <name>ImportMailAttachments</name>
    <message>
        <source>附件%1.xlsx</source>
        <translation>attachment%1.xlsx</translation>
    </message>
    <message>
        <source>发件人 %1 登记为 %2，附件为 %3 的报表。</source>
        <translation>The sender %1 is registered as %2; the attachment is the report of %3.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>发件人 %1 未在名册登记。</source>
        <translation>The sender %1 is not in the registry.</translation>
    </message>
</context>
<context>
    <name>ImportWorkbooks</name>
    <message>
        <source>正在导入 %1（%2/%3）</source>
        <translation>Importing %1 (%2/%3)</translation>
    </message>
    <message>
        <source>%1 未能导入，其余文件也未导入：%2</source>
        <translation>%1 could not be imported, so no file was imported: %2</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>找不到文件 %1。</source>
        <translation>File %1 not found.</translation>
    </message>
    <message>
        <source>%1 不是普通文件（可能是文件夹、管道或设备），未读取。</source>
        <translation>%1 is not a regular file (perhaps a folder, a pipe or a device); it was not read.</translation>
    </message>
    <message>
        <source>文件 %1 有 %2，超过了 %3 的上限，未读取。</source>
        <translation>File %1 is %2, above the limit of %3; it was not read.</translation>
    </message>
    <message>
        <source>无法读取文件 %1：%2</source>
        <translation>Cannot read file %1: %2</translation>
    </message>
    <message>
        <source>文件 %1 超过了 %2 的上限，未读取。</source>
        <translation>File %1 is above the limit of %2; it was not read.</translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <source>约谈</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>通报批评</source>
        <translation>Public criticism</translation>
    </message>
    <message>
        <source>限期整改</source>
        <translation>Rectification within a deadline</translation>
    </message>
    <message>
        <source>移交线索%1条</source>
        <translation>%1 leads handed over</translation>
    </message>
    <message>
        <source>追回资金</source>
        <translation>Funds recovered</translation>
    </message>
    <message>
        <source>行政罚款</source>
        <translation>Administrative fine</translation>
    </message>
    <message>
        <source>请选择被检查的机构。</source>
        <translation>Please choose the inspected institution.</translation>
    </message>
    <message>
        <source>请填写检查日期。</source>
        <translation>Please enter the inspection date.</translation>
    </message>
    <message>
        <source>条数和人数不能为负数。</source>
        <translation>Numbers of leads and persons must not be negative.</translation>
    </message>
    <message>
        <source>金额不能为负数。</source>
        <translation>Amounts must not be negative.</translation>
    </message>
    <message>
        <source>填写了追回基金金额，请同时勾选处理措施“追回资金”。</source>
        <translation>A recovered fund amount is entered: please also tick the measure &quot;追回资金&quot; (funds recovered).</translation>
    </message>
    <message>
        <source>填写了行政罚款金额，请同时勾选处理措施“行政罚款”。</source>
        <translation>An administrative fine amount is entered: please also tick the measure &quot;行政罚款&quot; (administrative fine).</translation>
    </message>
</context>
<context>
    <name>InspectionRepository</name>
    <message>
        <source>检查记录</source>
        <translation>inspection record</translation>
    </message>
    <message>
        <source>监督检查记录</source>
        <translation>the inspection records</translation>
    </message>
</context>
<context>
    <name>InspectorRepository</name>
    <message>
        <source>检查人员的姓名不能为空。</source>
        <translation>The inspector&apos;s name must not be empty.</translation>
    </message>
    <message>
        <source>检查人员库中已有%1的“%2”。</source>
        <translation>The inspector pool already holds “%2” of %1.</translation>
    </message>
    <message>
        <source>无法保存检查人员“%1”：%2</source>
        <translation>Cannot save inspector “%1”: %2</translation>
    </message>
    <message>
        <source>检查人员“%1”已不在库中。</source>
        <translation>Inspector “%1” is no longer in the pool.</translation>
    </message>
    <message>
        <source>检查人员库中没有编号为%1的人员。</source>
        <translation>The inspector pool holds nobody numbered %1.</translation>
    </message>
    <message>
        <source>无法删除检查人员“%1”：%2</source>
        <translation>Cannot remove inspector “%1”: %2</translation>
    </message>
    <message>
        <source>检查人员名单</source>
        <translation>the list of inspectors</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>另一个程序</source>
        <translation>another program</translation>
    </message>
    <message>
        <source>%1（进程 %2，计算机 %3）</source>
        <translation>%1 (process %2 on %3)</translation>
    </message>
</context>
<context>
    <name>Institution</name>
    <message>
        <source>名称不能为空。</source>
        <translation>The name must not be empty.</translation>
    </message>
    <message>
        <source>名称过长（最多100个字）。</source>
        <translation>The name is too long (at most 100 characters).</translation>
    </message>
    <message>
        <source>举报电话“%1”不是有效的电话号码。</source>
        <translation>The complaint phone &quot;%1&quot; is not a valid phone number.</translation>
    </message>
    <message>
        <source>举报邮箱“%1”不是有效的电子邮箱地址。</source>
        <translation>The complaint e-mail &quot;%1&quot; is not a valid e-mail address.</translation>
    </message>
    <message>
        <source>停业日期（%1）早于开业日期（%2）。</source>
        <translation>The closing date (%1) is before the opening date (%2).</translation>
    </message>
    <message>
        <source>公立</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>民营</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>三级</source>
        <translation>Tertiary</translation>
    </message>
    <message>
        <source>二级</source>
        <translation>Secondary</translation>
    </message>
    <message>
        <source>一级及以下</source>
        <translation>Primary and below</translation>
    </message>
    <message>
        <source>医疗机构</source>
        <translation>Medical institution</translation>
    </message>
    <message>
        <source>定点零售药店</source>
        <translation>Contracted retail pharmacy</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>简称</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>举报电话</source>
        <translation>Complaint phone</translation>
    </message>
    <message>
        <source>举报邮箱</source>
        <translation>Complaint e-mail</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>%1含有控制字符（第%2个字符，U+%3），请删除。</source>
        <translation>%1 contains a control character (character %2, U+%3); please remove it.</translation>
    </message>
    <message>
        <source>名称只有空格或不可见的字符，请填写机构的名称。</source>
        <translation>The name holds only spaces or invisible characters; please enter the institution’s name.</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>联系电话“%1”不是有效的电话号码。</source>
        <translation>The contact phone &quot;%1&quot; is not a valid phone number.</translation>
    </message>
</context>
<context>
    <name>InstitutionCsvImport</name>
    <message>
        <source>%1：文件是空的。</source>
        <translation>%1: the file is empty.</translation>
    </message>
    <message>
        <source>%1 第%2行</source>
        <translation>%1 row %2</translation>
    </message>
    <message>
        <source>%1 工作表“%2” 第%3行</source>
        <translation>%1 sheet &quot;%2&quot; row %3</translation>
    </message>
    <message>
        <source>%1 第%2行第%3列（%4）</source>
        <translation>%1 row %2 column %3 (%4)</translation>
    </message>
    <message>
        <source>%1 工作表“%2” %3（%4）</source>
        <translation>%1 sheet &quot;%2&quot; %3 (%4)</translation>
    </message>
    <message>
        <source>%1：缺少必填列“%2”。</source>
        <translation>%1: the required column &quot;%2&quot; is missing.</translation>
    </message>
    <message>
        <source>%1：名称不能为空。</source>
        <translation>%1: the name must not be empty.</translation>
    </message>
    <message>
        <source>%1：机构“%2”在文件中重复出现。</source>
        <translation>%1: institution &quot;%2&quot; appears more than once in the file.</translation>
    </message>
    <message>
        <source>%1：“%2”不是有效的所有制，应为“公立”或“民营”。</source>
        <translation>%1: &quot;%2&quot; is not a valid ownership; use &quot;公立&quot; (public) or &quot;民营&quot; (private).</translation>
    </message>
    <message>
        <source>%1：“%2”不是有效的等级，应为“三级”“二级”或“一级及以下”。</source>
        <translation>%1: &quot;%2&quot; is not a valid level; use &quot;三级&quot; (tertiary), &quot;二级&quot; (secondary) or &quot;一级及以下&quot; (primary and below).</translation>
    </message>
    <message>
        <source>%1：“%2”不是有效的医保定点标记，应为“是”或“否”。</source>
        <translation>%1: &quot;%2&quot; is not a valid medical-insurance contracted mark; use &quot;是&quot; (yes) or &quot;否&quot; (no).</translation>
    </message>
    <message>
        <source>%1：“%2”不是有效的类别，应为“医疗机构”或“定点零售药店”。</source>
        <translation>%1: &quot;%2&quot; is not a valid category; use &quot;医疗机构&quot; (medical institution) or &quot;定点零售药店&quot; (contracted retail pharmacy).</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1：无法识别的表头“%2”，可用的列为：%3。</source>
        <translation>%1: unknown header &quot;%2&quot;; the columns available are: %3.</translation>
    </message>
    <message>
        <source>第%1列</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>%1：与%2（%3）都是“%4”列，只能出现一次。</source>
        <translation>%1: this and %2 (%3) are both the &quot;%4&quot; column; it may appear only once.</translation>
    </message>
    <message>
        <source>%1：%2。</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1：机构“%2”与名册中已有的“%3”只差不可见字符、全角半角或空格，视为重名。</source>
        <translation>%1: institution &quot;%2&quot; differs from &quot;%3&quot; in the registry only by invisible characters, full-width forms or spaces, and counts as a duplicate.</translation>
    </message>
    <message>
        <source>%1：“%2”不是有效的开业日期，应写成 YYYY-MM-DD（如 2021-07-01）。</source>
        <translation>%1: “%2” is not a valid opening date; write it as YYYY-MM-DD (such as 2021-07-01).</translation>
    </message>
</context>
<context>
    <name>InstitutionLookup</name>
    <message>
        <source>名册中没有机构“%1”。</source>
        <translation>There is no institution &quot;%1&quot; in the register.</translation>
    </message>
    <message>
        <source>%1（简称“%2”）</source>
        <translation>%1 (short name “%2”)</translation>
    </message>
    <message>
        <source>名册中有%1家机构的全称或简称是“%2”：%3。请写其中一家的全称；若一家的全称是另一家的简称，请先在机构名册中改正简称。</source>
        <translation>%1 institutions of the registry have the full or short name “%2”: %3. Write the full name of one of them; where one’s full name is another’s short name, correct the short name in the registry first.</translation>
    </message>
</context>
<context>
    <name>InstitutionRepository</name>
    <message>
        <source>机构“%1”：%2</source>
        <translation>Institution &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>已有名为“%1”的机构。</source>
        <translation>An institution named &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <source>无法保存机构“%1”：%2</source>
        <translation>Cannot save institution &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>找不到编号为 %1 的机构。</source>
        <translation>No institution with number %1.</translation>
    </message>
    <message>
        <source>机构“%1”已有%2的报表，开业日期不能晚于那个月（填的是 %3），否则那些报表将不再计入汇总。请核对开业日期，或先删除那些报表。</source>
        <translation>Institution &quot;%1&quot; already has reports for %2; the opening date cannot be later than that month (entered: %3), otherwise those reports would no longer be counted in the totals. Please check the opening date, or delete those reports first.</translation>
    </message>
    <message>
        <source>机构名册</source>
        <translation>the institution registry</translation>
    </message>
</context>
<context>
    <name>InstitutionXlsxImport</name>
    <message>
        <source>%1 工作表“%2”是空的。</source>
        <translation>%1 sheet &quot;%2&quot; is empty.</translation>
    </message>
</context>
<context>
    <name>KeptFigures</name>
    <message>
        <source>%1，保留已存的文字“%2”（第%3栏 %4）。</source>
        <translation>%1; the stored text “%2” is kept (column %3 %4).</translation>
    </message>
    <message>
        <source>%1，保留已存数据 %2（第%3栏 %4）。</source>
        <translation>%1; the stored figure %2 is kept (column %3 %4).</translation>
    </message>
</context>
<context>
    <name>LedgerCsvImport</name>
    <message>
        <source>%1：除表头外没有任何记录。</source>
        <translation>%1: there are no records besides the header.</translation>
    </message>
    <message>
        <source>%1 第%2行：%3</source>
        <translation>%1 line %2: %3</translation>
    </message>
</context>
<context>
    <name>LedgerCsvParsers</name>
    <message>
        <source>与已有的记录或文件中前面的行重复。</source>
        <translation>Duplicates an existing record or an earlier row of the file.</translation>
    </message>
    <message>
        <source>问题描述不能为空。</source>
        <translation>The problem description must not be empty.</translation>
    </message>
    <message>
        <source>状态为“整改中”时须填写开始整改日期。</source>
        <translation>In state &quot;整改中&quot; (being rectified) the date rectification started is required.</translation>
    </message>
    <message>
        <source>状态为“%1”时须填写整改完成日期。</source>
        <translation>In state &quot;%1&quot; the date rectification was completed is required.</translation>
    </message>
    <message>
        <source>状态为“已销号”时须填写销号日期。</source>
        <translation>In state &quot;已销号&quot; (closed) the closing date is required.</translation>
    </message>
    <message>
        <source>填写了整改或销号日期，但状态为“发现”：请填写状态。</source>
        <translation>A rectification or closing date is filled in but the state is &quot;发现&quot; (found): please fill in the state.</translation>
    </message>
    <message>
        <source>反映问题摘要不能为空。</source>
        <translation>The summary of the report must not be empty.</translation>
    </message>
    <message>
        <source>状态为“核查中”时须填写开始核查日期。</source>
        <translation>In state &quot;核查中&quot; (under verification) the date verification started is required.</translation>
    </message>
    <message>
        <source>状态为“%1”时须填写办结日期。</source>
        <translation>In state &quot;%1&quot; the date it was concluded is required.</translation>
    </message>
    <message>
        <source>填写了办结或销号日期，但状态为“登记”：请填写状态。</source>
        <translation>A conclusion or closing date is filled in but the state is &quot;登记&quot; (registered): please fill in the state.</translation>
    </message>
    <message>
        <source>检查日期晚于今天。</source>
        <translation>The inspection date is later than today.</translation>
    </message>
    <message>
        <source>事项不能为空。</source>
        <translation>The matter must not be empty.</translation>
    </message>
    <message>
        <source>供应商名称不能为空。</source>
        <translation>The supplier name must not be empty.</translation>
    </message>
    <message>
        <source>请写明列入负面名单的原因。</source>
        <translation>Please give the reason for the negative list entry.</translation>
    </message>
</context>
<context>
    <name>LedgerCsvRow</name>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>日期不能为空。</source>
        <translation>The date must not be empty.</translation>
    </message>
    <message>
        <source>“%1”不是有效的日期，应写成 YYYY-MM-DD。</source>
        <translation>&quot;%1&quot; is not a valid date; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>“%1”不是有效的数目，应为0或正整数。</source>
        <translation>&quot;%1&quot; is not a valid number; use 0 or a positive whole number.</translation>
    </message>
    <message>
        <source>“%1”不是有效的标记，应为“是”或“否”（空白为否）。</source>
        <translation>&quot;%1&quot; is not a valid mark; use &quot;是&quot; (yes) or &quot;否&quot; (no) (blank means no).</translation>
    </message>
    <message>
        <source>机构不能为空。</source>
        <translation>The institution must not be empty.</translation>
    </message>
    <message>
        <source>找不到机构“%1”，请写机构名册中的名称或简称。</source>
        <translation>Institution &quot;%1&quot; not found; use the name or short name from the institution register.</translation>
    </message>
    <message>
        <source>不能为空。</source>
        <translation>Must not be empty.</translation>
    </message>
    <message>
        <source>“%1”不是有效的值，应为：%2。</source>
        <translation>&quot;%1&quot; is not a valid value; use: %2.</translation>
    </message>
    <message>
        <source>“%1”不是有效的数目：%2。</source>
        <translation>&quot;%1&quot; is not a valid number: %2.</translation>
    </message>
    <message>
        <source>“%1”不是有效的金额，应为以万元计、最多4位小数、小于%2的非负数。</source>
        <translation>&quot;%1&quot; is not a valid amount; expected a non-negative number in 10,000 yuan below %2 with at most 4 decimals.</translation>
    </message>
    <message>
        <source>日期 %1 晚于今天（%2），请核对年份。</source>
        <translation>The date %1 is after today (%2); please check the year.</translation>
    </message>
</context>
<context>
    <name>LedgerCsvSheet</name>
    <message>
        <source>%1 第%2行第%3列：无法识别的表头“%4”，可用的列为：%5。</source>
        <translation>%1 row %2 column %3: unrecognised header &quot;%4&quot;; the available columns are: %5.</translation>
    </message>
    <message>
        <source>%1 第%2行：缺少必填列“%3”。</source>
        <translation>%1 row %2: the required column &quot;%3&quot; is missing.</translation>
    </message>
    <message>
        <source>%1：文件是空的。</source>
        <translation>%1: the file is empty.</translation>
    </message>
    <message>
        <source>%1 第%2行第%3列（%4）</source>
        <translation>%1 row %2 column %3 (%4)</translation>
    </message>
    <message>
        <source>%1 第%2行</source>
        <translation>%1 row %2</translation>
    </message>
    <message>
        <source>%1 第%2行第%3列：“%4”与第%5列“%6”都是“%7”列，只能出现一次。</source>
        <translation>%1 row %2, column %3: &quot;%4&quot; and column %5 &quot;%6&quot; are both the &quot;%7&quot; column; it may appear only once.</translation>
    </message>
</context>
<context>
    <name>LedgerEditing</name>
    <message>
        <source>删除记录</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <source>从%1中删除这条记录？删除后报表中由台账计算的数字会随之改变。</source>
        <translation>Delete this record from %1? Figures of the forms computed from the ledgers will change accordingly.</translation>
    </message>
</context>
<context>
    <name>LedgerRecordActions</name>
    <message>
        <source>未知的台账种类。</source>
        <translation>Unknown kind of ledger.</translation>
    </message>
</context>
<context>
    <name>LedgerSql</name>
    <message>
        <source>无法保存%1：%2</source>
        <translation>Cannot save %1: %2</translation>
    </message>
    <message>
        <source>无法保存%1：记录已不存在（可能已被删除）。</source>
        <translation>Cannot save %1: the record no longer exists (it may have been deleted).</translation>
    </message>
    <message>
        <source>无法删除%1：%2</source>
        <translation>Cannot delete %1: %2</translation>
    </message>
    <message>
        <source>无法删除%1：记录已不存在。</source>
        <translation>Cannot delete %1: the record no longer exists.</translation>
    </message>
    <message>
        <source>无法保存状态变更：%1</source>
        <translation>Cannot save the change of state: %1</translation>
    </message>
    <message>
        <source>无法保存%1：您打开这条记录之后，别人在%2保存过它。为免覆盖别人的修改，这次没有保存；请记下您的改动，关闭后重新打开这条记录再改。</source>
        <translation>Cannot save the %1: someone else saved this record at %2, after you opened it. Nothing was saved, so as not to overwrite their changes; note your changes, close the record, open it again and redo them.</translation>
    </message>
    <message>
        <source>这项改动落在已验收或已签发的月份（或其之前的日期），会改变已锁定月份的数字。请核对日期，或先在报表填报中解锁该月（须说明理由）后再改。</source>
        <translation>This change falls in an accepted or signed month (or on a date before it) and would change the figures of a locked month. Check the date, or first unlock that month in report entry (a reason is required) and then make the change.</translation>
    </message>
    <message>
        <source>销号（以及撤销销号）是卫健局的审核，须由卫健局的账户办理。</source>
        <translation>Closing a problem or a tip-off, or undoing that, is the bureau&apos;s review: it must be done with a bureau account.</translation>
    </message>
</context>
<context>
    <name>LedgerStateActions</name>
    <message>
        <source>%1没有状态可改。</source>
        <translation>The %1 has no states to change.</translation>
    </message>
    <message>
        <source>找不到该线索（可能已被删除）。</source>
        <translation>The tip-off cannot be found (it may have been deleted).</translation>
    </message>
</context>
<context>
    <name>LedgerTables</name>
    <message>
        <source>标记</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>机构</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>发现日期</source>
        <translation>Date found</translation>
    </message>
    <message>
        <source>问题描述</source>
        <translation>Problem description</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>Rectification deadline</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>Rectification measures</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>整改完成日期</source>
        <translation>Date rectified</translation>
    </message>
    <message>
        <source>销号日期</source>
        <translation>Date closed</translation>
    </message>
    <message>
        <source>销号审核人</source>
        <translation>Closing reviewer</translation>
    </message>
    <message>
        <source>受理日期</source>
        <translation>Date received</translation>
    </message>
    <message>
        <source>来源渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>涉及机构</source>
        <translation>Institution concerned</translation>
    </message>
    <message>
        <source>反映问题摘要</source>
        <translation>Summary of the report</translation>
    </message>
    <message>
        <source>承办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>核查结论</source>
        <translation>Verification conclusion</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>办结日期</source>
        <translation>Date concluded</translation>
    </message>
    <message>
        <source>检查日期</source>
        <translation>Inspection date</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>医保定点</source>
        <translation>Medical-insurance contracted</translation>
    </message>
    <message>
        <source>检查方式</source>
        <translation>Inspection method</translation>
    </message>
    <message>
        <source>检查人员</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <source>检查发现</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>处理措施</source>
        <translation>Measures taken</translation>
    </message>
    <message>
        <source>移交线索（条）</source>
        <translation>Leads handed over</translation>
    </message>
    <message>
        <source>主动清退（万元）</source>
        <translation>Voluntarily refunded (10,000 yuan)</translation>
    </message>
    <message>
        <source>追回基金（万元）</source>
        <translation>Funds recovered (10,000 yuan)</translation>
    </message>
    <message>
        <source>罚款（万元）</source>
        <translation>Fines (10,000 yuan)</translation>
    </message>
    <message>
        <source>暂停执业（人）</source>
        <translation>Practice suspended (persons)</translation>
    </message>
    <message>
        <source>吊销执业证书（人）</source>
        <translation>Licences revoked (persons)</translation>
    </message>
    <message>
        <source>移送司法机关（人）</source>
        <translation>Referred to judicial authorities (persons)</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>涉案金额（万元）</source>
        <translation>Amount involved (10,000 yuan)</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>回复日期</source>
        <translation>Reply date</translation>
    </message>
    <message>
        <source>约谈日期</source>
        <translation>Interview date</translation>
    </message>
    <message>
        <source>供应商</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>签订承诺书</source>
        <translation>Commitment signed</translation>
    </message>
    <message>
        <source>约谈人</source>
        <translation>Interviewed by</translation>
    </message>
    <message>
        <source>负面名单</source>
        <translation>Negative list</translation>
    </message>
    <message>
        <source>列入日期</source>
        <translation>Date listed</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>列入单位</source>
        <translation>Listed by</translation>
    </message>
    <message>
        <source>卫生健康局</source>
        <translation>Health Bureau</translation>
    </message>
    <message>
        <source>截至 %1，共 %2 条</source>
        <translation>As of %1, %2 in total</translation>
    </message>
    <message>
        <source>%1&#x3000;截至 %2，共 %3 条</source>
        <translation>%1  As of %2, %3 in total</translation>
    </message>
</context>
<context>
    <name>MailCollector</name>
    <message>
        <source>“%1”是旧版 Excel/WPS 表格：请用下发的 .xlsx 模板填报。</source>
        <translation>&quot;%1&quot; is an old Excel/WPS spreadsheet: please fill in the .xlsx template that was handed out.</translation>
    </message>
    <message>
        <source>“%1”是图片或 PDF，无法读取报表数字：请用下发的 .xlsx 模板填报。</source>
        <translation>&quot;%1&quot; is a picture or a PDF, whose figures cannot be read: please fill in the .xlsx template that was handed out.</translation>
    </message>
    <message>
        <source>“%1”是压缩包：请直接附上下发的 .xlsx 模板，不要压缩。</source>
        <translation>&quot;%1&quot; is an archive: please attach the .xlsx template that was handed out directly, not compressed.</translation>
    </message>
    <message>
        <source>“%1”不是报表文件：请用下发的 .xlsx 模板填报。</source>
        <translation>&quot;%1&quot; is not a report file: please fill in the .xlsx template that was handed out.</translation>
    </message>
    <message>
        <source>（无名附件）</source>
        <translation>(unnamed attachment)</translation>
    </message>
    <message>
        <source>邮件大小 %1 MB，超过 %2 MB，未下载。</source>
        <translation>The message is %1 MB, over %2 MB: not downloaded.</translation>
    </message>
    <message>
        <source>已收取 %1 封，其余下次继续。</source>
        <translation>%1 messages fetched; the rest follow next time.</translation>
    </message>
    <message>
        <source>%1 发来的%2</source>
        <translation>From %1: %2</translation>
    </message>
    <message>
        <source>“%1”超过 %2 MB，不是下发的模板。</source>
        <translation>&quot;%1&quot; is larger than %2 MB: it is not the template that was handed out.</translation>
    </message>
    <message>
        <source>邮箱“%1”的 UIDVALIDITY 已由 %2 变为 %3：服务器重新编号了邮件。收取过的邮件按 Message-ID、发件人和附件认出，不会再次导入。</source>
        <translation>The UIDVALIDITY of mailbox “%1” changed from %2 to %3: the server renumbered its messages. Messages fetched before are recognised by Message-ID, sender and attachments and are not imported again.</translation>
    </message>
    <message>
        <source>%1 发来的邮件与 %2 收到的 %3 的邮件 Message-ID 相同，但发件人或附件不同：按另一封邮件收取，请核对。</source>
        <translation>The message from %1 has the same Message-ID as the message from %3 received %2, but another sender or other attachments: it is collected as a message of its own. Please check.</translation>
    </message>
    <message>
        <source>（发件人不明）</source>
        <translation>(unknown sender)</translation>
    </message>
</context>
<context>
    <name>MailMessage</name>
    <message>
        <source>不是一封可以读取的邮件。</source>
        <translation>Not a readable e-mail message.</translation>
    </message>
    <message>
        <source>邮件嵌套超过 %1 层，更深的部分未读取。</source>
        <translation>The message is nested more than %1 levels deep; the deeper parts were not read.</translation>
    </message>
    <message>
        <source>邮件超过 %1 个部分，其余部分未读取。</source>
        <translation>The message has more than %1 parts; the rest were not read.</translation>
    </message>
    <message>
        <source>附件解码后合计超过 %1 MB，其余附件未读取。</source>
        <translation>The attachments exceed %1 MB in total when decoded; the rest were not read.</translation>
    </message>
</context>
<context>
    <name>MailMover</name>
    <message>
        <source>请给出收取后移入的文件夹名称。</source>
        <translation>Name the folder the messages move to after they are collected.</translation>
    </message>
    <message>
        <source>文件夹“%1”就是邮箱“%2”收取报表的文件夹，请另选一个。</source>
        <translation>The folder “%1” is the one mailbox “%2” collects reports from; choose another.</translation>
    </message>
    <message>
        <source>邮件服务器 %1 既不支持 MOVE，也不支持 UIDPLUS：无法只移动导入了的邮件，未移动任何邮件。</source>
        <translation>The mail server %1 supports neither MOVE nor UIDPLUS: the imported messages cannot be moved on their own, so no message was moved.</translation>
    </message>
    <message>
        <source>邮件未能移到文件夹“%1”。</source>
        <translation>The messages could not be moved to the folder “%1”.</translation>
    </message>
    <message>
        <source>文件夹名称“%1”含有 %、* 或控制字符，请另取一个名称。</source>
        <translation>The folder name “%1” holds %, * or a control character; choose another name.</translation>
    </message>
</context>
<context>
    <name>MailRepository</name>
    <message>
        <source>邮箱的名称、地址、收信服务器和用户名都要填写。</source>
        <translation>A mailbox needs a name, an address, an incoming server and a user name.</translation>
    </message>
    <message>
        <source>邮箱“%1”的端口应在 1 到 65535 之间。</source>
        <translation>The ports of mailbox &quot;%1&quot; must be between 1 and 65535.</translation>
    </message>
    <message>
        <source>已有名为“%1”的邮箱。</source>
        <translation>A mailbox named &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <source>邮箱“%1”未能保存：%2</source>
        <translation>Mailbox &quot;%1&quot; was not saved: %2</translation>
    </message>
    <message>
        <source>邮箱“%1”已不存在。</source>
        <translation>Mailbox &quot;%1&quot; no longer exists.</translation>
    </message>
    <message>
        <source>邮箱未能删除：%1</source>
        <translation>The mailbox was not removed: %1</translation>
    </message>
    <message>
        <source>已从这个邮箱收取 %1 封邮件，它们是报送的凭据：邮箱不能删除。</source>
        <translation>%1 messages were fetched from this mailbox and are the evidence of filings: the mailbox cannot be removed.</translation>
    </message>
    <message>
        <source>邮箱已不存在。</source>
        <translation>The mailbox no longer exists.</translation>
    </message>
    <message>
        <source>这封邮件（UID %1）已经收取过。</source>
        <translation>This message (UID %1) was fetched already.</translation>
    </message>
    <message>
        <source>邮件（UID %1）未能保存：%2</source>
        <translation>Message (UID %1) was not saved: %2</translation>
    </message>
    <message>
        <source>附件“%1”未能保存：%2</source>
        <translation>Attachment &quot;%1&quot; was not saved: %2</translation>
    </message>
    <message>
        <source>附件的处理结果未能保存：%1</source>
        <translation>The attachment&apos;s outcome was not saved: %1</translation>
    </message>
    <message>
        <source>这个附件已经处理过。</source>
        <translation>This attachment was dealt with already.</translation>
    </message>
    <message>
        <source>邮箱列表</source>
        <translation>the list of mailboxes</translation>
    </message>
</context>
<context>
    <name>MailRun</name>
    <message>
        <source>待发送</source>
        <translation>To send</translation>
    </message>
    <message>
        <source>无邮箱，不能发送</source>
        <translation>No email address, cannot send</translation>
    </message>
    <message>
        <source>已发送过</source>
        <translation>Already sent</translation>
    </message>
    <message>
        <source>上次发送中断，可能已发出</source>
        <translation>Last sending was interrupted, may have been sent</translation>
    </message>
    <message>
        <source>没有发信邮箱</source>
        <translation>No sending mailbox</translation>
    </message>
    <message>
        <source>邮箱“%1”现在不能发信。</source>
        <translation>Mailbox &quot;%1&quot; cannot send mail now.</translation>
    </message>
    <message>
        <source>已发送：%1 → %2 %3</source>
        <translation>Sent: %1 → %2 %3</translation>
    </message>
    <message>
        <source>连接中断，可能已发出（不会再自动发送，请到发件箱核对）：%1 → %2 %3</source>
        <translation>Connection interrupted, may have been sent (will not be sent again automatically; please check the outbox): %1 → %2 %3</translation>
    </message>
    <message>
        <source>未发出：%1 → %2 %3</source>
        <translation>Not sent: %1 → %2 %3</translation>
    </message>
</context>
<context>
    <name>MonthLockActions</name>
    <message>
        <source>服务器上只有卫健局的账户可以验收、签发和解锁。</source>
        <translation>On the server only the bureau&apos;s accounts may accept, sign and unlock.</translation>
    </message>
    <message>
        <source>没有附件%1。</source>
        <translation>There is no Annex %1.</translation>
    </message>
    <message>
        <source>找不到该专项工作，未锁定。</source>
        <translation>The campaign was not found; nothing was locked.</translation>
    </message>
    <message>
        <source>%1 不是专项整治“%2”的报送月份（%3—%4），未锁定。</source>
        <translation>%1 is not a reporting month of the campaign “%2” (%3 to %4); nothing was locked.</translation>
    </message>
    <message>
        <source>该月份</source>
        <translation>that month</translation>
    </message>
    <message>
        <source>%1%2已签发，全部单位已锁定。</source>
        <translation>%2 of %1 is signed: every unit is locked.</translation>
    </message>
    <message>
        <source>请先选中要验收的单位。</source>
        <translation>Choose the unit to accept first.</translation>
    </message>
    <message>
        <source>%1%2没有单位“%3”。</source>
        <translation>%2 of %1 has no unit “%3”.</translation>
    </message>
    <message>
        <source>%1 尚未报送%2的报表，不能验收。</source>
        <translation>%1 has not filed its report for %2 and cannot be accepted.</translation>
    </message>
    <message>
        <source>%1 的报表还有 %2 个错误，改正后才能验收。</source>
        <translation>The report of %1 still has %2 errors; correct them before accepting.</translation>
    </message>
    <message>
        <source>本月%1还有 %2 个错误，改正后才能签发。</source>
        <translation>%1 for this month still has %2 errors; correct them before signing.</translation>
    </message>
    <message>
        <source>解锁必须说明理由。</source>
        <translation>Unlocking requires a reason.</translation>
    </message>
    <message>
        <source>%1%2已签发：先取消签发，再解锁单位的验收。</source>
        <translation>%2 of %1 is signed: lift the signature first, then unlock the unit&apos;s acceptance.</translation>
    </message>
    <message>
        <source>解锁理由含有改变文字方向的控制字符，请删去后再解锁。</source>
        <translation>The reason for unlocking holds a character that changes the direction of the text; remove it and unlock again.</translation>
    </message>
</context>
<context>
    <name>NegativeListEntry</name>
    <message>
        <source>供应商名称不能为空。</source>
        <translation>The supplier name must not be empty.</translation>
    </message>
    <message>
        <source>请填写列入日期。</source>
        <translation>Please enter the date listed.</translation>
    </message>
    <message>
        <source>请写明列入负面名单的原因。</source>
        <translation>Please give the reason for the negative list entry.</translation>
    </message>
</context>
<context>
    <name>NoticePainter</name>
    <message>
        <source>无法开始打印。</source>
        <translation>Cannot start printing.</translation>
    </message>
    <message>
        <source>打印未能完成。</source>
        <translation>Printing did not complete.</translation>
    </message>
</context>
<context>
    <name>OfficePaperWriter</name>
    <message>
        <source>无法开始打印“%1”。</source>
        <translation>Cannot start printing &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>PdfFile</name>
    <message>
        <source>文件 %1 未打开。</source>
        <translation>The file %1 is not open.</translation>
    </message>
</context>
<context>
    <name>PeriodLockRepository</name>
    <message>
        <source>无法锁定：%1</source>
        <translation>Cannot lock: %1</translation>
    </message>
    <message>
        <source>解锁必须说明理由。</source>
        <translation>Unlocking requires a reason.</translation>
    </message>
    <message>
        <source>无法解锁：%1</source>
        <translation>Cannot unlock: %1</translation>
    </message>
    <message>
        <source>该报表未锁定，无需解锁。</source>
        <translation>This report is not locked; there is nothing to unlock.</translation>
    </message>
    <message>
        <source>%1 已由%2于%3锁定，本次锁定未生效；请刷新后再看。</source>
        <translation>%1 was locked by %2 at %3; this lock was not taken. Please refresh and look again.</translation>
    </message>
</context>
<context>
    <name>PosterBatch</name>
    <message>
        <source>举报电话</source>
        <translation>Complaint phone</translation>
    </message>
    <message>
        <source>举报邮箱</source>
        <translation>Complaint e-mail</translation>
    </message>
    <message>
        <source>%1：缺少%2</source>
        <translation>%1: %2 is missing</translation>
    </message>
    <message>
        <source>市卫生健康委举报电话</source>
        <translation>Municipal Health Commission complaint phone</translation>
    </message>
    <message>
        <source>市卫生健康委举报邮箱</source>
        <translation>Municipal Health Commission complaint e-mail</translation>
    </message>
    <message>
        <source>%1卫生健康局举报电话</source>
        <translation>%1 Health Bureau complaint phone</translation>
    </message>
    <message>
        <source>%1卫生健康局举报邮箱</source>
        <translation>%1 Health Bureau complaint e-mail</translation>
    </message>
    <message>
        <source>专项整治“%1”缺少%2，公告无法打印。请先在专项整治中补填。</source>
        <translation>Campaign &quot;%1&quot; lacks the %2, so the notice cannot be printed. Please fill it in on the campaign first.</translation>
    </message>
    <message>
        <source>以下机构的举报渠道不全，未打印任何公告：
%1</source>
        <translation>The following institutions have incomplete complaint channels; no notice was printed:
%1</translation>
    </message>
    <message>
        <source>没有要打印公告的机构。</source>
        <translation>There are no institutions to print notices for.</translation>
    </message>
    <message>
        <source>无法开始打印。</source>
        <translation>Cannot start printing.</translation>
    </message>
    <message>
        <source>打印第%1页时出错。</source>
        <translation>Error while printing page %1.</translation>
    </message>
    <message>
        <source>已取消打印（完成%1/%2页）。</source>
        <translation>Printing cancelled (%1/%2 pages done).</translation>
    </message>
    <message>
        <source>打印未能完成。</source>
        <translation>Printing did not complete.</translation>
    </message>
    <message>
        <source>%1 公告</source>
        <translation>%1 notice</translation>
    </message>
</context>
<context>
    <name>PosterChannelActions</name>
    <message>
        <source>“%1”的%2还没有填写。</source>
        <translation>The %2 of &quot;%1&quot; has not been filled in.</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>打印预览 — %1</source>
        <translation>Print preview — %1</translation>
    </message>
    <message>
        <source>打印预览</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>打印 — %1</source>
        <translation>Print — %1</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>保存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>保存为 Word</source>
        <translation>Save as Word</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>%1 已存在。要替换它吗？</source>
        <translation>%1 already exists. Do you want to replace it?</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>无法创建文件夹 %1：%2</source>
        <translation>Cannot create the folder %1: %2</translation>
    </message>
    <message>
        <source>%1 已存在，但不是文件夹。</source>
        <translation>%1 exists but is not a folder.</translation>
    </message>
    <message>
        <source>无法创建文件 %1：%2</source>
        <translation>Cannot create the file %1: %2</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>请选择问题所在的机构。</source>
        <translation>Please choose the institution where the problem is.</translation>
    </message>
    <message>
        <source>请填写发现日期。</source>
        <translation>Please enter the date found.</translation>
    </message>
    <message>
        <source>问题描述不能为空。</source>
        <translation>The problem description must not be empty.</translation>
    </message>
    <message>
        <source>问题描述过长（最多2000字）。</source>
        <translation>The problem description is too long (at most 2000 characters).</translation>
    </message>
    <message>
        <source>整改期限（%1）早于发现日期（%2）。</source>
        <translation>The rectification deadline (%1) is earlier than the date found (%2).</translation>
    </message>
    <message>
        <source>开始整改后须写明责任人。</source>
        <translation>Once rectification starts, the responsible person is required.</translation>
    </message>
    <message>
        <source>问题的状态与其整改步骤不一致。</source>
        <translation>The problem&apos;s state does not match its rectification steps.</translation>
    </message>
    <message>
        <source>“%1”的日期（%2）早于发现日期（%3）。</source>
        <translation>The date of &quot;%1&quot; (%2) is earlier than the date found (%3).</translation>
    </message>
</context>
<context>
    <name>ProblemRepository</name>
    <message>
        <source>问题已销号，不能再修改。</source>
        <translation>The problem is closed and can no longer be changed.</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>找不到该问题（可能已被删除）。</source>
        <translation>The problem cannot be found (it may have been deleted).</translation>
    </message>
    <message>
        <source>无法保存问题的状态：%1</source>
        <translation>Cannot save the problem&apos;s state: %1</translation>
    </message>
    <message>
        <source>问题已销号，不能删除。</source>
        <translation>The problem is closed and cannot be deleted.</translation>
    </message>
    <message>
        <source>问题清单</source>
        <translation>the problem list</translation>
    </message>
</context>
<context>
    <name>ProblemWorkflow</name>
    <message>
        <source>退回整改</source>
        <translation>Return for rectification</translation>
    </message>
    <message>
        <source>开始整改</source>
        <translation>Start rectification</translation>
    </message>
    <message>
        <source>立行立改</source>
        <translation>Rectify on the spot</translation>
    </message>
    <message>
        <source>完成整改</source>
        <translation>Complete rectification</translation>
    </message>
    <message>
        <source>销号</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>问题已销号，不能再改为“%1”。</source>
        <translation>The problem is closed and cannot be changed to &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>问题处于“%1”，须先完成整改（已整改）才能销号。</source>
        <translation>The problem is &quot;%1&quot;: it must be rectified (已整改) before it can be closed.</translation>
    </message>
    <message>
        <source>不能从“%1”改为“%2”。</source>
        <translation>Cannot change from &quot;%1&quot; to &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>请填写“%1”的日期。</source>
        <translation>Please enter the date of &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>日期 %1 早于发现日期 %2。</source>
        <translation>The date %1 is earlier than the date found %2.</translation>
    </message>
    <message>
        <source>日期 %1 早于上一步（%2，%3）。</source>
        <translation>The date %1 is earlier than the previous step (%2, %3).</translation>
    </message>
    <message>
        <source>日期 %1 晚于今天。</source>
        <translation>The date %1 is later than today.</translation>
    </message>
    <message>
        <source>销号须写明审核人。</source>
        <translation>Closing needs a reviewer.</translation>
    </message>
    <message>
        <source>请写明经办人。</source>
        <translation>Please name the person handling it.</translation>
    </message>
    <message>
        <source>销号审核人不能是整改责任人本人（%1）。</source>
        <translation>The closing reviewer cannot be the person responsible for the rectification (%1).</translation>
    </message>
    <message>
        <source>退回整改须写明原因。</source>
        <translation>Returning for rectification needs a reason.</translation>
    </message>
    <message>
        <source>请先填写整改责任人。</source>
        <translation>Please fill in the person responsible for the rectification first.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>已取消。</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>ProtectedFiles</name>
    <message>
        <source>不能写入 %1：这个文件正在写入（例如备份尚未完成），请稍后再试或另选文件名；未写入任何内容。</source>
        <translation>Cannot write %1: the file is being written right now (for example a backup that has not finished); try again later or choose another file name. Nothing was written.</translation>
    </message>
    <message>
        <source>不能写入 %1：它是正在使用的数据库 %2 或其日志、锁文件，写入会毁掉数据库。请另选文件名；未写入任何内容。</source>
        <translation>Cannot write %1: it is the open database %2 or its journal or lock file, and writing it would destroy the database. Please choose another file name; nothing was written.</translation>
    </message>
</context>
<context>
    <name>ReadError</name>
    <message>
        <source>数据库连接已断开</source>
        <translation>the connection to the database was lost</translation>
    </message>
    <message>
        <source>无法读取%1：%2</source>
        <translation>Could not read %1: %2</translation>
    </message>
</context>
<context>
    <name>ReminderList</name>
    <message>
        <source>，报至%1</source>
        <translation>, to %1</translation>
    </message>
    <message>
        <source>，%1截止</source>
        <translation>, due %1</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>，已逾期%1天</source>
        <translation>, %1 days overdue</translation>
    </message>
    <message>
        <source>，今天截止</source>
        <translation>, due today</translation>
    </message>
    <message>
        <source>，还有%1天</source>
        <translation>, %1 days left</translation>
    </message>
    <message>
        <source>没有需要催报的单位。</source>
        <translation>No unit needs a reminder.</translation>
    </message>
    <message>
        <source>共%1个单位未报送，其中%2个已逾期。</source>
        <translation>%1 units have not reported, %2 of them overdue.</translation>
    </message>
    <message>
        <source>&#x3000;联系人：%1</source>
        <translation>  Contact: %1</translation>
    </message>
    <message>
        <source>（名册未登记）</source>
        <translation>(not in the register)</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>未报事项</source>
        <translation>Missing items</translation>
    </message>
    <message>
        <source>催报记录</source>
        <translation>Reminder notes</translation>
    </message>
    <message>
        <source>&#x3000;联系电话：%1</source>
        <translation>  Contact phone: %1</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
</context>
<context>
    <name>RemoveDemoData</name>
    <message>
        <source>服务器上的示例数据只能由卫健局的账户删除。</source>
        <translation>Demo data on the server can be removed only by a bureau account.</translation>
    </message>
    <message>
        <source>数据库中没有示例数据。</source>
        <translation>The database holds no demo data.</translation>
    </message>
    <message>
        <source>%1 家示例机构</source>
        <translation>%1 demo institutions</translation>
    </message>
    <message>
        <source>%1 个示例活动（%2）</source>
        <translation>%1 demo campaign(s) (%2)</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 份报表</source>
        <translation>%1 reports</translation>
    </message>
    <message>
        <source>%1 条台账记录</source>
        <translation>%1 ledger records</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>；您修改过的示例机构（%1）保留在名册中，作为您自己的机构</source>
        <translation>; the sample institutions you modified (%1) remain in the registry as your own institutions</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ReportRepository</name>
    <message>
        <source>报表数据不完整（表%1，单位%2，月份%3）。</source>
        <translation>Incomplete report data (form %1, unit %2, month %3).</translation>
    </message>
    <message>
        <source>无法保存%1的报表：%2</source>
        <translation>Cannot save the report for %1: %2</translation>
    </message>
    <message>
        <source>无法读取报表数字：%1</source>
        <translation>Cannot read the report figures: %1</translation>
    </message>
    <message>
        <source>无法保存报表数字：%1</source>
        <translation>Cannot save the report figures: %1</translation>
    </message>
    <message>
        <source>无法删除报表：%1</source>
        <translation>Cannot delete the report: %1</translation>
    </message>
    <message>
        <source>附件%1 %2 的报表（%3）已审核锁定，如需修改请先解锁并说明理由。</source>
        <translation>The Annex %1 report of %2 (%3) has been reviewed and locked. To change it, unlock it first and give a reason.</translation>
    </message>
    <message>
        <source>%1 %2 的附件%3 在您编辑期间已由他人保存，您的修改没有保存，也没有覆盖对方的数据。请刷新（F5）后核对再录入。</source>
        <translation>Annex %3 of %1 for %2 was saved by someone else while you were editing. Your changes were not saved and did not overwrite theirs. Refresh (F5), check, then enter again.</translation>
    </message>
    <message>
        <source>附件%1 %2 的报表（%3）被其后一个已验收或已签发的月份沿用（该单位那个月没有单独报送），修改它会改变已锁定月份的数字。如需修改请先解锁那个月并说明理由。</source>
        <translation>The Annex %1 report of %2 (%3) is carried forward into a later month that has been accepted or signed (the unit filed nothing of its own for that month), so changing it would change the locked month&apos;s figures. To change it, first unlock that month and give a reason.</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>the reports</translation>
    </message>
    <message>
        <source>报表数字</source>
        <translation>the report figures</translation>
    </message>
</context>
<context>
    <name>ReportTemplates</name>
    <message>
        <source>%1不在本专项整治的报送月份（%2至%3）内。</source>
        <translation>%1 is outside this campaign&apos;s reporting months (%2 to %3).</translation>
    </message>
    <message>
        <source>文件夹 %1 不存在。</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>无法在文件夹 %1 中写入：%2</source>
        <translation>Could not write in the folder %1: %2</translation>
    </message>
    <message>
        <source>正在生成空白报表：%1（%2/%3）</source>
        <translation>Writing blank forms: %1 (%2/%3)</translation>
    </message>
    <message>
        <source>无法写入 %1：%2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>ReturnedSheet</name>
    <message>
        <source>%1 %2：表中第二次出现“%3”的行（第一次在第%4行），无法确定哪一行是它的数字。</source>
        <translation>%1 %2: a second row for “%3” (the first is row %4); cannot tell which row holds its figures.</translation>
    </message>
    <message>
        <source>%1 %2：这一行是“%3”的，不是填报单位“%4”的：一个工作簿只能填写它所标明的机构自己的那一行。</source>
        <translation>%1 %2: this row belongs to “%3”, not to the reporting unit “%4”: a workbook may only fill the own row of the institution it names.</translation>
    </message>
    <message>
        <source>%1：表中找不到“%2”所在的行（第%3行以下没有以它命名的行），未导入。</source>
        <translation>%1: the table has no row for “%2” (no row below row %3 is named after it); not imported.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>系统钥匙串没有应答。</source>
        <translation>The system keyring did not answer.</translation>
    </message>
</context>
<context>
    <name>SendReceipts</name>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>。</source>
        <translation>.</translation>
    </message>
    <message>
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <source>邮件没有可回复的发件人地址</source>
        <translation>The email has no sender address to reply to</translation>
    </message>
    <message>
        <source>收到这封邮件的邮箱已不存在</source>
        <translation>The mailbox that received this email no longer exists</translation>
    </message>
</context>
<context>
    <name>SendReminders</name>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1不在本专项整治的报送月份内。</source>
        <translation>%1 is not within the reporting months of this campaign.</translation>
    </message>
    <message>
        <source>没有名为“%1”的邮箱。</source>
        <translation>There is no mailbox named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>无法建立临时文件夹来生成空白报表。</source>
        <translation>Cannot create a temporary folder to generate the blank forms.</translation>
    </message>
    <message>
        <source>已于 %1 发送</source>
        <translation>Sent on %1</translation>
    </message>
    <message>
        <source>%1 开始发送时中断，可能已发出，不再自动发送</source>
        <translation>%1 was interrupted when sending started and may have been sent; it will not be sent again automatically</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>空白报表 %1 无法读取。</source>
        <translation>Cannot read blank form %1.</translation>
    </message>
    <message>
        <source>还没有设置邮箱：先在 设置 → 邮箱 中添加</source>
        <translation>No mailbox set up yet: first add one under Settings → Mailboxes</translation>
    </message>
    <message>
        <source>名册中没有登记邮箱，请电话催报</source>
        <translation>No email address in the registry; please send a reminder by phone</translation>
    </message>
    <message>
        <source>名册中的邮箱“%1”无效，请电话催报</source>
        <translation>The email address &quot;%1&quot; in the registry is invalid; please send a reminder by phone</translation>
    </message>
    <message>
        <source>（未指定）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>没有收报股室为%1的邮箱，从第一个邮箱“%2”发出</source>
        <translation>No mailbox receives for the office %1; sending from the first mailbox “%2”</translation>
    </message>
</context>
<context>
    <name>SentMailRepository</name>
    <message>
        <source>%1 已于 %2 发送（或正在发送）给 %3，不再发送。</source>
        <translation>%1 was already sent (or is being sent) to %3 on %2; it will not be sent again.</translation>
    </message>
    <message>
        <source>发送记录未能保存：%1</source>
        <translation>The sending record could not be saved: %1</translation>
    </message>
    <message>
        <source>%1 正由另一次发送处理，这里跳过。</source>
        <translation>%1 is being handled by another sending run; skipped here.</translation>
    </message>
    <message>
        <source>发送结果未能保存：%1</source>
        <translation>The sending result could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>SeriesXlsxWriter</name>
    <message>
        <source>%1—%2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1&#x3000;报送情况截至 %2；空白表示无从统计（未到期、未报送或无问题），不是 0。</source>
        <translation>%1. Filing as of %2; a blank cell means there is nothing to count (not yet due, not reported or no problems), not 0.</translation>
    </message>
    <message>
        <source>%1%2（%3）</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1分析数据（%2）</source>
        <translation>%1 analysis data (%2)</translation>
    </message>
    <message>
        <source>全部数据</source>
        <translation>All data</translation>
    </message>
    <message>
        <source>%1分析数据</source>
        <translation>%1 analysis data</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ServerAdmin</name>
    <message>
        <source>无法读取表 %1：%2</source>
        <translation>Cannot read table %1: %2</translation>
    </message>
    <message>
        <source>无法写入表 %1 的第 %2 行：%3</source>
        <translation>Cannot write row %2 of table %1: %3</translation>
    </message>
    <message>
        <source>请用 --server 指定要导入到的服务器数据库。</source>
        <translation>Name the server database to import into with --server.</translation>
    </message>
    <message>
        <source>服务器数据库 %1 已有数据：只能导入到空的数据库，未做任何修改。</source>
        <translation>The server database %1 already holds data; import works only into an empty database. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1：%2 行</source>
        <translation>%1: %2 rows</translation>
    </message>
    <message>
        <source>账户只在服务器数据库上使用，请用 --server 指定服务器。</source>
        <translation>Accounts exist only on a server database; name the server with --server.</translation>
    </message>
    <message>
        <source>账户名“%1”无效：只能用小写字母、数字和下划线，以字母开头。</source>
        <translation>The account name &quot;%1&quot; is not valid: use lower-case letters, digits and underscores, starting with a letter.</translation>
    </message>
    <message>
        <source>无法设置账户 %1：%2</source>
        <translation>Cannot set up account %1: %2</translation>
    </message>
    <message>
        <source>卫健局</source>
        <translation>bureau</translation>
    </message>
    <message>
        <source>市级</source>
        <translation>city</translation>
    </message>
    <message>
        <source>机构</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>建立登录账户 %1</source>
        <translation>Created login account %1</translation>
    </message>
    <message>
        <source>设置了新密码（只向服务器发送其 SCRAM-SHA-256 校验值）</source>
        <translation>Set a new password (only its SCRAM-SHA-256 verifier was sent to the server)</translation>
    </message>
    <message>
        <source>加入 %1</source>
        <translation>Joined %1</translation>
    </message>
    <message>
        <source>退出 %1（不再有其权限）</source>
        <translation>Left %1 (its rights no longer apply)</translation>
    </message>
    <message>
        <source>账户类别：%1 → 机构（编号 %2）</source>
        <translation>Account kind: %1 → institution (id %2)</translation>
    </message>
    <message>
        <source>账户类别：%1 → %2</source>
        <translation>Account kind: %1 → %2</translation>
    </message>
    <message>
        <source>导入需要数据库的所有者账户（运行 server init 的账户）：%1</source>
        <translation>Importing needs the database owner&apos;s account (the one that ran server init): %1</translation>
    </message>
    <message>
        <source>无法检查大对象函数的权限：%1</source>
        <translation>Cannot check the privileges of the large object functions: %1</translation>
    </message>
    <message>
        <source>任何能登录本服务器的账户都还能创建大对象（%1），可借此占满服务器的磁盘。这些函数属于超级用户，数据库的所有者无权收回；请由超级用户在数据库 %2 中执行：</source>
        <translation>Every account that can log in to this server can still create large objects (%1) and so fill the server&apos;s disk. These functions belong to the superuser and the database owner cannot revoke them; have the superuser run this in database %2:</translation>
    </message>
    <message>
        <source>账户 %1 的密码太短：至少要 %2 个字符。</source>
        <translation>The password of account %1 is too short: it needs at least %2 characters.</translation>
    </message>
</context>
<context>
    <name>ShortDate</name>
    <message>
        <source>%1月%2日</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1年%2月%3日</source>
        <translation>%2/%3/%1</translation>
    </message>
</context>
<context>
    <name>SignalCatalog</name>
    <message>
        <source>信号规则不是有效的 JSON：%1</source>
        <translation>The signal rules are not valid JSON: %1</translation>
    </message>
    <message>
        <source>第%1条信号规则缺少编号、说明或已知的检查类型（%2）。</source>
        <translation>Signal rule %1 lacks an id, a sentence or a known kind of check (%2).</translation>
    </message>
</context>
<context>
    <name>SignedFigureRepository</name>
    <message>
        <source>无法保存签发时的数字：%1</source>
        <translation>Could not store the figures as signed: %1</translation>
    </message>
    <message>
        <source>该锁定已解除或已冻结，签发时的数字未改动。</source>
        <translation>The lock has been lifted or is already frozen; the signed figures were not changed.</translation>
    </message>
</context>
<context>
    <name>SmtpClient</name>
    <message>
        <source>邮件没有收件人。</source>
        <translation>The email has no recipients.</translation>
    </message>
    <message>
        <source>无法初始化邮件连接（libcurl）。</source>
        <translation>Cannot initialise the mail connection (libcurl).</translation>
    </message>
</context>
<context>
    <name>SmtpSender</name>
    <message>
        <source>邮箱“%1”没有设置发信服务器（SMTP），请在 设置 → 邮箱 中填写。</source>
        <translation>Mailbox &quot;%1&quot; has no outgoing mail server (SMTP) set; please fill it in under Settings → Mailboxes.</translation>
    </message>
</context>
<context>
    <name>SpotCheckActions</name>
    <message>
        <source>检查人员“%1”所属的机构（编号%2）不在机构名录中。</source>
        <translation>The institution of inspector “%1” (number %2) is not in Institutions.</translation>
    </message>
    <message>
        <source>抽查名单中没有编号为%1的一项。</source>
        <translation>The spot-check list has no entry numbered %1.</translation>
    </message>
    <message>
        <source>抽查名单第%1号已记录过检查结果（检查记录%2）。</source>
        <translation>Entry %1 of the spot-check list already has its result recorded (inspection record %2).</translation>
    </message>
    <message>
        <source>双随机抽查</source>
        <translation>Random spot check</translation>
    </message>
</context>
<context>
    <name>SpotCheckDraw</name>
    <message>
        <source>抽查数量须大于0。</source>
        <translation>The number to draw must be greater than 0.</translation>
    </message>
    <message>
        <source>没有可抽查的机构。</source>
        <translation>There are no institutions to draw from.</translation>
    </message>
    <message>
        <source>第%1号“%2”可派的检查人员不足两人（本单位人员和上次检查过该单位的人员不能派往）。请在检查人员库中增加人员。</source>
        <translation>Fewer than two inspectors can be sent to no. %1 “%2” (its own staff and those who inspected it last time cannot go). Add people to the inspector pool.</translation>
    </message>
    <message>
        <source>抽查记录的输入数据不完整，无法复核。</source>
        <translation>The stored inputs of the draw are incomplete; it cannot be checked.</translation>
    </message>
    <message>
        <source>按记录的种子和输入重新抽取，结果与记录不一致。</source>
        <translation>Drawn again from the stored seed and inputs, the result differs from the stored one.</translation>
    </message>
    <message>
        <source>抽查记录第%1号的机构（编号%2）不在记录的候选机构中。</source>
        <translation>The institution (no. %2) at position %1 of the spot check record is not among the record&apos;s candidate institutions.</translation>
    </message>
    <message>
        <source>抽查记录第%1号的检查人员（编号%2）不在记录的检查人员库中。</source>
        <translation>The inspector (no. %2) at position %1 of the spot check record is not in the record&apos;s inspector pool.</translation>
    </message>
</context>
<context>
    <name>SpotCheckPapers</name>
    <message>
        <source>抽查记录%1没有抽中任何机构。</source>
        <translation>Spot check record %1 did not draw any institutions.</translation>
    </message>
</context>
<context>
    <name>SpotCheckRepository</name>
    <message>
        <source>无法保存抽查记录：%1</source>
        <translation>Cannot save the spot-check draw: %1</translation>
    </message>
    <message>
        <source>无法保存抽查名单第%1号：%2</source>
        <translation>Cannot save entry %1 of the spot-check list: %2</translation>
    </message>
    <message>
        <source>无法把检查记录与抽查名单关联：%1</source>
        <translation>Cannot link the inspection record to the spot-check list: %1</translation>
    </message>
    <message>
        <source>抽查名单中没有编号为%1的一项。</source>
        <translation>The spot-check list has no entry numbered %1.</translation>
    </message>
    <message>
        <source>抽查记录</source>
        <translation>the spot-check records</translation>
    </message>
</context>
<context>
    <name>SqliteError</name>
    <message>
        <source>磁盘空间不足</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>文件或文件夹只读/没有写入权限</source>
        <translation>the file or folder is read-only or may not be written</translation>
    </message>
    <message>
        <source>无法打开文件（文件夹只读/没有写入权限，或文件夹不存在）</source>
        <translation>cannot open the file (the folder is read-only, may not be written, or does not exist)</translation>
    </message>
    <message>
        <source>磁盘读写出错（%1）</source>
        <translation>disk input/output error (%1)</translation>
    </message>
    <message>
        <source>数据库正被其他程序占用</source>
        <translation>the database is busy in another program</translation>
    </message>
    <message>
        <source>磁盘空间不足，无法写入数据库 %1；已保存的数据没有改变。请腾出磁盘空间后重试。</source>
        <translation>The disk is full: cannot write the database %1; the saved data did not change. Free some disk space and try again.</translation>
    </message>
    <message>
        <source>数据库 %1 或其所在文件夹只读/没有写入权限；已保存的数据没有改变。请检查文件和文件夹的权限。</source>
        <translation>The database %1 or its folder is read-only or may not be written; the saved data did not change. Please check the permissions of the file and folder.</translation>
    </message>
    <message>
        <source>无法打开数据库 %1：文件夹只读/没有写入权限，或文件夹不存在（%2）。</source>
        <translation>Cannot open the database %1: the folder is read-only, may not be written, or does not exist (%2).</translation>
    </message>
    <message>
        <source>读写数据库 %1 时磁盘出错（%2）。文件本身未必损坏：请检查磁盘或网络驱动器后重试。</source>
        <translation>A disk error occurred reading or writing the database %1 (%2). The file itself is not necessarily damaged: check the disk or network drive and try again.</translation>
    </message>
    <message>
        <source>数据库 %1 正被其他程序占用，请稍后重试（%2）。</source>
        <translation>The database %1 is busy in another program; please try again later (%2).</translation>
    </message>
    <message>
        <source>数据库 %1 已损坏（%2），未做任何修改。请从备份恢复。</source>
        <translation>The database %1 is damaged (%2); nothing was changed. Please restore from a backup.</translation>
    </message>
    <message>
        <source>无法使用数据库 %1：%2</source>
        <translation>Cannot use the database %1: %2</translation>
    </message>
</context>
<context>
    <name>SubmissionRepository</name>
    <message>
        <source>无法保存报送登记：%1</source>
        <translation>Cannot save the submission record: %1</translation>
    </message>
    <message>
        <source>报送登记不完整：缺少专项整治、报送单位或月份。</source>
        <translation>Incomplete submission record: campaign, unit or month missing.</translation>
    </message>
    <message>
        <source>请填写报送日期。</source>
        <translation>Please enter the submission date.</translation>
    </message>
    <message>
        <source>附件“%1”有 %2 MB，超过 %3 MB 的上限。</source>
        <translation>The attachment &quot;%1&quot; is %2 MB, over the %3 MB limit.</translation>
    </message>
    <message>
        <source>附件缺少文件名。</source>
        <translation>The attachment has no file name.</translation>
    </message>
    <message>
        <source>无法撤销报送登记：%1</source>
        <translation>Cannot withdraw the submission record: %1</translation>
    </message>
    <message>
        <source>报送记录</source>
        <translation>the filing records</translation>
    </message>
</context>
<context>
    <name>SubmissionState</name>
    <message>
        <source>按时报送</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>逾期补报</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>未报送</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <source>逾期未报</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>SubmissionTracker</name>
    <message>
        <source>数据库中还没有专项整治。</source>
        <translation>There is no campaign in the database yet.</translation>
    </message>
    <message>
        <source>找不到编号为 %1 的专项整治。</source>
        <translation>No campaign with number %1.</translation>
    </message>
</context>
<context>
    <name>SummaryChartDrawing</name>
    <message>
        <source>工作总结的图表需要图形应用对象（QApplication）才能画出。</source>
        <translation>The work summary&apos;s charts need a graphical application object (QApplication) to be drawn.</translation>
    </message>
    <message>
        <source>工作总结的图表“%1”没有画出来。</source>
        <translation>The work summary&apos;s chart “%1” could not be drawn.</translation>
    </message>
</context>
<context>
    <name>SummaryDocument</name>
    <message>
        <source>工作总结的句子“%1”中的“{%2}”不是可用的数字或名称。</source>
        <translation>In the work summary sentence “%1”, “{%2}” is not an available figure or name.</translation>
    </message>
    <message>
        <source>工作总结的句子模板为空或无法读取。</source>
        <translation>The work summary sentences are empty or cannot be read.</translation>
    </message>
    <message>
        <source>工作总结的图表“%1”不可用；可选：%2。</source>
        <translation>The work summary has no chart “%1”; the charts are: %2.</translation>
    </message>
    <message>
        <source>图%1</source>
        <translation>Figure %1</translation>
    </message>
    <message>
        <source>键“%1”应为一段文字。</source>
        <translation>The key “%1” must be a text.</translation>
    </message>
    <message>
        <source>键“%1”中的“{%2}”不是工作总结可用的数字或名称；可用：%3。</source>
        <translation>“{%2}” in the key “%1” is no figure or name a work summary can use; available: %3.</translation>
    </message>
    <message>
        <source>键“%1.county”应为 true（只用于全县）或 false（只用于机构）。</source>
        <translation>The key “%1.county” must be true (county only) or false (institutions only).</translation>
    </message>
    <message>
        <source>键“sections”应为各部分的列表（[ … ]），至少一部分。</source>
        <translation>The key “sections” must be a list of sections ([ … ]) with at least one.</translation>
    </message>
    <message>
        <source>键“%1”应为一个部分（{ &quot;heading&quot;: …, &quot;paragraphs&quot;: […] }）。</source>
        <translation>The key “%1” must be a section ({ &quot;heading&quot;: …, &quot;paragraphs&quot;: […] }).</translation>
    </message>
    <message>
        <source>键“%1.paragraphs”应为段落的列表（[ … ]）。</source>
        <translation>The key “%1.paragraphs” must be a list of paragraphs ([ … ]).</translation>
    </message>
    <message>
        <source>键“%1”应为一段的句子列表（[ … ]）或小标题（{ &quot;heading&quot;: … }）。</source>
        <translation>The key “%1” must be a paragraph&apos;s list of sentences ([ … ]) or a subheading ({ &quot;heading&quot;: … }).</translation>
    </message>
    <message>
        <source>键“%1”应为一个句子（{ &quot;text&quot;: … }）。</source>
        <translation>The key “%1” must be a sentence ({ &quot;text&quot;: … }).</translation>
    </message>
    <message>
        <source>键“%1.when”的“%2”不是工作总结的数字；可用：%3。</source>
        <translation>“%2” in the key “%1.when” is no figure of the work summary; available: %3.</translation>
    </message>
    <message>
        <source>键“%1.whenList”的“%2”不是工作总结的名单；可用：%3。</source>
        <translation>“%2” in the key “%1.whenList” is no list of the work summary; available: %3.</translation>
    </message>
    <message>
        <source>键“%1.chart”：%2</source>
        <translation>The key “%1.chart”: %2</translation>
    </message>
</context>
<context>
    <name>SummaryFigures</name>
    <message>
        <source>请指定总结截至的月份。</source>
        <translation>Please give the month the summary runs up to.</translation>
    </message>
    <message>
        <source>%1不在专项整治“%2”的月份（%3至%4）内，无法总结。</source>
        <translation>%1 is outside the months of the campaign “%2” (%3 to %4): no summary can be drafted for it.</translation>
    </message>
    <message>
        <source>名册中没有这家机构（编号 %1），它可能已被删除。</source>
        <translation>The registry has no such institution (number %1); it may have been deleted.</translation>
    </message>
</context>
<context>
    <name>SummaryPainter</name>
    <message>
        <source>无法开始打印工作总结。</source>
        <translation>Cannot start printing the work summary.</translation>
    </message>
    <message>
        <source>工作总结的插图“%1”不是有效的 PNG 图片。</source>
        <translation>The work summary&apos;s figure “%1” is not a valid PNG image.</translation>
    </message>
</context>
<context>
    <name>SupplierInterview</name>
    <message>
        <source>请选择约谈的机构。</source>
        <translation>Please choose the institution that held the interview.</translation>
    </message>
    <message>
        <source>供应商名称不能为空。</source>
        <translation>The supplier name must not be empty.</translation>
    </message>
    <message>
        <source>请填写约谈日期。</source>
        <translation>Please enter the interview date.</translation>
    </message>
</context>
<context>
    <name>SupplierRepository</name>
    <message>
        <source>约谈记录</source>
        <translation>supplier interview</translation>
    </message>
    <message>
        <source>供应商“%1”已于 %2 列入负面名单。</source>
        <translation>The supplier &quot;%1&quot; was put on the negative list on %2.</translation>
    </message>
    <message>
        <source>负面名单记录</source>
        <translation>negative list entry</translation>
    </message>
    <message>
        <source>约谈供应商记录</source>
        <translation>the supplier interview records</translation>
    </message>
    <message>
        <source>负面名单</source>
        <translation>the negative list</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>内容有 %1 个字，超过了 %2 个字的上限，未导入；请精简后再导入</source>
        <translation>the text has %1 characters, over the limit of %2, and was not imported; shorten it and import again</translation>
    </message>
</context>
<context>
    <name>Tipoff</name>
    <message>
        <source>请填写受理日期。</source>
        <translation>Please enter the date received.</translation>
    </message>
    <message>
        <source>反映问题摘要不能为空。</source>
        <translation>The summary of the report must not be empty.</translation>
    </message>
    <message>
        <source>反映问题摘要过长（最多2000字）。</source>
        <translation>The summary of the report is too long (at most 2000 characters).</translation>
    </message>
    <message>
        <source>已办结的线索须写明核查结论（属实、部分属实或不属实）。</source>
        <translation>A concluded tip-off needs a verification conclusion (true, partly true or untrue).</translation>
    </message>
    <message>
        <source>已办结的线索须写明处理结果。</source>
        <translation>A concluded tip-off needs an outcome.</translation>
    </message>
    <message>
        <source>线索的状态与其办理步骤不一致。</source>
        <translation>The tip-off&apos;s state does not match its handling steps.</translation>
    </message>
    <message>
        <source>“%1”的日期（%2）早于受理日期（%3）。</source>
        <translation>The date of &quot;%1&quot; (%2) is earlier than the date received (%3).</translation>
    </message>
</context>
<context>
    <name>TipoffReporter</name>
    <message>
        <source>匿名举报不应填写举报人姓名或联系方式。</source>
        <translation>An anonymous tip-off should not have the reporter&apos;s name or contact details.</translation>
    </message>
    <message>
        <source>举报人姓名过长（最多100字）。</source>
        <translation>The reporter&apos;s name is too long (at most 100 characters).</translation>
    </message>
    <message>
        <source>联系方式过长（最多200字）。</source>
        <translation>The contact details are too long (at most 200 characters).</translation>
    </message>
</context>
<context>
    <name>TipoffRepository</name>
    <message>
        <source>线索已销号，不能再修改。</source>
        <translation>The tip-off is closed and can no longer be changed.</translation>
    </message>
    <message>
        <source>线索</source>
        <translation>tip-off</translation>
    </message>
    <message>
        <source>找不到该线索（可能已被删除）。</source>
        <translation>The tip-off cannot be found (it may have been deleted).</translation>
    </message>
    <message>
        <source>无法保存线索的状态：%1</source>
        <translation>Cannot save the tip-off&apos;s state: %1</translation>
    </message>
    <message>
        <source>线索已销号，不能删除。</source>
        <translation>The tip-off is closed and cannot be deleted.</translation>
    </message>
    <message>
        <source>无法保存举报人信息：%1</source>
        <translation>Cannot save the reporter&apos;s details: %1</translation>
    </message>
    <message>
        <source>线索台账</source>
        <translation>the tip-off ledger</translation>
    </message>
</context>
<context>
    <name>TipoffWorkflow</name>
    <message>
        <source>重新核查</source>
        <translation>Verify again</translation>
    </message>
    <message>
        <source>开始核查</source>
        <translation>Start verification</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Concluded</translation>
    </message>
    <message>
        <source>销号</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>线索已销号，不能再改为“%1”。</source>
        <translation>The tip-off is closed and cannot be changed to &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>线索处于“%1”，须先办结才能销号。</source>
        <translation>The tip-off is &quot;%1&quot;: it must be concluded before it can be closed.</translation>
    </message>
    <message>
        <source>不能从“%1”改为“%2”。</source>
        <translation>Cannot change from &quot;%1&quot; to &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>请填写“%1”的日期。</source>
        <translation>Please enter the date of &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>日期 %1 早于受理日期 %2。</source>
        <translation>The date %1 is earlier than the date received %2.</translation>
    </message>
    <message>
        <source>日期 %1 早于上一步（%2，%3）。</source>
        <translation>The date %1 is earlier than the previous step (%2, %3).</translation>
    </message>
    <message>
        <source>日期 %1 晚于今天。</source>
        <translation>The date %1 is later than today.</translation>
    </message>
    <message>
        <source>销号须写明审核人。</source>
        <translation>Closing needs a reviewer.</translation>
    </message>
    <message>
        <source>请写明经办人。</source>
        <translation>Please name the person handling it.</translation>
    </message>
    <message>
        <source>办结前须填写核查结论（属实、部分属实或不属实）。</source>
        <translation>Before concluding, fill in the verification conclusion (true, partly true or untrue).</translation>
    </message>
    <message>
        <source>办结前须填写处理结果。</source>
        <translation>Before concluding, fill in the outcome.</translation>
    </message>
    <message>
        <source>重新核查须写明原因。</source>
        <translation>Verifying again needs a reason.</translation>
    </message>
</context>
<context>
    <name>WordingFiles</name>
    <message>
        <source>键“%1”不是邮件措辞的种类；可用：reminder（催报）、receipt（回执）。</source>
        <translation>The key “%1” is no kind of mail wording; available: reminder, receipt.</translation>
    </message>
    <message>
        <source>键“%1”应为一组措辞（{ … }）。</source>
        <translation>The key “%1” must be a set of wordings ({ … }).</translation>
    </message>
    <message>
        <source>键“%1”不是邮件的措辞；可用：%2。</source>
        <translation>The key “%1” is no wording of the mail; available: %2.</translation>
    </message>
    <message>
        <source>键“%1”应为一段文字。</source>
        <translation>The key “%1” must be a text.</translation>
    </message>
    <message>
        <source>键“%1”中的“{%2}”不是这段文字可用的名称；可用：%3。</source>
        <translation>“{%2}” in the key “%1” is no name this text can use; available: %3.</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>措辞文件 %1 有误，未采用：%2</source>
        <translation>The wording file %1 is wrong and was not used: %2</translation>
    </message>
    <message>
        <source>措辞文件 %1 无法读取：%2</source>
        <translation>The wording file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>措辞文件 %1 不是有效的 JSON（第%2行第%3列：%4），未采用。</source>
        <translation>The wording file %1 is not valid JSON (line %2, column %3: %4) and was not used.</translation>
    </message>
    <message>
        <source>措辞文件 %1 应为一个 JSON 对象（{ … }），未采用。</source>
        <translation>The wording file %1 must be one JSON object ({ … }) and was not used.</translation>
    </message>
    <message>
        <source>键“%1”含有控制字符或改变文字方向的字符（如 U+202E）：请删去。</source>
        <translation>The key “%1” holds a control character or one that changes the direction of the text (such as U+202E): remove it.</translation>
    </message>
</context>
<context>
    <name>WorkPlan</name>
    <message>
        <source>工作方案的“preamble”应为文字或文字列表。</source>
        <translation>The work plan&apos;s &quot;preamble&quot; must be text or a list of texts.</translation>
    </message>
    <message>
        <source>工作方案的“attachments”应为文字或文字列表。</source>
        <translation>The work plan&apos;s &quot;attachments&quot; must be text or a list of texts.</translation>
    </message>
    <message>
        <source>工作方案的“sections”应为列表。</source>
        <translation>The work plan&apos;s &quot;sections&quot; must be a list.</translation>
    </message>
    <message>
        <source>工作方案第%1部分</source>
        <translation>Part %1 of the work plan</translation>
    </message>
    <message>
        <source>%1：类型“%2”无效（可用 items、leadership、steps、requirements）。</source>
        <translation>%1: the kind &quot;%2&quot; is invalid (use items, leadership, steps or requirements).</translation>
    </message>
    <message>
        <source>%1缺少标题（heading）。</source>
        <translation>%1 has no heading.</translation>
    </message>
    <message>
        <source>%1的“paragraphs”应为文字或文字列表。</source>
        <translation>The &quot;paragraphs&quot; of %1 must be text or a list of texts.</translation>
    </message>
    <message>
        <source>%1：领导小组第%2位成员缺少姓名。</source>
        <translation>%1: member %2 of the leading group has no name.</translation>
    </message>
    <message>
        <source>%1：第（%2）项是空的。</source>
        <translation>%1: item (%2) is empty.</translation>
    </message>
    <message>
        <source>%1的“closing”应为文字或文字列表。</source>
        <translation>The &quot;closing&quot; of %1 must be text or a list of texts.</translation>
    </message>
    <message>
        <source>工作方案中“%1”含有控制字符（第%2个字符，U+%3），请删除。</source>
        <translation>&quot;%1&quot; in the work plan contains a control character (character %2, U+%3); please delete it.</translation>
    </message>
</context>
<context>
    <name>WorkPlanActions</name>
    <message>
        <source>请先保存专项整治，再保存它的工作方案。</source>
        <translation>Save the campaign first, then its work plan.</translation>
    </message>
</context>
<context>
    <name>WorkPlanRepository</name>
    <message>
        <source>无法读取工作方案：%1</source>
        <translation>Cannot read the work plan: %1</translation>
    </message>
    <message>
        <source>专项整治 %1 存储的工作方案无法读取：%2</source>
        <translation>The stored work plan of campaign %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>专项整治 %1 存储的工作方案有误：%2</source>
        <translation>The stored work plan of campaign %1 is wrong: %2</translation>
    </message>
    <message>
        <source>无法保存工作方案：%1</source>
        <translation>Cannot save the work plan: %1</translation>
    </message>
</context>
<context>
    <name>WorkbookImport</name>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>有变化</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>无变化</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>有错误</source>
        <translation>Has errors</translation>
    </message>
    <message>
        <source>%1 工作表“%2”：标注为附件%3，标题却是附件%4的，无法确定是哪张表。</source>
        <translation>%1 sheet &quot;%2&quot;: marked as Annex %3 but titled as Annex %4; cannot tell which form it is.</translation>
    </message>
    <message>
        <source>%1 工作表“%2”：这是附件%3，由卫生健康局汇总填写，不是机构填报的附件1或附件3。</source>
        <translation>%1 sheet &quot;%2&quot;: this is Annex %3, compiled by the Health Bureau, not Annex 1 or Annex 3 filled in by an institution.</translation>
    </message>
    <message>
        <source>%1 工作表“%2”：这是附件%3，不是机构填报的附件1或附件3。</source>
        <translation>%1 sheet &quot;%2&quot;: this is Annex %3, not Annex 1 or Annex 3 filled in by an institution.</translation>
    </message>
    <message>
        <source>%1 工作表“%2”：文件中已有一张附件%3，不能重复。</source>
        <translation>%1 sheet &quot;%2&quot;: the file already contains an Annex %3; it cannot appear twice.</translation>
    </message>
    <message>
        <source>%1：不是附件1或附件3的报表（各工作表中都没有“附件1”“附件3”字样或统计表标题）。</source>
        <translation>%1: not an Annex 1 or Annex 3 report (no sheet contains &quot;附件1&quot;, &quot;附件3&quot; or a statistical table title).</translation>
    </message>
    <message>
        <source>%1 工作表“%2”</source>
        <translation>%1 sheet &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1：找不到“%2”单元格，无法确定月份（请用本软件生成的空白报表填写）。</source>
        <translation>%1: cannot find the &quot;%2&quot; cell, so the month is unknown (please fill in a blank report generated by this program).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1：“%2”不是有效的月份。</source>
        <translation>%1: &quot;%2&quot; is not a valid month.</translation>
    </message>
    <message>
        <source>%1：月份%2与同一文件中的%3不同。</source>
        <translation>%1: month %2 differs from %3 elsewhere in the same file.</translation>
    </message>
    <message>
        <source>%1：找不到“填报单位”，无法确定是哪个机构的报表。</source>
        <translation>%1: cannot find &quot;填报单位&quot; (reporting unit), so the institution is unknown.</translation>
    </message>
    <message>
        <source>%1：机构名册中没有“%2”。</source>
        <translation>%1: &quot;%2&quot; is not in Institutions.</translation>
    </message>
    <message>
        <source>%1：填报单位“%2”与同一文件中的“%3”不同。</source>
        <translation>%1: reporting unit &quot;%2&quot; differs from &quot;%3&quot; elsewhere in the same file.</translation>
    </message>
    <message>
        <source>%1：%2不在本专项整治的报送月份（%3至%4）内。</source>
        <translation>%1: %2 is outside this campaign&apos;s reporting months (%3 to %4).</translation>
    </message>
    <message>
        <source>%1：“%2”在%3不需报送%4（停用、未开业或不是医疗机构）。</source>
        <translation>%1: &quot;%2&quot; does not have to report %4 for %3 (inactive, not yet open, or not a medical institution).</translation>
    </message>
    <message>
        <source>%1：找不到表头下的栏号行（%2），表格结构已被改动。</source>
        <translation>%1: the column-number row below the header (%2) is missing; the table structure has been changed.</translation>
    </message>
    <message>
        <source>%1 %2（第%3栏 %4）</source>
        <translation>%1 %2 (column %3 %4)</translation>
    </message>
    <message>
        <source>%1：公式的结果是错误值 %2。</source>
        <translation>%1: the formula evaluates to the error value %2.</translation>
    </message>
    <message>
        <source>%1：“%2”不是数字。</source>
        <translation>%1: &quot;%2&quot; is not a number.</translation>
    </message>
    <message>
        <source>%1 %2（第%3栏）</source>
        <translation>%1 %2 (column %3)</translation>
    </message>
    <message>
        <source>%1 第%2行</source>
        <translation>%1 row %2</translation>
    </message>
    <message>
        <source>%1：%2 %3的%4已在 %5 中，同一张表不能导入两次。</source>
        <translation>%1: %4 of %2 for %3 is already in %5; the same form cannot be imported twice.</translation>
    </message>
    <message>
        <source>%1 有错误，未导入。</source>
        <translation>%1 has errors and was not imported.</translation>
    </message>
    <message>
        <source>%1：所有填报栏都是空的，不是一份报表，未导入任何数据；已存的数据不变。</source>
        <translation>%1: every figure cell is blank; this is not a report, nothing was imported and the stored data is unchanged.</translation>
    </message>
    <message>
        <source>%1 没有这一栏</source>
        <translation>%1 lacks this column</translation>
    </message>
    <message>
        <source>%1 %2 为空</source>
        <translation>%1 %2 is blank</translation>
    </message>
    <message>
        <source>%1 %2（第%3栏）：%4。</source>
        <translation>%1 %2 (column %3): %4.</translation>
    </message>
    <message>
        <source>%1 第%2行：“%3”的填报栏全部为空，不是一份报表，%4未导入，已存的数据不变。</source>
        <translation>%1 row %2: every figure cell of “%3” is blank; this is not a report, %4 was not imported and the stored data is unchanged.</translation>
    </message>
    <message>
        <source>%1 第%2行第%3栏</source>
        <translation>%1 row %2 column %3</translation>
    </message>
    <message>
        <source>%1：公式没有计算结果，请在 Excel/WPS 中打开并保存后再导入。</source>
        <translation>%1: the formula has no computed result; open and save the file in Excel/WPS, then import it again.</translation>
    </message>
    <message>
        <source>%1：将已存的%2累计数%3改为%4（减少），请确认这是更正。</source>
        <translation>%1: changes the stored cumulative figure of %2 from %3 to %4 (lower); please make sure this is a correction.</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1：收到日期 %2 早于专项整治开始的日期 %3。</source>
        <translation>%1: the receipt date %2 is before the campaign began (%3).</translation>
    </message>
    <message>
        <source>%1：收到日期 %2 早于所报月份%3的第一天。</source>
        <translation>%1: the receipt date %2 is before the first day of the reported month, %3.</translation>
    </message>
    <message>
        <source>正在检查 %1（%2/%3）</source>
        <translation>Checking %1 (%2/%3)</translation>
    </message>
    <message>
        <source>%1：无法读取已存的数据，未检查也未导入：%2</source>
        <translation>%1: the stored data cannot be read, so the file was neither checked nor imported: %2</translation>
    </message>
</context>
<context>
    <name>XlsxFormSheet</name>
    <message>
        <source>工作表“%1”%2 单元格写入失败：%3</source>
        <translation>Writing cell %2 of sheet &quot;%1&quot; failed: %3</translation>
    </message>
    <message>
        <source>请填写不小于 0 的整数。</source>
        <translation>Please enter a whole number not less than 0.</translation>
    </message>
    <message>
        <source>请填写不小于 0 的金额（万元）。</source>
        <translation>Please enter an amount not less than 0 (in 10,000 yuan).</translation>
    </message>
    <message>
        <source>工作表“%1”%2 单元格的数字 %3 不是有效数字，未导出：请检查该单位这个月的报表</source>
        <translation>Sheet “%1”, cell %2: %3 is not a valid number; nothing was exported. Check that unit&apos;s report for the month</translation>
    </message>
    <message>
        <source>&amp;C第 &amp;P 页</source>
        <translation>&amp;CPage &amp;P</translation>
    </message>
</context>
<context>
    <name>XlsxFormWriter</name>
    <message>
        <source>没有要导出的表格，未写入 %1。</source>
        <translation>There are no tables to export; %1 was not written.</translation>
    </message>
    <message>
        <source>表格缺少格式描述，未写入 %1。</source>
        <translation>The table has no format description; %1 was not written.</translation>
    </message>
    <message>
        <source>%1：工作表名“%2”不可用（%3）。</source>
        <translation>%1: the sheet name &quot;%2&quot; cannot be used (%3).</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 过大（超过 %2 MiB），不是可导入的工作簿。</source>
        <translation>%1 is too large (over %2 MiB) to be an importable workbook.</translation>
    </message>
    <message>
        <source>%1 已损坏：%2。</source>
        <translation>%1 is damaged: %2.</translation>
    </message>
    <message>
        <source>%1 含有 DTD 声明，工作簿中不应出现</source>
        <translation>%1 contains a DTD declaration, which does not belong in a workbook</translation>
    </message>
    <message>
        <source>%1 第 %2 行第 %3 列的 XML 格式错误（%4）</source>
        <translation>XML error in %1 at line %2, column %3 (%4)</translation>
    </message>
    <message>
        <source>%1 的单元格和文字过多（超过 %2 个），拒绝读取：文件可能已损坏。</source>
        <translation>%1 has too many cells and strings (over %2); refusing to read it: the file may be damaged.</translation>
    </message>
    <message>
        <source>%1 是加密或旧版 .xls 格式的工作簿，无法读取：请在 Excel 或 WPS 中取消密码保护，并另存为 Excel 工作簿（.xlsx）后重试。</source>
        <translation>%1 is an encrypted or old-style .xls workbook and cannot be read: remove the password protection in Excel or WPS, save it as an Excel workbook (.xlsx) and try again.</translation>
    </message>
    <message>
        <source>%1 是空文件，不是 .xlsx 工作簿。</source>
        <translation>%1 is an empty file, not an .xlsx workbook.</translation>
    </message>
    <message>
        <source>缺少工作表“%1”的内容（%2）</source>
        <translation>The contents of sheet &quot;%1&quot; are missing (%2)</translation>
    </message>
    <message>
        <source>%1 不是 Excel 工作簿：%2 不是工作簿的内容。</source>
        <translation>%1 is not an Excel workbook: %2 is not workbook content.</translation>
    </message>
    <message>
        <source>%1 中没有列出任何工作表</source>
        <translation>%1 lists no sheets</translation>
    </message>
    <message>
        <source>%1 是 Excel 二进制工作簿（.xlsb），请另存为 Excel 工作簿（.xlsx）后重试。</source>
        <translation>%1 is an Excel binary workbook (.xlsb); save it as an Excel workbook (.xlsx) and try again.</translation>
    </message>
    <message>
        <source>%1 是 OpenDocument 表格（.ods），不是 .xlsx 工作簿：请在 WPS、Excel 或 LibreOffice 中另存为 Excel 工作簿（.xlsx）后重试。</source>
        <translation>%1 is an OpenDocument spreadsheet (.ods), not an .xlsx workbook: save it as an Excel workbook (.xlsx) in WPS, Excel or LibreOffice and try again.</translation>
    </message>
    <message>
        <source>%1 不是 Excel 工作簿：缺少 xl/workbook.xml。</source>
        <translation>%1 is not an Excel workbook: xl/workbook.xml is missing.</translation>
    </message>
    <message>
        <source>缺少 %1</source>
        <translation>%1 is missing</translation>
    </message>
    <message>
        <source>工作表“%1”</source>
        <translation>sheet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 的行号“%2”无效或超出 Excel 的范围</source>
        <translation>The row number &quot;%2&quot; in %1 is invalid or beyond Excel&apos;s range</translation>
    </message>
    <message>
        <source>%1 第 %2 行的单元格超出 Excel 的列范围</source>
        <translation>A cell in row %2 of %1 is beyond Excel&apos;s column range</translation>
    </message>
    <message>
        <source>%1 的单元格地址“%2”无效或超出 Excel 的范围</source>
        <translation>The cell address &quot;%2&quot; in %1 is invalid or beyond Excel&apos;s range</translation>
    </message>
    <message>
        <source>%1 单元格 %2</source>
        <translation>%1 cell %2</translation>
    </message>
    <message>
        <source>%1 的合并区域“%2”无效</source>
        <translation>The merged range &quot;%2&quot; in %1 is invalid</translation>
    </message>
    <message>
        <source>%1 的%2合并单元格过多（超过 %3 个），拒绝读取：文件可能已损坏。</source>
        <translation>%1 has too many merged cells%2 (over %3); refusing to read it: the file may be damaged.</translation>
    </message>
    <message>
        <source>%1 引用了不存在的共享字符串 %2</source>
        <translation>%1 refers to shared string %2, which does not exist</translation>
    </message>
    <message>
        <source>%1 的逻辑值“%2”无效</source>
        <translation>Invalid boolean &quot;%2&quot; in %1</translation>
    </message>
    <message>
        <source>%1 的数值“%2”无效</source>
        <translation>Invalid number &quot;%2&quot; in %1</translation>
    </message>
    <message>
        <source>%1 的合并区域“%2”与“%3”重叠</source>
        <translation>the merged range “%2” of %1 overlaps “%3”</translation>
    </message>
    <message>
        <source>%1 的第 %2 行出现了两次</source>
        <translation>%1: row %2 is given twice</translation>
    </message>
    <message>
        <source>%1 的单元格 %2 出现了两次</source>
        <translation>%1: cell %2 is given twice</translation>
    </message>
</context>
<context>
    <name>XlsxTarget</name>
    <message>
        <source>文件夹 %1 不存在，未写入 %2。</source>
        <translation>Folder %1 does not exist; %2 was not written.</translation>
    </message>
    <message>
        <source>无法生成 Excel 文件 %1（内存不足或临时文件不可写）。</source>
        <translation>Cannot generate Excel file %1 (out of memory or temporary files not writable).</translation>
    </message>
    <message>
        <source>无法生成 Excel 文件 %1。</source>
        <translation>Cannot generate Excel file %1.</translation>
    </message>
    <message>
        <source>未写入 %1。</source>
        <translation>%1 was not written.</translation>
    </message>
    <message>
        <source>无法生成 Excel 文件 %1：%2</source>
        <translation>Cannot generate Excel file %1: %2</translation>
    </message>
</context>
<context>
    <name>XlsxWriteError</name>
    <message>
        <source>Excel 文件生成失败（%1）</source>
        <translation>The Excel file could not be produced (%1)</translation>
    </message>
</context>
<context>
    <name>YearMonth</name>
    <message>
        <source>yyyy年M月</source>
        <comment>date format of a month</comment>
        <translation>MMM yyyy</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>%1 不是 .xlsx 工作簿：文件不是 ZIP 格式或已损坏。</source>
        <translation>%1 is not an .xlsx workbook: the file is not a ZIP archive or is damaged.</translation>
    </message>
    <message>
        <source>%1 已损坏：ZIP 目录无法读取。</source>
        <translation>%1 is damaged: the ZIP directory cannot be read.</translation>
    </message>
    <message>
        <source>%1 包含的文件过多（超过 %2 个），拒绝读取。</source>
        <translation>%1 contains too many files (over %2); refusing to read it.</translation>
    </message>
    <message>
        <source>%1 缺少 %2。</source>
        <translation>%2 is missing from %1.</translation>
    </message>
    <message>
        <source>%1 已损坏：无法解压其中的 %2。</source>
        <translation>%1 is damaged: %2 inside it cannot be decompressed.</translation>
    </message>
    <message>
        <source>%1 中的 %2 解压后过大（超过 %3 MiB），拒绝读取：文件可能已损坏。</source>
        <translation>%2 in %1 is too large when decompressed (over %3 MiB); refusing to read it: the file may be damaged.</translation>
    </message>
    <message>
        <source>%1 中的 %2 设有密码，无法读取：请取消密码保护并另存为 .xlsx 后重试。</source>
        <translation>%2 in %1 is password-protected and cannot be read: remove the password protection, save as .xlsx and try again.</translation>
    </message>
    <message>
        <source>%1 已损坏：其中有两个同名的部件“%2”和“%3”（名称只差大小写或斜杠），无法确定该读哪一个。</source>
        <translation>%1 is damaged: it holds two parts of the same name, “%2” and “%3” (the names differ only in case or slashes), and which one to read cannot be told.</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>无法写入压缩包成员“%1”：压缩包已结束或出错。</source>
        <translation>Cannot write the archive member “%1”: the archive is finished or failed.</translation>
    </message>
    <message>
        <source>压缩包中已有成员“%1”。</source>
        <translation>The archive already has a member “%1”.</translation>
    </message>
    <message>
        <source>无法把“%1”写入压缩包（错误 %2）。</source>
        <translation>Cannot write “%1” into the archive (error %2).</translation>
    </message>
    <message>
        <source>压缩包出错，未能生成。</source>
        <translation>The archive failed and was not created.</translation>
    </message>
    <message>
        <source>无法结束压缩包（错误 %1）。</source>
        <translation>Cannot finish the archive (error %1).</translation>
    </message>
</context>
<context>
    <name>qf::AnalysisSignals</name>
    <message>
        <source>%1检查发现问题（%2）</source>
        <translation>the inspection of %1 found problems (%2)</translation>
    </message>
    <message>
        <source>线索%1（%2受理）经核查%3</source>
        <translation>tip-off %1 (received %2) was verified as %3</translation>
    </message>
    <message>
        <source>问题%1（%2）</source>
        <translation>problem %1 (%2)</translation>
    </message>
    <message>
        <source>%1：%2发现、%3整改</source>
        <translation>%1: found %2, rectified %3</translation>
    </message>
</context>
<context>
    <name>qf::Ledgers</name>
    <message>
        <source>诫勉谈话</source>
        <translation>Admonishment talk</translation>
    </message>
    <message>
        <source>通报批评</source>
        <translation>Public criticism</translation>
    </message>
    <message>
        <source>第一种形态其他</source>
        <translation>Other first-form measure</translation>
    </message>
    <message>
        <source>检查监察建议书</source>
        <translation>Inspection or supervision recommendation</translation>
    </message>
    <message>
        <source>民主（组织）生活会</source>
        <translation>Democratic (organisational) life meeting</translation>
    </message>
    <message>
        <source>警示教育活动</source>
        <translation>Warning education activity</translation>
    </message>
    <message>
        <source>建立完善制度</source>
        <translation>System established or improved</translation>
    </message>
    <message>
        <source>解决群众实际问题</source>
        <translation>Practical problem of the public solved</translation>
    </message>
    <message>
        <source>培训班</source>
        <translation>Training course</translation>
    </message>
    <message>
        <source>编制警示教育案例</source>
        <translation>Warning education case compiled</translation>
    </message>
    <message>
        <source>主动交待问题</source>
        <translation>Voluntary confession</translation>
    </message>
    <message>
        <source>收受回扣案件</source>
        <translation>Kickback case</translation>
    </message>
    <message>
        <source>收受红包礼金案件</source>
        <translation>Red envelope or gift case</translation>
    </message>
    <message>
        <source>明察暗访</source>
        <translation>Open and covert visits</translation>
    </message>
    <message>
        <source>飞行检查</source>
        <translation>Unannounced inspection</translation>
    </message>
    <message>
        <source>突击检查</source>
        <translation>Surprise inspection</translation>
    </message>
    <message>
        <source>专项检查</source>
        <translation>Special inspection</translation>
    </message>
    <message>
        <source>日常检查</source>
        <translation>Routine inspection</translation>
    </message>
    <message>
        <source>问题清单中发现日期在月末之前的问题（自查和上级检查）</source>
        <translation>Problems in the problem list found before the month&apos;s end (self-inspection and higher-level inspection)</translation>
    </message>
    <message>
        <source>月末时处于“已整改”或“已销号”的问题</source>
        <translation>Problems that are &quot;已整改&quot; (rectified) or &quot;已销号&quot; (closed) at the month&apos;s end</translation>
    </message>
    <message>
        <source>诫勉谈话记录的涉及人数之和</source>
        <translation>Sum of persons involved in admonishment talk records</translation>
    </message>
    <message>
        <source>通报批评记录的涉及人数之和（本级印发的通报）</source>
        <translation>Sum of persons involved in public criticism records (notices issued at this level)</translation>
    </message>
    <message>
        <source>第一种形态其他措施记录的涉及人数之和</source>
        <translation>Sum of persons involved in records of other first-form measures</translation>
    </message>
    <message>
        <source>收到的检查、监察建议书份数</source>
        <translation>Number of inspection and supervision recommendations received</translation>
    </message>
    <message>
        <source>月末之前已执行完成并回复的建议书份数</source>
        <translation>Number of recommendations carried out and replied to before the month&apos;s end</translation>
    </message>
    <message>
        <source>召开民主（组织）生活会的次数</source>
        <translation>Number of democratic (organisational) life meetings held</translation>
    </message>
    <message>
        <source>开展警示教育活动的次数</source>
        <translation>Number of warning education activities held</translation>
    </message>
    <message>
        <source>建立完善的制度个数</source>
        <translation>Number of systems established or improved</translation>
    </message>
    <message>
        <source>解决群众实际问题的个数</source>
        <translation>Number of practical problems of the public solved</translation>
    </message>
    <message>
        <source>被检查过的医保定点机构家数（同一机构多次检查计1家）</source>
        <translation>Number of insurance-contracted institutions inspected (an institution inspected several times counts once)</translation>
    </message>
    <message>
        <source>受到第4至10栏任一处理的机构家数</source>
        <translation>Number of institutions given any measure of columns 4 to 10</translation>
    </message>
    <message>
        <source>被约谈的机构家数</source>
        <translation>Number of institutions interviewed</translation>
    </message>
    <message>
        <source>被通报批评的机构家数</source>
        <translation>Number of institutions publicly criticised</translation>
    </message>
    <message>
        <source>被责令限期整改的机构家数</source>
        <translation>Number of institutions ordered to rectify within a deadline</translation>
    </message>
    <message>
        <source>移交线索的条数之和</source>
        <translation>Sum of leads handed over</translation>
    </message>
    <message>
        <source>被追回资金的机构家数</source>
        <translation>Number of institutions from which funds were recovered</translation>
    </message>
    <message>
        <source>被行政罚款的机构家数</source>
        <translation>Number of institutions fined</translation>
    </message>
    <message>
        <source>受到其他处理的机构家数</source>
        <translation>Number of institutions given other measures</translation>
    </message>
    <message>
        <source>主动清退、追回基金和行政罚款金额之和（万元）</source>
        <translation>Sum of voluntarily refunded funds, recovered funds and administrative fines (10,000 yuan)</translation>
    </message>
    <message>
        <source>主动清退基金金额之和（万元）</source>
        <translation>Sum of voluntarily refunded funds (10,000 yuan)</translation>
    </message>
    <message>
        <source>追回基金金额之和（万元）</source>
        <translation>Sum of recovered funds (10,000 yuan)</translation>
    </message>
    <message>
        <source>行政罚款金额之和（万元）</source>
        <translation>Sum of administrative fines (10,000 yuan)</translation>
    </message>
    <message>
        <source>暂停执业人数之和</source>
        <translation>Sum of persons whose practice was suspended</translation>
    </message>
    <message>
        <source>吊销执业证书人数之和</source>
        <translation>Sum of persons whose practising certificate was revoked</translation>
    </message>
    <message>
        <source>移送司法机关人数之和</source>
        <translation>Sum of persons referred to judicial authorities</translation>
    </message>
    <message>
        <source>举办培训班的次数</source>
        <translation>Number of training courses held</translation>
    </message>
    <message>
        <source>培训班参训人数之和</source>
        <translation>Sum of trainees in training courses</translation>
    </message>
    <message>
        <source>编制的警示教育案例个数</source>
        <translation>Number of warning education cases compiled</translation>
    </message>
    <message>
        <source>涉及本机构、月末时已核查办结（含销号）的线索条数</source>
        <translation>Tip-offs concerning this institution verified and concluded (closed included) by the month&apos;s end</translation>
    </message>
    <message>
        <source>主动交待问题的人数之和</source>
        <translation>Sum of persons who voluntarily confessed</translation>
    </message>
    <message>
        <source>约谈供应商的家次</source>
        <translation>Supplier interviews (suppliers × times)</translation>
    </message>
    <message>
        <source>查处收受回扣案件的起数</source>
        <translation>Number of kickback cases investigated</translation>
    </message>
    <message>
        <source>收受回扣案件涉及人数之和</source>
        <translation>Sum of persons involved in kickback cases</translation>
    </message>
    <message>
        <source>收受回扣案件涉案金额之和（万元）</source>
        <translation>Sum of amounts involved in kickback cases (10,000 yuan)</translation>
    </message>
    <message>
        <source>查处收受红包礼金等案件的起数</source>
        <translation>Number of red envelope and gift cases investigated</translation>
    </message>
    <message>
        <source>红包礼金等案件涉及人数之和</source>
        <translation>Sum of persons involved in red envelope and gift cases</translation>
    </message>
    <message>
        <source>红包礼金等案件涉案金额之和（万元）</source>
        <translation>Sum of amounts involved in red envelope and gift cases (10,000 yuan)</translation>
    </message>
    <message>
        <source>问题清单</source>
        <translation>Problem list</translation>
    </message>
    <message>
        <source>线索台账</source>
        <translation>Tip-off ledger</translation>
    </message>
    <message>
        <source>监督检查</source>
        <translation>Supervisory inspections</translation>
    </message>
    <message>
        <source>以案促改与教育</source>
        <translation>Cases and education</translation>
    </message>
    <message>
        <source>约谈供应商</source>
        <translation>Supplier interviews</translation>
    </message>
    <message>
        <source>负面名单</source>
        <translation>Negative list</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>临近期限</source>
        <translation>Near deadline</translation>
    </message>
    <message>
        <source>按期推进</source>
        <translation>On schedule</translation>
    </message>
    <message>
        <source>自查</source>
        <translation>Self-inspection</translation>
    </message>
    <message>
        <source>上级检查</source>
        <translation>Higher-level inspection</translation>
    </message>
    <message>
        <source>发现</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>整改中</source>
        <translation>Being rectified</translation>
    </message>
    <message>
        <source>已整改</source>
        <translation>Rectified</translation>
    </message>
    <message>
        <source>已销号</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>来信</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>来访</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>网络</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>上级交办</source>
        <translation>Assigned from above</translation>
    </message>
    <message>
        <source>部门移送</source>
        <translation>Referred by a department</translation>
    </message>
    <message>
        <source>下级报送</source>
        <translation>Reported from below</translation>
    </message>
    <message>
        <source>巡视巡察移交</source>
        <translation>Handed over by inspection tours</translation>
    </message>
    <message>
        <source>纪律审查</source>
        <translation>Disciplinary review</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>核查中</source>
        <translation>Under verification</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Concluded</translation>
    </message>
    <message>
        <source>未核实</source>
        <translation>Not verified</translation>
    </message>
    <message>
        <source>属实</source>
        <translation>True</translation>
    </message>
    <message>
        <source>部分属实</source>
        <translation>Partly true</translation>
    </message>
    <message>
        <source>不属实</source>
        <translation>Untrue</translation>
    </message>
    <message>
        <source>%1第%2栏的台账计算方法“%3”不存在。</source>
        <translation>%1 column %2: the ledger measure “%3” does not exist.</translation>
    </message>
    <message>
        <source>%1第%2栏的台账计算方法“%3”已用于另一栏。</source>
        <translation>%1 column %2: the ledger measure “%3” already makes another column.</translation>
    </message>
</context>
<context>
    <name>qf::MailAccountActions</name>
    <message>
        <source>还没有专项整治，无法核对收报股室“%1”：请先新建专项整治，或不填收报股室。</source>
        <translation>There is no campaign yet to check the receiving office “%1” against: create a campaign first, or leave the receiving office blank.</translation>
    </message>
    <message>
        <source>专项整治“%1”没有设置股室，收报股室“%2”无从核对：请先在专项整治中添加股室，或不填收报股室。</source>
        <translation>The campaign “%1” has no offices, so the receiving office “%2” cannot be checked: add the offices to the campaign first, or leave the receiving office blank.</translation>
    </message>
    <message>
        <source>收报股室“%1”不是专项整治中的股室（%2）：催报按股室找发信邮箱，请选择其中之一，或不填。</source>
        <translation>The receiving office “%1” is not one of the campaign&apos;s offices (%2): reminders are sent from the mailbox of the office, so choose one of them, or leave it blank.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>邮箱“%1”的文件夹名称“%2”含有 %、* 或控制字符：请填写服务器上文件夹的确切名称。</source>
        <translation>The folder name “%2” of the mailbox “%1” contains %, * or a control character: enter the folder&apos;s exact name on the server.</translation>
    </message>
</context>
<context>
    <name>qf::charts::ChartView</name>
    <message>
        <source>无数据</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>%1 · %2：%3</source>
        <translation>%1 · %2: %3</translation>
    </message>
</context>
<context>
    <name>qf::cli</name>
    <message>
        <source>请用 --out 指定输出的 PDF 文件。</source>
        <translation>Please give the output PDF file with --out.</translation>
    </message>
    <message>
        <source>--kind 只能是“医疗机构”或“定点零售药店”。</source>
        <translation>--kind must be &quot;医疗机构&quot; (medical institution) or &quot;定点零售药店&quot; (contracted retail pharmacy).</translation>
    </message>
    <message>
        <source>以下机构举报渠道不全，已跳过：</source>
        <translation>These institutions have incomplete complaint channels and were skipped:</translation>
    </message>
    <message>
        <source>以下机构举报渠道不全，未生成任何公告：</source>
        <translation>These institutions have incomplete complaint channels; no notice was produced:</translation>
    </message>
    <message>
        <source>请在机构名册中补填，或加 --skip-incomplete 跳过这些机构。</source>
        <translation>Fill them in the institution register, or add --skip-incomplete to skip these institutions.</translation>
    </message>
    <message>
        <source>没有符合条件的机构，未生成公告。</source>
        <translation>No institution matches; no notice was produced.</translation>
    </message>
    <message>
        <source>已生成 %1 张公告（每家机构一页）：%2</source>
        <translation>Produced %1 notices (one page per institution): %2</translation>
    </message>
    <message>
        <source>已生成通知（共 %1 页）：%2</source>
        <translation>Produced the circular (%1 pages): %2</translation>
    </message>
    <message>
        <source>把专项整治工作公告（附件4）生成一个 PDF，每家机构一页</source>
        <translation>Produce the campaign notice (Annex 4) as one PDF, one page per institution</translation>
    </message>
    <message>
        <source>不指定机构时为全部在用机构；--township、--kind 进一步筛选；--institution 可重复，写全称或简称。
举报电话或举报邮箱为空的机构会被列出，并且不生成任何公告（退出码 1），
除非加 --skip-incomplete 跳过它们。落款日期默认为今天（专项整治期间外为通知日期）。
专项整治默认为最近新建的一个。</source>
        <translation>Without institutions, all active institutions are included; --township and --kind narrow the selection; --institution may be repeated, with the full or short name.
Institutions with an empty complaint phone or e-mail are listed and no notice is produced at all (exit code 1),
unless --skip-incomplete skips them. The signature date defaults to today (outside the campaign period, the circular&apos;s date).
The campaign defaults to the most recently created one.</translation>
    </message>
    <message>
        <source>必须给出 --form 1|2|3 和 --out 文件.pdf。</source>
        <translation>--form 1|2|3 and --out FILE.pdf are required.</translation>
    </message>
    <message>
        <source>必须用 --month YYYY-MM 指定月份（如 2021-08）。</source>
        <translation>The month must be given with --month YYYY-MM (e.g. 2021-08).</translation>
    </message>
    <message>
        <source>已生成%1（%2，共 %3 页）：%4</source>
        <translation>Produced %1 (%2, %3 pages): %4</translation>
    </message>
    <message>
        <source>把某月的统计表（附件1—3）生成 PDF，版式与导出的 Excel 相同</source>
        <translation>Produce a month&apos;s statistical tables (Annexes 1–3) as PDF, laid out like the exported Excel</translation>
    </message>
    <message>
        <source>A4 横向，一页宽；表头在每页重复，页脚有页码。--date 为填报时间，缺省为今天。
数据有错误时照样生成（便于核对），错误和提示列在标准错误上。
专项整治默认为最近新建的一个。</source>
        <translation>A4 landscape, one page wide; the header repeats on every page and the footer has page numbers. --date is the filling date, today by default.
The PDF is produced even when the data has errors (to help checking); errors and notes are listed on standard error.
The campaign defaults to the most recently created one.</translation>
    </message>
    <message>
        <source>请用 --month YYYY-MM 指定月份，用 --out DIR 指定输出文件夹。</source>
        <translation>Give the month with --month YYYY-MM and the output folder with --out DIR.</translation>
    </message>
    <message>
        <source>“%1”不是有效的月份，应写成 YYYY-MM。</source>
        <translation>&quot;%1&quot; is not a valid month; write it as YYYY-MM.</translation>
    </message>
    <message>
        <source>无法创建文件夹 %1。</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>已生成 %1 个机构的%2空白报表。</source>
        <translation>Generated blank %2 reports for %1 institutions.</translation>
    </message>
    <message>
        <source>请指定要导入的 .xlsx 文件或文件夹。</source>
        <translation>Please give the .xlsx files or folders to import.</translation>
    </message>
    <message>
        <source>错误&#x3000;</source>
        <translation>Error: </translation>
    </message>
    <message>
        <source>提示&#x3000;</source>
        <translation>Note: </translation>
    </message>
    <message>
        <source>%1 个文件有错误，未导入任何数据（加 --accept-clean 只导入无误的文件）。</source>
        <translation>%1 files have errors; nothing was imported (add --accept-clean to import only the error-free files).</translation>
    </message>
    <message>
        <source>已导入 %1 个文件，%2 个文件有错误未导入。</source>
        <translation>Imported %1 files; %2 files had errors and were not imported.</translation>
    </message>
    <message>
        <source>为每个报送机构生成当月的空白报表（附件1、附件3）</source>
        <translation>Generate this month&apos;s blank reports (Annex 1, Annex 3) for every reporting institution</translation>
    </message>
    <message>
        <source>每个机构一个 .xlsx 文件，已填好填报单位和报表月份，并预填截至上月的累计数；
只有填报栏可以修改。机构填好后用 reports import 导入。</source>
        <translation>One .xlsx file per institution, with the reporting unit and report month filled in and the cumulative figures up to last month pre-filled;
only the entry columns can be edited. Import the completed files with reports import.</translation>
    </message>
    <message>
        <source>导入机构填好的报表（.xlsx）</source>
        <translation>Import reports completed by institutions (.xlsx)</translation>
    </message>
    <message>
        <source>收到日期 %1 晚于今天。</source>
        <translation>The receipt date %1 is later than today.</translation>
    </message>
    <message>
        <source>收到 %1</source>
        <translation>received %1</translation>
    </message>
    <message>
        <source>按单元格中的附件、填报单位和报表月份识别每个文件，检查后与已存数据比较。
任何文件有错误时不导入任何数据并返回 1；加 --accept-clean 则只导入无误的文件（仍返回 1）。
每个文件在一个事务中导入，要么全部导入，要么都不导入。
空白的填报栏不是0：已存有当月数字的，保留已存数字并逐格提示；所有填报栏都为空的文件不是报表，不导入。
只读取填报单位所标明的机构自己那一行；找不到这一行或别的机构的行中填了数字时报错。
收到日期决定按时还是补报：默认取每个文件的修改日期，--received 为所有文件指定收到日期。</source>
        <translation>Each file is identified by the annex, reporting unit and report month in its cells, checked, and compared with the stored data.
If any file has errors nothing is imported and the exit code is 1; with --accept-clean only the error-free files are imported (still exit code 1).
Each file is imported in one transaction: either all of it or nothing.
A blank figure cell is not 0: where the month is stored, the stored figure is kept and each such cell is reported; a file whose every figure cell is blank is not a report and is not imported.
Only the own row of the institution named as reporting unit is read; a missing row, or figures in another institution&apos;s row, is an error.
The receipt date decides on time or late: by default each file&apos;s modification date; --received sets the receipt date of every file.</translation>
    </message>
    <message>
        <source>--%1 应是 1 到 65535 之间的端口号。</source>
        <translation>--%1 must be a port number between 1 and 65535.</translation>
    </message>
    <message>
        <source>请给出邮箱名称，并用 --address 和 --imap-host 指定邮箱地址和收信服务器。</source>
        <translation>Give the mailbox&apos;s name, and its address and incoming server with --address and --imap-host.</translation>
    </message>
    <message>
        <source>邮箱“%1”已修改。</source>
        <translation>Mailbox &quot;%1&quot; changed.</translation>
    </message>
    <message>
        <source>邮箱“%1”已添加。</source>
        <translation>Mailbox &quot;%1&quot; added.</translation>
    </message>
    <message>
        <source>授权码已保存在系统密钥环中。</source>
        <translation>The authorisation code is kept in the system keyring.</translation>
    </message>
    <message>
        <source>授权码未能保存：%1（收取时再输入）。</source>
        <translation>The authorisation code was not saved: %1 (type it when fetching).</translation>
    </message>
    <message>
        <source>名称	地址	收信服务器	用户名	邮箱文件夹	股室</source>
        <translation>Name	Address	Incoming server	User	Folder	Office</translation>
    </message>
    <message>
        <source>请给出要删除的邮箱名称。</source>
        <translation>Give the name of the mailbox to remove.</translation>
    </message>
    <message>
        <source>没有名为“%1”的邮箱。</source>
        <translation>There is no mailbox named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>邮箱“%1”已删除。</source>
        <translation>Mailbox &quot;%1&quot; removed.</translation>
    </message>
    <message>
        <source>还没有设置邮箱：先用 mail account add 添加。</source>
        <translation>No mailbox is set up yet: add one with mail account add.</translation>
    </message>
    <message>
        <source>邮箱“%1”：系统密钥环中没有保存授权码，请用 --password-stdin 输入。</source>
        <translation>Mailbox &quot;%1&quot;: no authorisation code is kept in the system keyring; type it with --password-stdin.</translation>
    </message>
    <message>
        <source>邮箱“%1”：新邮件 %2 封，已收取 %3 封（重复 %4 封），待导入报表 %5 个。</source>
        <translation>Mailbox &quot;%1&quot;: %2 new messages, %3 fetched (%4 duplicates), %5 workbooks to import.</translation>
    </message>
    <message>
        <source>预览：以上 %1 个报表尚未导入。</source>
        <translation>Preview: the %1 workbooks above are not imported yet.</translation>
    </message>
    <message>
        <source>已导入 %1 个报表，%2 个有错误未导入（已记下，可回复机构更正）。</source>
        <translation>%1 workbooks imported, %2 with errors not imported (the errors are kept for a reply to the unit).</translation>
    </message>
    <message>
        <source>添加（或修改）一个股室的收报邮箱</source>
        <translation>Add (or change) an office&apos;s mailbox for filings</translation>
    </message>
    <message>
        <source>列出收报邮箱</source>
        <translation>List the mailboxes for filings</translation>
    </message>
    <message>
        <source>删除一个收报邮箱</source>
        <translation>Remove a mailbox for filings</translation>
    </message>
    <message>
        <source>已从邮箱收取过邮件的不能删除：那些邮件是报送的凭据。</source>
        <translation>A mailbox from which mail was fetched cannot be removed: that mail is the evidence of filings.</translation>
    </message>
    <message>
        <source>收取报表：从邮箱收取新邮件并导入其中的报表</source>
        <translation>Fetch reports: fetch new mail from the mailboxes and import the workbooks in it</translation>
    </message>
    <message>
        <source>请用 --out 指定输出的 .docx 或 .pdf 文件。</source>
        <translation>Give the .docx or .pdf file to write with --out.</translation>
    </message>
    <message>
        <source>--month 需要 YYYY-MM 格式的月份（如 2021-11）。</source>
        <translation>--month needs a month as YYYY-MM (e.g. 2021-11).</translation>
    </message>
    <message>
        <source>已生成工作总结（共 %1 页）：%2</source>
        <translation>Work summary written (%1 pages): %2</translation>
    </message>
    <message>
        <source>已生成工作总结：%1</source>
        <translation>Work summary written: %1</translation>
    </message>
    <message>
        <source>根据数据起草工作总结（基本情况、主要做法和成效、存在问题、下一步打算），保存为 Word 或 PDF</source>
        <translation>Draft the work summary from the data (overview, measures and results, problems, next steps) as Word or PDF</translation>
    </message>
    <message>
        <source>按党政机关公文格式排版：发文机关标志、发文字号、标题、主送机关、正文、附件说明、署名、成文日期、页码；工作方案另起一页，版记在末页（偶数页）。
专项整治默认为最近新建的一个。</source>
        <translation>Laid out as an official document: issuer mark, document number, title, addressees, text, attachment list, signature, date, page numbers; the work plan starts on a new page and the imprint is on the last (even) page.
The campaign defaults to the most recently created one.</translation>
    </message>
    <message>
        <source>请用 --out 指定输出的 PDF 或 Word（.docx）文件。</source>
        <translation>Give the output PDF or Word (.docx) file with --out.</translation>
    </message>
    <message>
        <source>已生成通知（Word 文档）：%1</source>
        <translation>Notice written (Word document): %1</translation>
    </message>
    <message>
        <source>把专项整治的通知（红头文件格式）及其工作方案生成 PDF 或可编辑的 Word 文档</source>
        <translation>Write the campaign&apos;s notice (official letterhead layout) and its work plan as a PDF or an editable Word document</translation>
    </message>
    <message>
        <source>邮箱“%1”：另有 %2 封由同时进行的另一次收取记下，这里跳过。</source>
        <translation>Mailbox “%1”: %2 more were recorded by another fetch running at the same time and are skipped here.</translation>
    </message>
    <message>
        <source>--%1 应是不小于 %2 的整数。</source>
        <translation>--%1 should be an integer not less than %2.</translation>
    </message>
    <message>
        <source>状态	单位	收件人	发信邮箱	主题	附件</source>
        <translation>Status	Unit	Recipient	Sending mailbox	Subject	Attachments</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>发件人：%1 &lt;%2&gt;</source>
        <translation>From: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>收件人：%1 &lt;%2&gt;</source>
        <translation>To: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>主题：%1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>发送：%1 → %2</source>
        <translation>Sending: %1 → %2</translation>
    </message>
    <message>
        <source>已发送 %1 封，未发出 %2 封，可能已发出 %3 封，留待下次 %4 封。</source>
        <translation>%1 sent, %2 not sent, %3 may have been sent, %4 left for next time.</translation>
    </message>
    <message>
        <source>月份“%1”无效，应为 YYYY-MM。</source>
        <translation>Month &quot;%1&quot; is invalid; it should be YYYY-MM.</translation>
    </message>
    <message>
        <source>催报邮件（%1，截至%2）：%3 封待发送，共 %4 个逾期单位。</source>
        <translation>Reminder emails (%1, as of %2): %3 to send, %4 overdue units in total.</translation>
    </message>
    <message>
        <source>预览：没有发送任何邮件；加 --send 发送。</source>
        <translation>Preview: no emails were sent; add --send to send.</translation>
    </message>
    <message>
        <source>回执：%1 封待发送。</source>
        <translation>Receipts: %1 to send.</translation>
    </message>
    <message>
        <source>不加 --send 只预览（列出收件人、主题和正文，不发送）。--send 发送：每封之间暂停 --pause 秒（默认 5），一次最多 --max 封（默认 30），其余下次再发。同一事项只发送一次：发送记录在数据库中，中断后重新运行不会重发，可能已发出的会列出请核对。授权码取自系统密钥环，或用 --password-stdin 输入。</source>
        <translation>Without --send it only previews (lists recipients, subjects and bodies, without sending). --send sends: pausing --pause seconds between emails (default 5), at most --max emails per run (default 30), the rest next time. Each item is sent only once: sending records are kept in the database, so rerunning after an interruption does not resend, and those that may have been sent are listed for you to check. The authorisation code is taken from the system keyring, or entered with --password-stdin.</translation>
    </message>
    <message>
        <source>催报邮件：给逾期未报的单位发送催报，附该月空白报表</source>
        <translation>Reminder emails: send reminders to units that are overdue, with that month&apos;s blank forms attached</translation>
    </message>
    <message>
        <source>每个逾期未报的单位一封，从其报送股室的邮箱（--account 指定则都从该邮箱）发往名册中登记的邮箱，附该单位该月的空白报表（与 templates 生成的相同）。名册中没有邮箱的单位列为不能发送，请电话催报。
</source>
        <translation>One email per overdue unit, from the mailbox of its reporting office (or all from the mailbox given by --account) to the email address registered in the registry, with the unit&apos;s blank forms for that month attached (the same as generated by templates). Units without an email address in the registry are listed as unable to send; please remind them by phone.
</translation>
    </message>
    <message>
        <source>回执：告诉发来报表的单位已收到，以及有无错误</source>
        <translation>Receipts: tell the units that sent forms that they were received, and whether there are errors</translation>
    </message>
    <message>
        <source>对收取报表导入（或因错误未导入）的每个报表，回复发件人：“已收到2021年11月附件1，核对无误”，或列出每处错误（工作表和单元格）。没有报表只有 .xls、图片等附件的邮件回复原因。
</source>
        <translation>For each form collected and imported (or not imported because of errors), reply to the sender: &quot;Received Form 1 for November 2021, checked, no errors&quot;, or list each error (worksheet and cell). Emails with no forms but only .xls files, images or other attachments get a reply with the reason.
</translation>
    </message>
    <message>
        <source>请用 --draw ID 指定抽查记录的编号。</source>
        <translation>Please specify the spot check record number with --draw ID.</translation>
    </message>
    <message>
        <source>--%1 应为不小于 0 的整数，而不是“%2”。</source>
        <translation>--%1 must be an integer not less than 0, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>请用 --out 指定抽查名单、用 --notices 指定检查通知的 PDF 或 Word（.docx）文件。</source>
        <translation>Use --out to specify the spot check list file and --notices to specify the inspection notices file, as PDF or Word (.docx).</translation>
    </message>
    <message>
        <source>请用 --position N 指定抽查名单中的序号。</source>
        <translation>Use --position N to specify the number in the spot check list.</translation>
    </message>
    <message>
        <source>请用 --date YYYY-MM-DD 指定检查日期。</source>
        <translation>Use --date YYYY-MM-DD to specify the inspection date.</translation>
    </message>
    <message>
        <source>找不到抽查记录 %1。</source>
        <translation>Spot check record %1 not found.</translation>
    </message>
    <message>
        <source>抽查记录 %1 只有 %2 家，没有第 %3 号。</source>
        <translation>Spot check record %1 has only %2 facilities; there is no No. %3.</translation>
    </message>
    <message>
        <source>已记录抽查记录 %1 第 %2 号的检查结果：检查记录 %3（%4，%5）。</source>
        <translation>Recorded the inspection result for No. %2 of spot check record %1: inspection record %3 (%4, %5).</translation>
    </message>
    <message>
        <source>抽查名单</source>
        <translation>Spot check list</translation>
    </message>
    <message>
        <source>检查通知（%1份）</source>
        <translation>Inspection notices (%1)</translation>
    </message>
    <message>
        <source>已生成%1（Word 文档）：%2</source>
        <translation>Generated %1 (Word document): %2</translation>
    </message>
    <message>
        <source>已生成%1（共 %2 页）：%3</source>
        <translation>Generated %1 (%2 pages): %3</translation>
    </message>
    <message>
        <source>打印抽查记录的抽查名单和检查通知（PDF 或 Word）</source>
        <translation>Print the spot check list and inspection notices of a spot check record (PDF or Word)</translation>
    </message>
    <message>
        <source>--out 写抽查名单（序号、机构、所有制、等级、乡镇、检查人员，附种子和复核命令）；--notices 写检查通知，每家被抽中的机构一份。
--inspect-on 为通知中的检查时间（不给则留空待填）；--date 为落款日期（默认今天）。措辞取自专项整治模板的“spotCheck”。</source>
        <translation>--out writes the spot check list (number, facility, ownership, grade, township, inspectors, with the seed and a verification command); --notices writes inspection notices, one per selected facility.
--inspect-on is the inspection time shown in the notices (left blank to fill in if omitted); --date is the signing date (default today). The wording comes from &quot;spotCheck&quot; in the campaign template.</translation>
    </message>
    <message>
        <source>把抽查名单中一家机构的检查结果记为监督检查台账的一条记录（计入附件2）</source>
        <translation>Record the inspection result of one facility in the spot check list as an entry in the supervision and inspection ledger (counted in Form 2)</translation>
    </message>
    <message>
        <source>--position 为抽查名单的序号；检查人员不给时取抽中的两名，检查方式不给时为“双随机抽查”。每家只能记录一次；检查日期所在月份已签发或已验收时拒绝。金额以元为单位。</source>
        <translation>--position is the number in the spot check list; if no inspectors are given, the two selected ones are used; if no inspection method is given, &quot;double-random spot check&quot; is used. Each facility can be recorded only once; refused if the month of the inspection date has already been signed or accepted. Amounts are in yuan.</translation>
    </message>
    <message>
        <source>--preview 只显示将导入什么，不能同时用 --move-to 移动邮件。</source>
        <translation>--preview only shows what would be imported; it cannot be combined with --move-to.</translation>
    </message>
    <message>
        <source>邮箱“%1”：</source>
        <translation>Mailbox “%1”:</translation>
    </message>
    <message>
        <source>邮箱“%1”：%2 封报表全部导入的邮件已移到文件夹“%3”，%4 封留在邮箱中（报表有错误、未导入，或没有报表）。</source>
        <translation>Mailbox “%1”: %2 messages whose workbooks were all imported moved to the folder “%3”; %4 stay in the mailbox (a workbook with errors, not imported, or none).</translation>
    </message>
    <message>
        <source>收信用 IMAP，始终加密：端口 993 为 SSL，--starttls 为 143 端口升级加密；不能加密的服务器不会登录。
用户名默认为邮箱地址。密码是邮箱的授权码（不是登录密码），--password-stdin 从标准输入读取并保存在系统密钥环中，
不写入数据库。
--office 须是专项整治（默认最新的一个，或 --campaign）中的股室：催报按股室找发信邮箱。</source>
        <translation>Mail is collected over IMAP, always encrypted: port 993 is SSL, --starttls upgrades port 143; a server that cannot encrypt is never logged in to.
The user name defaults to the mail address. The password is the mailbox&apos;s authorisation code (not the login password); --password-stdin reads it from standard input and keeps it in the system keyring,
never in the database.
--office must be one of the offices of the campaign (the latest one, or --campaign): reminders are sent from the mailbox of the office.</translation>
    </message>
    <message>
        <source>只收取上次之后到达的邮件，同一封邮件不会收取或导入两次；邮箱中的邮件不作改动（--mark-read 则标为已读）。
每个 .xlsx 附件按 reports import 的规则识别和检查，收到日期取邮件到达邮箱服务器的时间，决定按时还是补报。
有错误的报表不导入，记下错误以便回复机构；.xls、.et、图片等附件记下原因。--preview 只显示将导入什么。
--move-to 在导入后把报表全部导入（或与已存的相同）的邮件移到该文件夹（没有则新建）；有报表出错、未导入或没有报表的
邮件留在邮箱中。
授权码取自系统密钥环，或用 --password-stdin 输入。</source>
        <translation>Collects only mail that arrived since the last run; no message is collected or imported twice; the mailbox is left as it is (--mark-read marks messages as read).
Every .xlsx attachment is recognised and checked by the rules of reports import; the receipt date is when the mail reached the mail server, which decides on time or late.
A workbook with errors is not imported and its errors are kept for the reply to the institution; .xls, .et, images and other attachments are noted with the reason. --preview only shows what would be imported.
--move-to moves, after the import, the messages whose workbooks were all imported (or equal what is stored) to that folder (created if missing); messages with a workbook in error, not imported or without a workbook
stay in the mailbox.
The authorisation code comes from the system keyring, or is typed with --password-stdin.</translation>
    </message>
    <message>
        <source>请指定 --form 1|2|3 和 --month YYYY-MM。</source>
        <translation>Give --form 1|2|3 and --month YYYY-MM.</translation>
    </message>
    <message>
        <source>附件%1在%2没有单位“%3”。</source>
        <translation>Annex %1 has no unit “%3” in %2.</translation>
    </message>
    <message>
        <source>请用 --unit 指定要验收的单位。</source>
        <translation>Name the unit to accept with --unit.</translation>
    </message>
    <message>
        <source>已验收 %1 %2的%3，数字已锁定。</source>
        <translation>Accepted %3 of %1 for %2; its figures are locked.</translation>
    </message>
    <message>
        <source>已签发 %1%2，全部单位的数字已锁定。</source>
        <translation>Signed %2 of %1; the figures of every unit are locked.</translation>
    </message>
    <message>
        <source>解锁必须用 --reason 说明理由（记入变更记录）。</source>
        <translation>Unlocking requires a reason given with --reason (it goes into the audit trail).</translation>
    </message>
    <message>
        <source>已取消 %1%2的签发，可再修改。</source>
        <translation>Lifted the signature of %2 of %1; it can be changed again.</translation>
    </message>
    <message>
        <source>已解锁 %1 %2的%3，可再修改。</source>
        <translation>Unlocked %3 of %1 for %2; it can be changed again.</translation>
    </message>
    <message>
        <source>--unit 为机构名称或简称，附件2 为“公立医院 三级”等分类。--campaign 指定专项整治编号，缺省为最近新建的一个。</source>
        <translation>--unit is an institution&apos;s full or short name; for Annex 2 a category, e.g. “公立医院 三级”. --campaign names the campaign by its number; the default is the one created last.</translation>
    </message>
    <message>
        <source>验收一个单位某月的报表：数字锁定，不能再修改</source>
        <translation>Accept a unit&apos;s report for a month: its figures are locked and cannot be changed</translation>
    </message>
    <message>
        <source>单位须已报送该月报表且没有错误。验收时的数字随锁定保存。</source>
        <translation>The unit must have filed the month&apos;s report without errors. The figures as accepted are kept with the lock.</translation>
    </message>
    <message>
        <source>签发某月的一张表：全部单位的数字锁定</source>
        <translation>Sign one form for a month: the figures of every unit are locked</translation>
    </message>
    <message>
        <source>该月的表有错误时不签发（先用 check 查看）；提示和未报的单位不妨碍签发，请先核对。</source>
        <translation>A month whose form has errors is not signed (see them with check first); warnings and units that have not filed do not stop the signature, so check them first.</translation>
    </message>
    <message>
        <source>解除验收（--unit）或签发（不加 --unit）的锁定，须说明理由</source>
        <translation>Lift an acceptance (--unit) or a signature (without --unit); a reason is required</translation>
    </message>
    <message>
        <source>理由与解锁人一起记入变更记录。已签发的月份须先取消签发，才能解锁单位的验收。</source>
        <translation>The reason goes into the audit trail with who unlocked. In a signed month the signature must be lifted before a unit&apos;s acceptance can be unlocked.</translation>
    </message>
    <message>
        <source>数字全部取自该月的统计表（附件1—3 的合计）、报送情况和台账；--unit 为某一机构的总结（全称或简称），
缺省为全县。--month 缺省为专项整治已开始的最后一个月；--date 为报送情况的查看日期和落款日期，缺省为今天。
总结附报送情况和问题整改的逐月图表（某一机构的总结为该机构自己的；只有一个月的数据时不附）。
句子来自专项整治模板，或本局的措辞文件（见 wording init）。专项整治默认为最近新建的一个。</source>
        <translation>Every figure comes from the month&apos;s statistics forms (the totals of Annex 1–3), the filing record and the ledgers; --unit drafts one institution&apos;s summary (full or short name),
the county&apos;s by default. --month defaults to the last month of the campaign that has begun; --date is the day the filing record is read and the date signed, today by default.
The summary carries monthly charts of filing and of problems rectified (an institution&apos;s summary, its own; none with only one month of data).
The sentences come from the campaign template, or the bureau&apos;s wording files (see wording init). The campaign defaults to the latest created.</translation>
    </message>
    <message>
        <source>已写出内置措辞：%1</source>
        <translation>Wrote the built-in wording: %1</translation>
    </message>
    <message>
        <source>程序使用的措辞文件夹是 %1：改好后把文件放到那里才生效。</source>
        <translation>The program reads its wording files from %1: a file takes effect once it is there.</translation>
    </message>
    <message>
        <source>%1：没有，使用内置措辞（或专项整治模板的）。</source>
        <translation>%1: none, using the built-in wording (or the campaign template&apos;s).</translation>
    </message>
    <message>
        <source>%1：无误，正在使用。</source>
        <translation>%1: correct, in use.</translation>
    </message>
    <message>
        <source>写出内置的工作总结句子和催报、回执邮件措辞，作为本局自己措辞的起点</source>
        <translation>Write out the built-in work-summary sentences and reminder and receipt mail wording, as the start of the bureau&apos;s own</translation>
    </message>
    <message>
        <source>写出 summary-sentences.json 和 mail-sentences.json；缺省写到程序使用的措辞文件夹
（环境变量 QINGFENG_WORDING_DIR 所指的文件夹，否则为用户数据文件夹下的 wording），已有的文件不覆盖。
文件夹中有这两个文件时，所有专项整治都用其中的措辞；{名称} 只能用内置措辞中同一处已有的。</source>
        <translation>Writes summary-sentences.json and mail-sentences.json; by default into the wording folder the program reads
(the folder the environment variable QINGFENG_WORDING_DIR names, else wording in the user&apos;s data folder), never overwriting a file.
When the folder holds these files, every campaign uses their wording; a {name} may only be one the built-in wording already uses in the same place.</translation>
    </message>
    <message>
        <source>检查措辞文件夹中的措辞文件，说明正在使用哪些</source>
        <translation>Check the wording files in the wording folder and say which are in use</translation>
    </message>
    <message>
        <source>有误时指出文件和键，退出状态为 1；有误的文件不会被使用（起草总结和发送邮件都会拒绝）。</source>
        <translation>Names the file and key of a mistake and exits with status 1; a wrong file is never used (drafting a summary and sending mail both refuse).</translation>
    </message>
</context>
<context>
    <name>qf::ui::AnalysisPage</name>
    <message>
        <source>走过场信号</source>
        <translation>Formality signals</translation>
    </message>
    <message>
        <source>双随机抽查</source>
        <translation>Random spot check</translation>
    </message>
    <message>
        <source>图表</source>
        <translation>Charts</translation>
    </message>
</context>
<context>
    <name>qf::ui::BackgroundJob</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>qf::ui::CampaignEditorDialog</name>
    <message>
        <source>编辑专项整治方案</source>
        <translation>Edit campaign plan</translation>
    </message>
    <message>
        <source>核对新建的专项整治方案</source>
        <translation>Review the new campaign plan</translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation>General</translation>
    </message>
    <message>
        <source>工作阶段</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>责任股室</source>
        <translation>Responsible sections</translation>
    </message>
    <message>
        <source>报送截止事项</source>
        <translation>Reporting deadlines</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>如：鹿卫医〔2021〕22号</source>
        <translation>e.g. 鹿卫医〔2021〕22号</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>发文单位</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>县（区）</source>
        <translation>County (district)</translation>
    </message>
    <message>
        <source>所属市</source>
        <translation>City</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>发文日期</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>主送</source>
        <translation>Addressed to</translation>
    </message>
    <message>
        <source>通知正文</source>
        <translation>Circular text</translation>
    </message>
    <message>
        <source>县卫生健康局举报电话</source>
        <translation>County Health Bureau complaint phone</translation>
    </message>
    <message>
        <source>县卫生健康局举报邮箱</source>
        <translation>County Health Bureau complaint e-mail</translation>
    </message>
    <message>
        <source>市卫生健康委举报电话</source>
        <translation>Municipal Health Commission complaint phone</translation>
    </message>
    <message>
        <source>市卫生健康委举报邮箱</source>
        <translation>Municipal Health Commission complaint e-mail</translation>
    </message>
    <message>
        <source>检查通过，可以保存。</source>
        <translation>All checks passed; ready to save.</translation>
    </message>
    <message>
        <source>有 %1 处需要修改后才能保存：</source>
        <translation>%1 problems must be fixed before saving:</translation>
    </message>
    <message>
        <source>打印公告前还需补填（不影响保存）：</source>
        <translation>Before printing posters, fill in (saving is not held up):</translation>
    </message>
    <message>
        <source>……另有 %1 个单位，见机构名录。</source>
        <translation>… and %1 more units, see the registry.</translation>
    </message>
    <message>
        <source>工作方案</source>
        <translation>Work plan</translation>
    </message>
</context>
<context>
    <name>qf::ui::CampaignPage</name>
    <message>
        <source>专项整治概览</source>
        <translation>Campaign overview</translation>
    </message>
    <message>
        <source>按模板新建…</source>
        <translation>New from template…</translation>
    </message>
    <message>
        <source>编辑方案…</source>
        <translation>Edit plan…</translation>
    </message>
    <message>
        <source>修改名称、日期、工作阶段、责任股室和报送截止事项。</source>
        <translation>Change the name, dates, phases, responsible sections and reporting deadlines.</translation>
    </message>
    <message>
        <source>专项整治：</source>
        <translation>Campaign:</translation>
    </message>
    <message>
        <source>工作步骤</source>
        <translation>Work steps</translation>
    </message>
    <message>
        <source>报送截止事项</source>
        <translation>Reporting deadlines</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>报送单位</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>报至</source>
        <translation>Report to</translation>
    </message>
    <message>
        <source>所属月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1年 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>（示例）</source>
        <translation> (demo)</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>文号：%1&#x3000;&#x3000;发文单位：%2&#x3000;&#x3000;期间：%3 至 %4
责任股室：%5
举报电话：%6&#x3000;举报邮箱：%7&#x3000;&#x3000;市卫生健康委：%8&#x3000;%9</source>
        <translation>Document no.: %1    Issued by: %2    Period: %3 to %4
Responsible sections: %5
Complaint phone: %6   Complaint e-mail: %7    Municipal Health Commission: %8   %9</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <source>各医疗机构</source>
        <translation>All medical institutions</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>已过 · 已报 %1/%2</source>
        <translation>Past · reported %1/%2</translation>
    </message>
    <message>
        <source>，逾期未报 %1</source>
        <translation>, %1 overdue</translation>
    </message>
    <message>
        <source>今天截止 · 已报 %1/%2</source>
        <translation>Due today · reported %1/%2</translation>
    </message>
    <message>
        <source>还有 %1 天</source>
        <translation>%1 days left</translation>
    </message>
    <message>
        <source>（截止日为%1，不顺延）</source>
        <translation> (deadline %1, not postponed)</translation>
    </message>
    <message>
        <source>正在统计报送情况…</source>
        <translation>Counting submissions…</translation>
    </message>
    <message>
        <source>无法统计报送情况：%1</source>
        <translation>Cannot count submissions: %1</translation>
    </message>
    <message>
        <source>统计中…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>还没有专项整治：按模板新建后在这里选择</source>
        <translation>No campaign yet: create one from a template, then select it here</translation>
    </message>
    <message>
        <source>服务器上只有卫健局的账户可以新建和编辑专项整治</source>
        <translation>On the server, only health bureau accounts can create and edit campaigns</translation>
    </message>
    <message>
        <source>还没有专项整治：先按模板新建</source>
        <translation>No campaign yet: first create one from a template</translation>
    </message>
    <message>
        <source>还没有专项整治：卫健局新建后在这里显示。</source>
        <translation>No campaign yet: it will appear here once the health bureau creates one.</translation>
    </message>
    <message>
        <source>还没有专项整治。按下面的三步开始。</source>
        <translation>No campaign yet. Follow the three steps below to get started.</translation>
    </message>
</context>
<context>
    <name>qf::ui::CaseRecordDialog</name>
    <message>
        <source>以案促改与教育记录 #%1</source>
        <translation>Cases and education record #%1</translation>
    </message>
    <message>
        <source>登记以案促改与教育记录</source>
        <translation>New cases and education record</translation>
    </message>
    <message>
        <source>如：观看警示教育片《蜕变》</source>
        <translation>e.g. watched the warning education film &quot;Transformation&quot;</translation>
    </message>
    <message>
        <source>机构（必填）</source>
        <translation>Institution (required)</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>事项（必填）</source>
        <translation>Matter (required)</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>涉案金额</source>
        <translation>Amount involved</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>执行完成回复日期</source>
        <translation>Date carried out and replied</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>附件1（3）</source>
        <translation>Annex 1 (3)</translation>
    </message>
    <message>
        <source>附件1（4）</source>
        <translation>Annex 1 (4)</translation>
    </message>
    <message>
        <source>附件1（5）</source>
        <translation>Annex 1 (5)</translation>
    </message>
    <message>
        <source>附件1（6），回复后（7）</source>
        <translation>Annex 1 (6), replied (7)</translation>
    </message>
    <message>
        <source>附件1（8）</source>
        <translation>Annex 1 (8)</translation>
    </message>
    <message>
        <source>附件1（9）</source>
        <translation>Annex 1 (9)</translation>
    </message>
    <message>
        <source>附件3 第1栏</source>
        <translation>Annex 3 column 1</translation>
    </message>
    <message>
        <source>附件1（10）</source>
        <translation>Annex 1 (10)</translation>
    </message>
    <message>
        <source>附件1（11）</source>
        <translation>Annex 1 (11)</translation>
    </message>
    <message>
        <source>附件3 第2、3栏</source>
        <translation>Annex 3 columns 2 and 3</translation>
    </message>
    <message>
        <source>附件3 第4栏</source>
        <translation>Annex 3 column 4</translation>
    </message>
    <message>
        <source>附件3 第6栏</source>
        <translation>Annex 3 column 6</translation>
    </message>
    <message>
        <source>附件3 第8—10栏</source>
        <translation>Annex 3 columns 8–10</translation>
    </message>
    <message>
        <source>附件3 第11—13栏</source>
        <translation>Annex 3 columns 11–13</translation>
    </message>
    <message>
        <source>计入：%1</source>
        <translation>Counts in: %1</translation>
    </message>
</context>
<context>
    <name>qf::ui::ChartsPanel</name>
    <message>
        <source>栏目</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>导出图片…</source>
        <translation>Export image…</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>图表</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>截至</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>点击柱形或数据点，查看其背后的机构或记录。</source>
        <translation>Click a bar or data point to see the facilities or records behind it.</translation>
    </message>
    <message>
        <source>机构</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>还没有专项整治。</source>
        <translation>No campaign yet.</translation>
    </message>
    <message>
        <source>正在计算……</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>没有可导出或打印的图表：%1</source>
        <translation>No chart to export or print: %1</translation>
    </message>
    <message>
        <source>%1 — %2 家机构</source>
        <translation>%1 — %2 facilities</translation>
    </message>
    <message>
        <source>%1 — %2 家机构或记录，合计 %3</source>
        <translation>%1 — %2 facilities or records, total %3</translation>
    </message>
    <message>
        <source>导出图片</source>
        <translation>Export image</translation>
    </message>
    <message>
        <source>PNG 图片 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</source>
        <translation>PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>已导出到 %1。</source>
        <translation>Exported to %1.</translation>
    </message>
</context>
<context>
    <name>qf::ui::DeadlineListEditor</name>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>材料</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>报送单位</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>报至</source>
        <translation>Report to</translation>
    </message>
    <message>
        <source>频次</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>每月截止日</source>
        <translation>Monthly due day</translation>
    </message>
    <message>
        <source>起始月份</source>
        <translation>First month</translation>
    </message>
    <message>
        <source>结束月份</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>生成的截止日</source>
        <translation>Resulting deadlines</translation>
    </message>
    <message>
        <source>添加截止事项</source>
        <translation>Add deadline</translation>
    </message>
    <message>
        <source>新截止事项</source>
        <translation>New deadline</translation>
    </message>
    <message>
        <source>（月份范围无效）</source>
        <translation>(invalid month range)</translation>
    </message>
    <message>
        <source>%1（%2，不顺延）</source>
        <translation>%1 (%2, not postponed)</translation>
    </message>
    <message>
        <source>%1 起共 %2 次</source>
        <translation>%2 times from %1</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>，%1 次逢休息日</source>
        <translation>, %1 on days off</translation>
    </message>
    <message>
        <source>各医疗机构</source>
        <translation>All medical institutions</translation>
    </message>
    <message>
        <source>每月</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>一次</source>
        <translation>Once</translation>
    </message>
    <message>
        <source>次月</source>
        <translation>by day </translation>
    </message>
    <message>
        <source>日前</source>
        <translation> of next month</translation>
    </message>
</context>
<context>
    <name>qf::ui::DemoRemoval</name>
    <message>
        <source>删除示例数据</source>
        <translation>Remove demo data</translation>
    </message>
    <message>
        <source>示例数据没有删除：

%1</source>
        <translation>The demo data was not removed:

%1</translation>
    </message>
    <message>
        <source>现在显示专项整治“%1”。</source>
        <translation>Now showing campaign “%1”.</translation>
    </message>
    <message>
        <source>已删除示例数据：%1。

%2</source>
        <translation>Demo data removed: %1.

%2</translation>
    </message>
    <message>
        <source>

注意：以下示例数据您修改过，删除时这些修改也一并删除：
· %1
如需保留，请先把它们作为您自己的机构或专项整治另行录入，再删除示例数据。</source>
        <translation>

Note: you have modified the following sample data; these changes will be deleted along with it:
· %1
To keep them, first enter them separately as your own facilities or campaigns, then delete the sample data.</translation>
    </message>
    <message>
        <source>删除鹿寨县示例数据？

将删除：%1。%2

您自己录入的机构和专项整治不受影响。删除记入变更记录，不能撤销；如需保留，请先备份数据库（文件 → 备份数据库…）。</source>
        <translation>Delete the Luzhai County sample data?

To be deleted: %1.%2

Facilities and campaigns you entered yourself are not affected. The deletion is recorded in the change log and cannot be undone; to keep the data, back up the database first (File → Back up database…).</translation>
    </message>
    <message>
        <source>数据库中还没有专项整治：“专项整治概览”中的“开始使用”列出接下来的步骤。</source>
        <translation>The database has no campaign yet: &quot;Getting started&quot; in &quot;Campaign overview&quot; lists the next steps.</translation>
    </message>
</context>
<context>
    <name>qf::ui::EntryDelegate</name>
    <message>
        <source>整数</source>
        <translation>whole number</translation>
    </message>
    <message>
        <source>万元</source>
        <translation>10,000 yuan</translation>
    </message>
</context>
<context>
    <name>qf::ui::EntryModel</name>
    <message>
        <source>错误：%1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>疑点：%1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>自动合计</source>
        <translation>Automatic total</translation>
    </message>
    <message>
        <source>由各单位数字自动计算，不能直接填写。</source>
        <translation>Computed from the units&apos; figures; cannot be entered directly.</translation>
    </message>
    <message>
        <source>本月未报：%1</source>
        <translation>Not reported this month: %1</translation>
    </message>
    <message>
        <source>沿用以前月份数字：%1</source>
        <translation>Carrying forward earlier figures: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>已修改 %1</source>
        <translation>Modified %1</translation>
    </message>
    <message>
        <source>已报 %1</source>
        <translation>Reported %1</translation>
    </message>
    <message>
        <source>沿用%1</source>
        <translation>Carried from %1</translation>
    </message>
    <message>
        <source>缺报</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>已修改，尚未保存；报送日期 %1（双击修改）</source>
        <translation>Modified, not yet saved; submitted on %1 (double-click to change)</translation>
    </message>
    <message>
        <source>本月已报，报送日期 %1（双击修改）</source>
        <translation>Reported this month, submitted on %1 (double-click to change)</translation>
    </message>
    <message>
        <source>本月未报，汇总时沿用%1的累计数。填写任一数字即作为本月报表（从上月数开始）。</source>
        <translation>Not reported this month; the summary carries forward the cumulative figures of %1. Entering any figure makes this month&apos;s report (starting from last month&apos;s figures).</translation>
    </message>
    <message>
        <source>本月未报，也没有以前月份的数字。</source>
        <translation>Not reported this month, and there are no figures from earlier months.</translation>
    </message>
    <message>
        <source>由机构名册自动计算（医保定点机构家数），不能填写。</source>
        <translation>Computed from the institution register (number of medical-insurance contracted institutions); cannot be entered.</translation>
    </message>
    <message>
        <source>合计数由各单位数字自动计算，不能填写。</source>
        <translation>Totals are computed from the units&apos; figures; cannot be entered.</translation>
    </message>
    <message>
        <source>累计 %1，本月增加 %2</source>
        <translation>Cumulative %1, up %2 this month</translation>
    </message>
    <message>
        <source>沿用%1的数字</source>
        <translation>Figures carried from %1</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>报送情况</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>由机构名册自动计算，不能填写。</source>
        <translation>Computed from the institution register; cannot be entered.</translation>
    </message>
    <message>
        <source>填写整数（累计数）</source>
        <translation>Enter a whole number (cumulative)</translation>
    </message>
    <message>
        <source>单位万元，最多两位小数（累计数）</source>
        <translation>In 10,000 yuan, at most two decimals (cumulative)</translation>
    </message>
    <message>
        <source>已签发</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>已验收</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>本月报表已由卫生健康局签发，全部单位的数字已锁定。修改须先解锁并说明理由。</source>
        <translation>This month&apos;s report has been signed by the Health Bureau; the figures of every unit are locked. To change them, unlock first and give a reason.</translation>
    </message>
    <message>
        <source>本单位本月报表已验收，数字已锁定。修改须先解锁并说明理由。</source>
        <translation>This unit&apos;s report for the month has been accepted and its figures are locked. To change them, unlock first and give a reason.</translation>
    </message>
    <message>
        <source>以填报数覆盖台账数，理由：%1（右键可恢复台账计算）</source>
        <translation>Typed figure kept against the ledger&apos;s, reason: %1 (right-click to go back to the ledger&apos;s figure)</translation>
    </message>
    <message>
        <source>由台账计算，不能直接填写（双击查看组成此数的记录；台账不全时可右键以填报数覆盖）</source>
        <translation>Computed from the ledgers; cannot be typed (double-click to see the records that make it; if the ledger is incomplete, right-click to keep a typed figure)</translation>
    </message>
    <message>
        <source>由台账计算（双击查看组成此数的记录）</source>
        <translation>Computed from the ledgers (double-click to see the records that make it)</translation>
    </message>
    <message>
        <source>本月已签发，已锁定</source>
        <translation>Signed this month; locked</translation>
    </message>
    <message>
        <source>本月已验收，已锁定</source>
        <translation>Accepted this month; locked</translation>
    </message>
    <message>
        <source>撤销全部修改</source>
        <translation>Discard all</translation>
    </message>
    <message>
        <source>撤销此单位的修改</source>
        <translation>Discard this unit&apos;s changes</translation>
    </message>
    <message>
        <source>按上月数报送</source>
        <translation>Report last month&apos;s figures</translation>
    </message>
    <message>
        <source>此格不能填写</source>
        <translation>This cell cannot be filled in</translation>
    </message>
    <message>
        <source>%1 第%2栏（%3）：%4</source>
        <translation>%1, column %2 (%3): %4</translation>
    </message>
    <message>
        <source>修改报送日期</source>
        <translation>Change submission date</translation>
    </message>
    <message>
        <source>填写 %1</source>
        <translation>Edit %1</translation>
    </message>
</context>
<context>
    <name>qf::ui::EntryPage</name>
    <message>
        <source>报表填报</source>
        <translation>Report entry</translation>
    </message>
    <message>
        <source>逐单位填报</source>
        <translation>By unit</translation>
    </message>
    <message>
        <source>汇总表</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>逐个单位填写本月累计数，随填随查</source>
        <translation>Enter this month&apos;s cumulative figures unit by unit, checked as you type</translation>
    </message>
    <message>
        <source>按正式表式显示本月汇总表（与导出、打印的表格一致）</source>
        <translation>Show this month&apos;s summary in the official layout (the same as exported and printed)</translation>
    </message>
    <message>
        <source>显示本月增量</source>
        <translation>Show increase</translation>
    </message>
    <message>
        <source>在累计数旁显示本月比上月增加的数</source>
        <translation>Show next to each cumulative figure how much it rose since last month</translation>
    </message>
    <message>
        <source>撤销全部修改</source>
        <translation>Discard all</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>把本月修改过的报表一次性保存（Ctrl+S）</source>
        <translation>Save all reports changed this month at once (Ctrl+S)</translation>
    </message>
    <message>
        <source>报表：</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source>月份：</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>放弃本月%1的全部未保存修改？</source>
        <translation>Discard all unsaved changes for %1?</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1f5fbf&apos;&gt;%1 个单位的修改尚未保存&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1f5fbf&apos;&gt;Changes for %1 units are not saved yet&lt;/span&gt;</translation>
    </message>
    <message>
        <source>所有修改均已保存</source>
        <translation>All changes saved</translation>
    </message>
    <message>
        <source>%1&#x3000;已报 %2 / 应报 %3，缺报 %4（沿用上月数 %5）</source>
        <translation>%1  reported %2 / due %3, missing %4 (carried from last month %5)</translation>
    </message>
    <message>
        <source>沿用2021年10月</source>
        <translation>Carried from 2021年10月</translation>
    </message>
    <message>
        <source>保存报表</source>
        <translation>Save reports</translation>
    </message>
    <message>
        <source>已保存 %1 个单位的报表</source>
        <translation>Saved the reports of %1 units</translation>
    </message>
    <message>
        <source>未保存的修改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>%1 %2 有 %3 个单位的修改尚未保存。

保存这些修改吗？</source>
        <translation>%1 %2 has unsaved changes for %3 units.

Save these changes?</translation>
    </message>
    <message>
        <source>按上月数报送（本月无变化）</source>
        <translation>Report last month&apos;s figures (no change this month)</translation>
    </message>
    <message>
        <source>修改报送日期…</source>
        <translation>Change submission date…</translation>
    </message>
    <message>
        <source>撤销此单位的修改</source>
        <translation>Discard this unit&apos;s changes</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>生成空白报表…</source>
        <translation>Blank forms…</translation>
    </message>
    <message>
        <source>为每个报送机构生成本月的 Excel 空白报表（已填好单位和月份，预填上月累计数）</source>
        <translation>Generate this month&apos;s blank Excel reports for every reporting institution (unit and month filled in, last month&apos;s cumulative figures pre-filled)</translation>
    </message>
    <message>
        <source>导入报表…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>导入各机构填好的 Excel 报表，逐个检查后导入无误的文件</source>
        <translation>Import the Excel reports completed by institutions; each file is checked and only error-free files are imported</translation>
    </message>
    <message>
        <source>选择保存%1空白报表的文件夹</source>
        <translation>Choose a folder for the blank %1 reports</translation>
    </message>
    <message>
        <source>生成空白报表</source>
        <translation>Generate blank reports</translation>
    </message>
    <message>
        <source>已为 %1 个机构生成%2的空白报表，保存在 %3。</source>
        <translation>Generated blank %2 reports for %1 institutions in %3.</translation>
    </message>
    <message>
        <source>查看台账记录…</source>
        <translation>View ledger records…</translation>
    </message>
    <message>
        <source>恢复台账计算</source>
        <translation>Back to the ledger&apos;s figure</translation>
    </message>
    <message>
        <source>以填报数覆盖…</source>
        <translation>Keep a typed figure…</translation>
    </message>
    <message>
        <source>解锁…</source>
        <translation>Unlock…</translation>
    </message>
    <message>
        <source>验收本月</source>
        <translation>Accept the month</translation>
    </message>
    <message>
        <source>变更记录…</source>
        <translation>Change history…</translation>
    </message>
    <message>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>%1 %2的%3%4，数字已锁定，不能修改。

如确需修改，请先“解锁…”并说明理由。</source>
        <translation>%3 of %1 for %2 is %4; its figures are locked and cannot be changed.

If it really must change, use &quot;Unlock…&quot; first and give a reason.</translation>
    </message>
    <message>
        <source>已签发</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>已验收</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>由台账计算</source>
        <translation>Computed from the ledgers</translation>
    </message>
    <message>
        <source>此数由台账计算，不能直接填写。双击可查看组成此数的记录；若本单位台账不全，请右键选择“以填报数覆盖…”并写明理由。</source>
        <translation>This figure is computed from the ledgers and cannot be typed. Double-click to see the records that make it; if this unit&apos;s ledger is incomplete, right-click, choose &quot;Keep a typed figure…&quot; and give a reason.</translation>
    </message>
    <message>
        <source>请选择一个由台账计算的单位数字。</source>
        <translation>Please choose a unit&apos;s figure that is computed from the ledgers.</translation>
    </message>
    <message>
        <source>%1 本月已锁定，请先解锁。</source>
        <translation>%1 is locked for this month; unlock it first.</translation>
    </message>
    <message>
        <source>请先保存或撤销尚未保存的修改。</source>
        <translation>Please save or undo the unsaved changes first.</translation>
    </message>
    <message>
        <source>请选择一个单位的数字。</source>
        <translation>Please choose a unit&apos;s figure.</translation>
    </message>
    <message>
        <source>以填报数覆盖</source>
        <translation>Keep a typed figure</translation>
    </message>
    <message>
        <source>%1 %2 第%3栏（%4）：台账计算为 %5。
填写采用的数字，并说明为什么以填报数为准（如：台账记录不全）。</source>
        <translation>%1 %2 column %3 (%4): the ledgers give %5.
Enter the figure to use and say why the typed figure is right (e.g. the ledger records are incomplete).</translation>
    </message>
    <message>
        <source>填报数：</source>
        <translation>Typed figure:</translation>
    </message>
    <message>
        <source>删除此栏的填报数和理由，改用台账计算的数字？</source>
        <translation>Delete this column&apos;s typed figure and its reason, and use the figure computed from the ledgers?</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>已刷新</source>
        <translation>Refreshed</translation>
    </message>
    <message>
        <source>与服务器 %1 的连接已断开，什么也没有保存。

您的 %2 个单位的修改仍保留在本窗口中：连接恢复后再点“保存”。</source>
        <translation>The connection to the server %1 was lost; nothing was saved.

Your changes to %2 units are still in this window: click &quot;Save&quot; again once the connection is back.</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>按官方格式把本月的统计表导出为 Excel 工作簿（三张表一起，或只导出一张）</source>
        <translation>Export this month&apos;s statistical tables as an Excel workbook in the official layout (all three together, or just one)</translation>
    </message>
    <message>
        <source>%1。未修改，此格仍为空。</source>
        <translation>%1. Nothing changed; the cell stays blank.</translation>
    </message>
    <message>
        <source>%1。未修改，此格仍为 %2。</source>
        <translation>%1. Nothing changed; the cell stays %2.</translation>
    </message>
    <message>
        <source>已验收或已签发</source>
        <translation>accepted or signed</translation>
    </message>
    <message>
        <source>合计行</source>
        <translation>total rows</translation>
    </message>
    <message>
        <source>由名册计算</source>
        <translation>computed from the registry</translation>
    </message>
    <message>
        <source>单位、报送情况栏</source>
        <translation>unit and status columns</translation>
    </message>
    <message>
        <source>%1 %2 格</source>
        <translation>%1: %2 cells</translation>
    </message>
    <message>
        <source>跳过不能填写的 %1 格（%2）</source>
        <translation>skipped %1 cells that cannot be filled in (%2)</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>已复制 %1 行 %2 列</source>
        <translation>Copied %1 rows, %2 columns</translation>
    </message>
    <message>
        <source>剪贴板中没有可粘贴的内容</source>
        <translation>The clipboard holds nothing to paste</translation>
    </message>
    <message>
        <source>请先选中粘贴的起始单元格</source>
        <translation>Select the cell to paste at first</translation>
    </message>
    <message>
        <source>未粘贴：%1 个值不符合要求</source>
        <translation>Not pasted: %1 values are not acceptable</translation>
    </message>
    <message>
        <source>粘贴</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>粘贴的内容中有 %1 个值不符合要求，什么也没有粘贴：

%2

请在表格中改正后再复制粘贴。</source>
        <translation>%1 of the pasted values are not acceptable, so nothing was pasted:

%2

Correct them in the spreadsheet, then copy and paste again.</translation>
    </message>
    <message>
        <source>已粘贴 %1 行 %2 列，修改 %3 格</source>
        <translation>Pasted %1 rows, %2 columns; %3 cells changed</translation>
    </message>
    <message>
        <source>粘贴内容有 %1 行 %2 列，超出表格的 %3 行 %4 列未粘贴</source>
        <translation>the pasted block has %1 rows and %2 columns; %3 rows and %4 columns beyond the grid were left out</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>已清除 %1 格</source>
        <translation>Cleared %1 cells</translation>
    </message>
    <message>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>导入报表</source>
        <translation>Import reports</translation>
    </message>
    <message>
        <source>只能导入 Excel 工作簿（.xlsx）或含有工作簿的文件夹。以下 %1 项未导入：

%2

旧版 .xls 文件请先在 Excel 或 WPS 中另存为 .xlsx。</source>
        <translation>Only Excel workbooks (.xlsx) or folders holding them can be imported. These %1 items were not imported:

%2

Save old .xls files as .xlsx in Excel or WPS first.</translation>
    </message>
    <message>
        <source>使用台账数（%1）</source>
        <translation>Use ledger figure (%1)</translation>
    </message>
    <message>
        <source>使用台账数</source>
        <translation>Use ledger figure</translation>
    </message>
    <message>
        <source>要保存的报表中有 %1 个错误（见下方检查结果）。</source>
        <translation>The reports to be saved have %1 error(s) (see the check results below).</translation>
    </message>
    <message>
        <source>……另有 %1 处</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <source>与以后月份已存的累计数矛盾（%1 处）：
%2</source>
        <translation>They contradict the cumulative figures already stored for later months (%1 place(s)):
%2</translation>
    </message>
    <message>
        <source>%1

仍然保存为草稿吗？签发或导出前还需改正。</source>
        <translation>%1

Save them as a draft anyway? They must be corrected before signing or export.</translation>
    </message>
    <message>
        <source>还没有专项整治：先在“专项整治概览”中新建</source>
        <translation>No campaign yet: first create one in &quot;Campaign overview&quot;</translation>
    </message>
    <message>
        <source>该专项整治的期间内没有要报的月份：请在“编辑方案…”中核对日期</source>
        <translation>There are no months to report within this campaign&apos;s period: check the dates in &quot;Edit plan…&quot;</translation>
    </message>
    <message>
        <source>没有未保存的修改</source>
        <translation>No unsaved changes</translation>
    </message>
    <message>
        <source>汇总表按正式表式只显示累计数；在“逐单位填报”中可显示本月增量</source>
        <translation>The summary table shows only cumulative figures, as in the official form; &quot;By unit&quot; can show this month&apos;s increase</translation>
    </message>
    <message>
        <source>前往“开始使用”</source>
        <translation>Go to &quot;Getting started&quot;</translation>
    </message>
    <message>
        <source>在“专项整治概览”中按三步开始：导入机构名册、新建专项整治、生成空白报表</source>
        <translation>Start with three steps in &quot;Campaign overview&quot;: import the facility registry, create a campaign, generate blank forms</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;还没有专项整治，暂时没有报表可填。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;报表填报按专项整治的报送截止事项逐月进行。请先在“专项整治概览”中导入机构名册、按模板新建专项整治，然后在这里生成空白报表发给各机构、导入收回的报表或直接录入。&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No campaign yet, so there are no forms to fill in.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Forms are filled in month by month according to the campaign&apos;s reporting deadlines. First, in &quot;Campaign overview&quot;, import the facility registry and create a campaign from a template; then, here, generate blank forms to send to facilities, import returned forms, or enter data directly.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;名册中还没有机构，本月没有单位要报。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;请先在“机构名册”中导入或添加医疗机构；有了机构，这里就列出每个单位的报表，也可以为它们生成空白报表。&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;The registry has no facilities yet, so no facility has to report this month.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;First import or add medical facilities in &quot;Institutions&quot;; once there are facilities, each facility&apos;s forms are listed here, and you can also generate blank forms for them.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1没有单位要报这张表。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;在名册中核对机构的类别和开业日期，或选择另一张表、另一个月份。&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No facility has to report this form for %1.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Check the facilities&apos; categories and opening dates in the registry, or choose another form or another month.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>本月没有单位要报</source>
        <translation>No facility has to report this month</translation>
    </message>
    <message>
        <source>撤销上一步未保存的修改（Ctrl+Z）</source>
        <translation>Undo the last unsaved change (Ctrl+Z)</translation>
    </message>
    <message>
        <source>没有可撤销的修改</source>
        <translation>Nothing to undo</translation>
    </message>
    <message>
        <source>重做刚撤销的修改（Ctrl+Y）</source>
        <translation>Redo the change just undone (Ctrl+Y)</translation>
    </message>
    <message>
        <source>没有可重做的修改</source>
        <translation>Nothing to redo</translation>
    </message>
    <message>
        <source>已取消，没有生成空白报表；文件夹 %1 保持原样。</source>
        <translation>Cancelled; no blank forms were written; the folder %1 is as it was.</translation>
    </message>
</context>
<context>
    <name>qf::ui::ErrorListDialog</name>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>复制全部</source>
        <translation>Copy all</translation>
    </message>
    <message>
        <source>把全部错误复制为文字，可粘贴到邮件或聊天中</source>
        <translation>Copy every error as text, to paste into a mail or a chat</translation>
    </message>
</context>
<context>
    <name>qf::ui::EvidencePanel</name>
    <message>
        <source>附加整改前材料…</source>
        <translation>Attach evidence before rectification…</translation>
    </message>
    <message>
        <source>附加整改后材料…</source>
        <translation>Attach evidence after rectification…</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>整改后</source>
        <translation>After rectification</translation>
    </message>
    <message>
        <source>整改前</source>
        <translation>Before rectification</translation>
    </message>
    <message>
        <source>【%1】%2（%3 KB，%4）</source>
        <translation>[%1] %2 (%3 KB, %4)</translation>
    </message>
    <message>
        <source>附加整改后材料</source>
        <translation>Attach evidence after rectification</translation>
    </message>
    <message>
        <source>附加整改前材料</source>
        <translation>Attach evidence before rectification</translation>
    </message>
    <message>
        <source>附加材料</source>
        <translation>Attach evidence</translation>
    </message>
    <message>
        <source>打开材料</source>
        <translation>Open evidence</translation>
    </message>
    <message>
        <source>删除材料</source>
        <translation>Delete evidence</translation>
    </message>
    <message>
        <source>删除佐证材料“%1”？</source>
        <translation>Delete the evidence &quot;%1&quot;?</translation>
    </message>
</context>
<context>
    <name>qf::ui::FindingsPanel</name>
    <message>
        <source>%1至%2之和</source>
        <translation>Sum of %1 to %2</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>栏目</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>不能为负数</source>
        <translation>Must not be negative</translation>
    </message>
    <message>
        <source>应为整数</source>
        <translation>Must be a whole number</translation>
    </message>
    <message>
        <source>累计数不少于上月</source>
        <translation>Cumulative not below last month</translation>
    </message>
    <message>
        <source>本月增加异常</source>
        <translation>Unusual monthly increase</translation>
    </message>
    <message>
        <source>%1&gt;0 时 %2&gt;0</source>
        <translation>%2&gt;0 when %1&gt;0</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>疑点</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>检查结果：本月没有发现错误或疑点。</source>
        <translation>Check results: no errors or warnings this month.</translation>
    </message>
    <message>
        <source>检查结果：&lt;b style=&apos;color:#b3261e&apos;&gt;错误 %1 个&lt;/b&gt;，&lt;b style=&apos;color:#9a6200&apos;&gt;疑点 %2 个&lt;/b&gt;&#x3000;（点击一条定位到单元格）</source>
        <translation>Check results: &lt;b style=&apos;color:#b3261e&apos;&gt;%1 errors&lt;/b&gt;, &lt;b style=&apos;color:#9a6200&apos;&gt;%2 warnings&lt;/b&gt;  (click one to go to its cell)</translation>
    </message>
    <message>
        <source>与台账不符</source>
        <translation>Disagrees with the ledger</translation>
    </message>
    <message>
        <source>以填报数覆盖台账</source>
        <translation>Typed figure kept against the ledger</translation>
    </message>
</context>
<context>
    <name>qf::ui::FormExportDialog</name>
    <message>
        <source>导出报表（Excel）</source>
        <translation>Export tables (Excel)</translation>
    </message>
    <message>
        <source>本月三张表，一个工作簿（工作表 附件1、附件2、附件3）</source>
        <translation>The month&apos;s three tables in one workbook (sheets Annex 1, Annex 2, Annex 3)</translation>
    </message>
    <message>
        <source>只导出一张表：</source>
        <translation>Only one table:</translation>
    </message>
    <message>
        <source>表头右侧的“填报时间”</source>
        <translation>The &quot;filling date&quot; on the right of the header</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>专项整治：</source>
        <translation>Campaign:</translation>
    </message>
    <message>
        <source>月份：</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>报表：</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source>填报时间：</source>
        <translation>Filling date:</translation>
    </message>
    <message>
        <source>保存为：</source>
        <translation>Save as:</translation>
    </message>
    <message>
        <source>导出前先检查本月数据；有错误时列出错误，可改正后再导出，也可以仍然导出。</source>
        <translation>The month&apos;s figures are checked first; errors are listed, and you can correct them and export again, or export anyway.</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>请填写要保存的文件名。</source>
        <translation>Please enter the name of the file to save.</translation>
    </message>
    <message>
        <source>文件夹 %1 不存在，请另选保存位置。</source>
        <translation>The folder %1 does not exist; please choose another place to save.</translation>
    </message>
    <message>
        <source>%1 已存在，要替换它吗？</source>
        <translation>%1 already exists. Replace it?</translation>
    </message>
</context>
<context>
    <name>qf::ui::FormExporter</name>
    <message>
        <source>还没有专项整治，请先在“专项整治概览”中新建。</source>
        <translation>There is no campaign yet; create one under &quot;Campaign overview&quot; first.</translation>
    </message>
    <message>
        <source>%1的数据有 %2 个错误：</source>
        <translation>The figures of %1 have %2 errors:</translation>
    </message>
    <message>
        <source>可以先在“报表填报”中改正，也可以仍然导出（表中照样是这些数字）。</source>
        <translation>You can correct them in &quot;Report entry&quot; first, or export anyway (the tables will show these figures as they are).</translation>
    </message>
    <message>
        <source>导出报表（Excel）</source>
        <translation>Export tables (Excel)</translation>
    </message>
    <message>
        <source>仍然导出</source>
        <translation>Export anyway</translation>
    </message>
    <message>
        <source>已导出%1（%2）：
%3</source>
        <translation>Exported %1 (%2):
%3</translation>
    </message>
    <message>
        <source>表中含 %1 个错误。</source>
        <translation>The tables contain %1 errors.</translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation>Open containing folder</translation>
    </message>
    <message>
        <source>……另有 %1 个错误。</source>
        <translation>… and %1 more errors.</translation>
    </message>
    <message>
        <source>已取消，没有导出；%1 保持原样。</source>
        <translation>Cancelled; nothing was exported; %1 is as it was.</translation>
    </message>
</context>
<context>
    <name>qf::ui::FormPrintPanel</name>
    <message>
        <source>表头右侧的“填报时间”</source>
        <translation>The &quot;filling date&quot; on the right of the header</translation>
    </message>
    <message>
        <source>预览…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>保存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>报表：</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source>月份：</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>填报时间：</source>
        <translation>Filling date:</translation>
    </message>
    <message>
        <source>A4 横向打印，版式与导出的 Excel 表相同；表头在每一页重复，页脚有页码。</source>
        <translation>Printed on A4 landscape, laid out like the exported Excel tables; the header repeats on every page and the footer has page numbers.</translation>
    </message>
    <message>
        <source>还没有专项整治，请先在“专项整治概览”中新建。</source>
        <translation>There is no campaign yet; create one under &quot;Campaign overview&quot; first.</translation>
    </message>
    <message>
        <source>%1 个单位本月未报送</source>
        <translation>%1 units have not reported this month</translation>
    </message>
    <message>
        <source>%1 个错误</source>
        <translation>%1 errors</translation>
    </message>
    <message>
        <source>%1 个提示</source>
        <translation>%1 notes</translation>
    </message>
    <message>
        <source>数据完整，没有发现问题。</source>
        <translation>The data is complete; no problems found.</translation>
    </message>
    <message>
        <source>注意：%1。仍可打印，便于核对。</source>
        <translation>Note: %1. You can still print, to help checking.</translation>
    </message>
    <message>
        <source>还没有专项整治，无法打印报表。</source>
        <translation>There is no campaign yet, so no report can be printed.</translation>
    </message>
    <message>
        <source>%1 %2.pdf</source>
        <translation>%1 %2.pdf</translation>
    </message>
    <message>
        <source>保存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>已保存（共 %1 页）：%2</source>
        <translation>Saved (%1 pages): %2</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>按官方格式导出为 Excel 工作簿：这张表，或本月三张表一起</source>
        <translation>Export as an Excel workbook in the official layout: this table, or the month&apos;s three together</translation>
    </message>
    <message>
        <source>还没有专项整治：先在“专项整治概览”中新建</source>
        <translation>No campaign yet: first create one in &quot;Campaign overview&quot;</translation>
    </message>
    <message>
        <source>该专项整治的期间内没有要报的月份：请在“编辑方案…”中核对日期</source>
        <translation>There are no months to report within this campaign&apos;s period: check the dates in &quot;Edit plan…&quot;</translation>
    </message>
</context>
<context>
    <name>qf::ui::GroupedHeaderView</name>
    <message>
        <source>%1 自动</source>
        <translation>%1 automatic</translation>
    </message>
</context>
<context>
    <name>qf::ui::GuidedStart</name>
    <message>
        <source>开始使用：三步开展专项整治</source>
        <translation>Getting started: run a campaign in three steps</translation>
    </message>
    <message>
        <source>导入本县的医疗机构名册（Excel 或 CSV），报表、跟踪和海报都从名册来。</source>
        <translation>Import the county&apos;s medical facility registry (Excel or CSV); forms, tracking and posters all come from the registry.</translation>
    </message>
    <message>
        <source>按模板新建专项整治：选择模板，填写本县名称和年度，核对工作阶段和报送截止事项。</source>
        <translation>Create a campaign from a template: choose a template, fill in the county name and year, and check the work phases and reporting deadlines.</translation>
    </message>
    <message>
        <source>为每个报送机构生成本月的空白报表，发给各机构填写；收到第一份报表后此步完成。</source>
        <translation>Generate this month&apos;s blank forms for each reporting facility and send them out to be filled in; this step is complete once the first form is received.</translation>
    </message>
    <message>
        <source>导入机构名册…</source>
        <translation>Import facility registry…</translation>
    </message>
    <message>
        <source>新建专项整治…</source>
        <translation>New campaign…</translation>
    </message>
    <message>
        <source>生成空白报表…</source>
        <translation>Generate blank forms…</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>尚未完成</source>
        <translation>Not done yet</translation>
    </message>
    <message>
        <source>先新建专项整治（第 2 步），才能生成它的空白报表</source>
        <translation>Create a campaign first (step 2) before generating its blank forms</translation>
    </message>
    <message>
        <source>名册中还没有机构：先导入机构名册（第 1 步）</source>
        <translation>The registry has no facilities yet: import the facility registry first (step 1)</translation>
    </message>
</context>
<context>
    <name>qf::ui::HelpDialog</name>
    <message>
        <source>使用说明</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>zh_CN</source>
        <comment>the language code of this translation (zh_CN or en); it picks the user guide</comment>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>qf::ui::HistoryDialog</name>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Modified</translation>
    </message>
    <message>
        <source>变更记录 — %1</source>
        <translation>Change history — %1</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>User</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>建立记录</source>
        <translation>Record created</translation>
    </message>
    <message>
        <source>没有变更记录。</source>
        <translation>No changes recorded.</translation>
    </message>
    <message>
        <source>变更记录由数据库自动保存，任何人都不能修改或删除。</source>
        <translation>The change history is saved automatically by the database; nobody can change or delete it.</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>签发本月：全部单位锁定</source>
        <translation>Month signed: every unit locked</translation>
    </message>
    <message>
        <source>验收本月：锁定</source>
        <translation>Month accepted: locked</translation>
    </message>
    <message>
        <source>取消签发，解锁。理由：%1</source>
        <translation>Signature lifted, unlocked. Reason: %1</translation>
    </message>
    <message>
        <source>解锁。理由：%1</source>
        <translation>Unlocked. Reason: %1</translation>
    </message>
    <message>
        <source>第%1栏恢复台账计算</source>
        <translation>Column %1 back to the ledger&apos;s figure</translation>
    </message>
    <message>
        <source>第%1栏以填报数覆盖台账数。理由：%2</source>
        <translation>Column %1: typed figure kept against the ledger&apos;s. Reason: %2</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>第%1栏填写 %2</source>
        <translation>Column %1 entered: %2</translation>
    </message>
    <message>
        <source>第%1栏删除（原为 %2）</source>
        <translation>Column %1 deleted (was %2)</translation>
    </message>
    <message>
        <source>第%1栏 %2 → %3</source>
        <translation>Column %1: %2 → %3</translation>
    </message>
    <message>
        <source>锁定时的数字已保存，此后按其显示</source>
        <translation>Figures stored as shown at locking; the month is shown from them</translation>
    </message>
</context>
<context>
    <name>qf::ui::ImportReportsDialog</name>
    <message>
        <source>导入机构填好的报表</source>
        <translation>Import completed reports</translation>
    </message>
    <message>
        <source>选择各机构填好的 Excel 报表（本软件生成的空白报表）。每个文件按单元格中的附件、填报单位和报表月份识别，检查无误后才能导入；有错误的文件不会改动任何数据。</source>
        <translation>Choose the Excel reports completed by the institutions (blank reports generated by this program). Each file is identified by the annex, reporting unit and report month in its cells and can be imported only once it passes the checks; files with errors change no data.</translation>
    </message>
    <message>
        <source>添加文件…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>添加文件夹…</source>
        <translation>Add folder…</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>机构</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>检查结果</source>
        <translation>Check results</translation>
    </message>
    <message>
        <source>导入全部无误文件</source>
        <translation>Import all error-free files</translation>
    </message>
    <message>
        <source>选择填好的报表</source>
        <translation>Choose completed reports</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>选择存放报表的文件夹</source>
        <translation>Choose the folder containing the reports</translation>
    </message>
    <message>
        <source>已导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>无误</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>尚未选择文件</source>
        <translation>No files selected yet</translation>
    </message>
    <message>
        <source>共 %1 个文件：%2 个无误，%3 个有错误</source>
        <translation>%1 files: %2 OK, %3 with errors</translation>
    </message>
    <message>
        <source>；已导入 %1 个文件</source>
        <translation>; %1 files imported</translation>
    </message>
    <message>
        <source>收到日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>收到文件的日期，决定按时还是补报；默认为文件的修改日期，双击修改</source>
        <translation>The day the file arrived decides on time or late; by default the file&apos;s modification date. Double-click to change it.</translation>
    </message>
    <message>
        <source>检查报表</source>
        <translation>Checking forms</translation>
    </message>
    <message>
        <source>；已取消检查，新添加的文件未列入</source>
        <translation>; the check was cancelled, the files just added are not listed</translation>
    </message>
    <message>
        <source>导入报表</source>
        <translation>Importing forms</translation>
    </message>
    <message>
        <source>；已取消，没有导入任何文件</source>
        <translation>; cancelled, no file was imported</translation>
    </message>
</context>
<context>
    <name>qf::ui::IncompleteInstitutionsBox</name>
    <message>
        <source>公告上的举报电话和举报邮箱不能空着。请补填后保存到机构名册，或跳过这些机构（本次不打印）。</source>
        <translation>The complaint phone and e-mail on the notice must not be empty. Fill them in and save them to the institution register, or skip these institutions (not printed this time).</translation>
    </message>
    <message>
        <source>机构</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>举报电话</source>
        <translation>Complaint phone</translation>
    </message>
    <message>
        <source>举报邮箱</source>
        <translation>Complaint e-mail</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>举报渠道不全的机构（%1家）</source>
        <translation>Institutions with incomplete complaint channels (%1)</translation>
    </message>
    <message>
        <source>必填，如 0772-6812120</source>
        <translation>Required, e.g. 0772-6812120</translation>
    </message>
    <message>
        <source>必填，如 xxx@126.com</source>
        <translation>Required, e.g. xxx@126.com</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>跳过</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>把举报电话和邮箱保存到机构名册</source>
        <translation>Save the complaint phone and e-mail to the institution register</translation>
    </message>
    <message>
        <source>本次不打印这家机构的公告</source>
        <translation>Do not print this institution&apos;s notice this time</translation>
    </message>
</context>
<context>
    <name>qf::ui::InspectionDialog</name>
    <message>
        <source>检查记录 #%1</source>
        <translation>Inspection record #%1</translation>
    </message>
    <message>
        <source>登记检查</source>
        <translation>New inspection</translation>
    </message>
    <message>
        <source>约谈</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>通报批评</source>
        <translation>Public criticism</translation>
    </message>
    <message>
        <source>限期整改</source>
        <translation>Rectification within a deadline</translation>
    </message>
    <message>
        <source>追回资金</source>
        <translation>Funds recovered</translation>
    </message>
    <message>
        <source>行政罚款</source>
        <translation>Administrative fine</translation>
    </message>
    <message>
        <source> 条</source>
        <translation> leads</translation>
    </message>
    <message>
        <source>其他处理措施（填写即计入“其他”）</source>
        <translation>Other measures (anything written counts as &quot;other&quot;)</translation>
    </message>
    <message>
        <source>移交线索</source>
        <translation>Leads handed over</translation>
    </message>
    <message>
        <source>被检查机构（必填）</source>
        <translation>Inspected institution (required)</translation>
    </message>
    <message>
        <source>检查日期</source>
        <translation>Inspection date</translation>
    </message>
    <message>
        <source>检查方式</source>
        <translation>Inspection method</translation>
    </message>
    <message>
        <source>检查人员</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <source>检查发现</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>处理措施</source>
        <translation>Measures taken</translation>
    </message>
    <message>
        <source>主动清退基金</source>
        <translation>Voluntarily refunded funds</translation>
    </message>
    <message>
        <source>追回基金</source>
        <translation>Funds recovered</translation>
    </message>
    <message>
        <source>暂停执业（人）</source>
        <translation>Practice suspended (persons)</translation>
    </message>
    <message>
        <source>吊销执业证书（人）</source>
        <translation>Licences revoked (persons)</translation>
    </message>
    <message>
        <source>移送司法机关（人）</source>
        <translation>Referred to judicial authorities (persons)</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>检查日期晚于今天。</source>
        <translation>The inspection date is later than today.</translation>
    </message>
    <message>
        <source>非医保定点</source>
        <translation>not insurance-contracted</translation>
    </message>
    <message>
        <source>提示：%1非医保定点机构，本次检查不计入附件2。再按一次“确定”保存。</source>
        <translation>Note: %1 is not a medical-insurance contracted institution, so this inspection does not count in Annex 2. Press OK again to save.</translation>
    </message>
</context>
<context>
    <name>qf::ui::InstitutionDialog</name>
    <message>
        <source>编辑机构</source>
        <translation>Edit institution</translation>
    </message>
    <message>
        <source>新增机构</source>
        <translation>New institution</translation>
    </message>
    <message>
        <source>如：鹿寨县人民医院</source>
        <translation>e.g. 鹿寨县人民医院</translation>
    </message>
    <message>
        <source>与医保经办机构签订了服务协议</source>
        <translation>Has a service agreement with the medical-insurance agency</translation>
    </message>
    <message>
        <source>如：0772-6812120</source>
        <translation>e.g. 0772-6812120</translation>
    </message>
    <message>
        <source>开业日期</source>
        <translation>Opening date</translation>
    </message>
    <message>
        <source>名称（必填）</source>
        <translation>Name (required)</translation>
    </message>
    <message>
        <source>简称</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>所有制</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>医保定点</source>
        <translation>Medical-insurance contracted</translation>
    </message>
    <message>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>举报电话</source>
        <translation>Complaint phone</translation>
    </message>
    <message>
        <source>举报邮箱</source>
        <translation>Complaint e-mail</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>催报时拨打的办公电话，不公开</source>
        <translation>Office line called to chase reports; not public</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
</context>
<context>
    <name>qf::ui::InstitutionTableModel</name>
    <message>
        <source>示例数据</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>停用（%1起）</source>
        <translation>Inactive (from %1)</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>简称</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>所有制</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>医保定点</source>
        <translation>Medical-insurance contracted</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>举报电话</source>
        <translation>Complaint phone</translation>
    </message>
    <message>
        <source>举报邮箱</source>
        <translation>Complaint e-mail</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
</context>
<context>
    <name>qf::ui::LedgerCellDialog</name>
    <message>
        <source>台账</source>
        <translation>Ledgers</translation>
    </message>
    <message>
        <source>%1 第%2栏的台账记录</source>
        <translation>Ledger records of %1 column %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&#x3000;%2&#x3000;%3（第%4栏）：%5&lt;/b&gt;&lt;br&gt;计算方法：%6</source>
        <translation>&lt;b&gt;%1  %2  %3 (column %4): %5&lt;/b&gt;&lt;br&gt;How it is counted: %6</translation>
    </message>
    <message>
        <source>未建台账</source>
        <translation>no ledger kept</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>机构</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>计数</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>已计</source>
        <translation>already counted</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>月末前没有计入此栏的记录，故为0。</source>
        <translation>No record counting in this column before the month&apos;s end, so it is 0.</translation>
    </message>
    <message>
        <source>该单位没有建立此栏所用的台账，数字以填报为准。</source>
        <translation>This unit keeps no ledger for this column; the typed figure stands.</translation>
    </message>
    <message>
        <source>合计：%1（%2 条记录计入）</source>
        <translation>Total: %1 (%2 records counted)</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>qf::ui::LedgerFiguresTab</name>
    <message>
        <source>查看记录…</source>
        <translation>View records…</translation>
    </message>
    <message>
        <source>以填报数为准…</source>
        <translation>Keep the reported figure…</translation>
    </message>
    <message>
        <source>只看不一致</source>
        <translation>Only disagreements</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>数字为台账在月末的累计数；红色：填报数与台账不符；黄色：已写明理由、以填报数为准；“—”：该单位未建此项台账，以填报为准。双击查看组成该数字的记录。</source>
        <translation>Figures are the ledgers&apos; cumulative figures at the month&apos;s end. Red: the typed figure disagrees with the ledger; yellow: the typed figure stands, with a reason; &quot;—&quot;: the unit keeps no such ledger and the typed figure stands. Double-click to see the records that make a figure.</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>%1（填报%2）</source>
        <translation>%1 (typed %2)</translation>
    </message>
    <message>
        <source>填报数与台账不符：请核对台账，或写明理由后以填报数为准。</source>
        <translation>The typed figure disagrees with the ledger: check the ledger, or give a reason and keep the typed figure.</translation>
    </message>
    <message>
        <source>以填报数为准，理由：%1</source>
        <translation>The typed figure stands, reason: %1</translation>
    </message>
    <message>
        <source>%1 %2：台账计算 %3 个数字；与填报不符 %4 个；以填报数为准 %5 个。</source>
        <translation>%1 %2: %3 figures computed from the ledgers; %4 disagree with the typed figures; %5 typed figures stand with a reason.</translation>
    </message>
    <message>
        <source>以填报数为准</source>
        <translation>Keep the typed figure</translation>
    </message>
    <message>
        <source>请选择一个填报数与台账不符的单元格（红色）。</source>
        <translation>Please choose a cell where the typed figure disagrees with the ledger (red).</translation>
    </message>
    <message>
        <source>%1 第%2栏：为什么填报数比台账更准确？（如：台账不全、由其他股室统计）
清空理由则恢复以台账为准。</source>
        <translation>%1 column %2: why is the typed figure more accurate than the ledger? (e.g. the ledger is incomplete, another section keeps the count)
Clear the reason to go back to the ledger&apos;s figure.</translation>
    </message>
    <message>
        <source>理由：</source>
        <translation>Reason: </translation>
    </message>
</context>
<context>
    <name>qf::ui::LedgerTab</name>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>办理</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>查看/编辑</source>
        <translation>View/Edit</translation>
    </message>
    <message>
        <source>导入 CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>搜索任一栏…</source>
        <translation>Search any column…</translation>
    </message>
    <message>
        <source>只看逾期和临近期限</source>
        <translation>Only overdue and near deadline</translation>
    </message>
    <message>
        <source>全部机构</source>
        <translation>All institutions</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>这条记录已办理完毕。</source>
        <translation>This record has been dealt with.</translation>
    </message>
    <message>
        <source>；逾期 %1 条，临近期限 %2 条</source>
        <translation>; %1 overdue, %2 near deadline</translation>
    </message>
    <message>
        <source>显示 %1 条，共 %2 条%3。</source>
        <translation>Showing %1 of %2%3.</translation>
    </message>
    <message>
        <source>请先新建专项整治。</source>
        <translation>Please create a campaign first.</translation>
    </message>
    <message>
        <source>请先在表中选择一条记录。</source>
        <translation>Please choose a record in the table first.</translation>
    </message>
    <message>
        <source>导入%1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv);;所有文件 (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>文件有 %1 处错误，未导入任何记录。</source>
        <translation>The file has %1 errors; no records were imported.</translation>
    </message>
    <message>
        <source>表头应为：%1</source>
        <translation>The header should be: %1</translation>
    </message>
    <message>
        <source>已导入 %1 条。</source>
        <translation>Imported %1 records.</translation>
    </message>
    <message>
        <source>导出%1</source>
        <translation>Export %1</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>已导出 %1 条到 %2。</source>
        <translation>Exported %1 records to %2.</translation>
    </message>
    <message>
        <source>还没有专项整治：先在“专项整治概览”中新建</source>
        <translation>No campaign yet: first create one in &quot;Campaign overview&quot;</translation>
    </message>
    <message>
        <source>先在列表中选中一条记录</source>
        <translation>Select a record in the list first</translation>
    </message>
</context>
<context>
    <name>qf::ui::LedgerWidgets</name>
    <message>
        <source>未填</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <source> 万元</source>
        <translation> (10,000 yuan)</translation>
    </message>
</context>
<context>
    <name>qf::ui::LedgersPage</name>
    <message>
        <source>台账</source>
        <translation>Ledgers</translation>
    </message>
    <message>
        <source>报表对照</source>
        <translation>Figures vs. ledgers</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>尚未新建专项整治</source>
        <translation>No campaign yet</translation>
    </message>
    <message>
        <source>无法读取专项整治</source>
        <translation>Could not read the campaign</translation>
    </message>
</context>
<context>
    <name>qf::ui::MailAccountDialog</name>
    <message>
        <source>修改邮箱</source>
        <translation>Edit mailbox</translation>
    </message>
    <message>
        <source>添加邮箱</source>
        <translation>Add mailbox</translation>
    </message>
    <message>
        <source>例如：党建办邮箱</source>
        <translation>e.g. 党建办 mailbox</translation>
    </message>
    <message>
        <source>例如：djb_luzhai@126.com</source>
        <translation>e.g. djb_luzhai@126.com</translation>
    </message>
    <message>
        <source>例如：imap.126.com</source>
        <translation>e.g. imap.126.com</translation>
    </message>
    <message>
        <source>用 STARTTLS 升级加密（端口 143）</source>
        <translation>Upgrade with STARTTLS (port 143)</translation>
    </message>
    <message>
        <source>默认为邮箱地址</source>
        <translation>The e-mail address by default</translation>
    </message>
    <message>
        <source>邮箱设置中生成的授权码，不是登录密码</source>
        <translation>The authorisation code from the mailbox&apos;s settings, not the login password</translation>
    </message>
    <message>
        <source>记住授权码（保存在系统密钥环中）</source>
        <translation>Remember the code (in the system keyring)</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>邮箱地址</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>收信服务器（IMAP）</source>
        <translation>Incoming server (IMAP)</translation>
    </message>
    <message>
        <source>端口</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>邮件文件夹</source>
        <translation>Mail folder</translation>
    </message>
    <message>
        <source>收报股室</source>
        <translation>Receiving office</translation>
    </message>
    <message>
        <source>授权码</source>
        <translation>Authorisation code</translation>
    </message>
    <message>
        <source>例如：smtp.126.com（发送催报和回执用）</source>
        <translation>e.g. smtp.126.com (used to send reminders and receipts)</translation>
    </message>
    <message>
        <source>465 为 SSL 加密；587 为 STARTTLS 升级加密</source>
        <translation>465 for SSL encryption; 587 for STARTTLS upgrade encryption</translation>
    </message>
    <message>
        <source>发信服务器（SMTP）</source>
        <translation>Outgoing mail server (SMTP)</translation>
    </message>
    <message>
        <source>发信端口</source>
        <translation>Outgoing port</translation>
    </message>
    <message>
        <source>不填：不按股室区分</source>
        <translation>Blank: not tied to an office</translation>
    </message>
    <message>
        <source>例如：%1（不填则不按股室区分）</source>
        <translation>e.g. %1 (blank: not tied to an office)</translation>
    </message>
    <message>
        <source>催报按截止期限的“报至”股室找发信邮箱，须是专项整治中的股室</source>
        <translation>Reminders are sent from the mailbox of the office a deadline reports to; it must be one of the campaign&apos;s offices</translation>
    </message>
</context>
<context>
    <name>qf::ui::MailAccountEditing</name>
    <message>
        <source>添加邮箱</source>
        <translation>Add mailbox</translation>
    </message>
    <message>
        <source>修改邮箱</source>
        <translation>Edit mailbox</translation>
    </message>
    <message>
        <source>删除邮箱</source>
        <translation>Remove mailbox</translation>
    </message>
    <message>
        <source>删除邮箱“%1”的设置？</source>
        <translation>Remove the settings of mailbox “%1”?</translation>
    </message>
</context>
<context>
    <name>qf::ui::MailAccountsDialog</name>
    <message>
        <source>邮箱</source>
        <translation>Mailboxes</translation>
    </message>
    <message>
        <source>各股室收取报表、发送催报和回执的邮箱。催报从截止期限“报至”股室的邮箱发出。</source>
        <translation>The offices&apos; mailboxes that collect reports and send reminders and receipts. A reminder is sent from the mailbox of the office its deadline reports to.</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>邮箱地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>收信服务器</source>
        <translation>Incoming server</translation>
    </message>
    <message>
        <source>收报股室</source>
        <translation>Receiving office</translation>
    </message>
    <message>
        <source>添加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>（不按股室区分）</source>
        <translation>(not tied to an office)</translation>
    </message>
    <message>
        <source>%1（不是本专项整治的股室，催报不会按它选用此邮箱）</source>
        <translation>%1 (not an office of this campaign: reminders will not choose this mailbox by it)</translation>
    </message>
</context>
<context>
    <name>qf::ui::MailFetchDialog</name>
    <message>
        <source>收取报表</source>
        <translation>Fetch reports</translation>
    </message>
    <message>
        <source>邮箱</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <source>添加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>授权码（已记住的会自动填入）</source>
        <translation>Authorisation code (filled in when remembered)</translation>
    </message>
    <message>
        <source>授权码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>收取新邮件</source>
        <translation>Fetch new mail</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>发件人</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>机构</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>收到</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>错误和提示</source>
        <translation>Errors and notes</translation>
    </message>
    <message>
        <source>收取时的提示（旧版表格、图片等附件）显示在这里，可复制后回复机构。</source>
        <translation>Notes from fetching (old spreadsheets, pictures and other attachments) appear here, to copy into a reply.</translation>
    </message>
    <message>
        <source>导入无误的报表</source>
        <translation>Import clean workbooks</translation>
    </message>
    <message>
        <source>上次收取的报表中有 %1 个尚未导入。</source>
        <translation>%1 workbooks from the last fetch are not imported yet.</translation>
    </message>
    <message>
        <source>请先添加一个邮箱</source>
        <translation>Add a mailbox first</translation>
    </message>
    <message>
        <source>请输入邮箱“%1”的授权码。</source>
        <translation>Type the authorisation code of mailbox &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>正在收取邮箱“%1”的新邮件…</source>
        <translation>Fetching new mail of mailbox &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>新邮件 %1 封，已收取 %2 封（重复 %3 封），待导入报表 %4 个。</source>
        <translation>%1 new messages, %2 fetched (%3 duplicates), %4 workbooks to import.</translation>
    </message>
    <message>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>已导入 %1 个报表，%2 个有错误未导入（错误已记下，可回复机构更正）。</source>
        <translation>%1 workbooks imported, %2 with errors not imported (the errors are kept for a reply to the unit).</translation>
    </message>
    <message>
        <source>有错误</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>另有 %1 封由同时进行的另一次收取记下，这里跳过。</source>
        <translation>%1 more were recorded by another fetch running at the same time and are skipped here.</translation>
    </message>
    <message>
        <source>发送回执…</source>
        <translation>Send receipts…</translation>
    </message>
    <message>
        <source>告诉发来报表的单位已收到、有无错误；发送前先列出收件人和主题</source>
        <translation>Tell facilities that sent forms that they were received and whether they contain errors; recipients and subjects are listed before sending</translation>
    </message>
    <message>
        <source>导入后，把报表全部导入的邮件移到文件夹</source>
        <translation>After the import, move the messages whose workbooks were all imported to the folder</translation>
    </message>
    <message>
        <source>有报表出错、未导入或没有报表的邮件留在邮箱中，等待处理</source>
        <translation>Messages with a workbook in error, not imported or without a workbook stay in the mailbox for the clerk</translation>
    </message>
    <message>
        <source>已导入报表</source>
        <translation>Imported reports</translation>
    </message>
    <message>
        <source>邮箱中没有这个文件夹时自动新建</source>
        <translation>Created in the mailbox if it does not exist</translation>
    </message>
    <message>
        <source>没有选定邮箱，邮件未移动。</source>
        <translation>No mailbox is chosen; no message was moved.</translation>
    </message>
    <message>
        <source>请输入邮箱“%1”的授权码，邮件未移动。</source>
        <translation>Enter the authorisation code of mailbox “%1”; no message was moved.</translation>
    </message>
    <message>
        <source>正在把导入完毕的邮件移到文件夹“%1”…</source>
        <translation>Moving the imported messages to the folder “%1”…</translation>
    </message>
    <message>
        <source>%1 封报表全部导入的邮件已移到文件夹“%2”，%3 封留在邮箱中。</source>
        <translation>%1 messages whose workbooks were all imported moved to the folder “%2”; %3 stay in the mailbox.</translation>
    </message>
</context>
<context>
    <name>qf::ui::MailSendDialog</name>
    <message>
        <source>发送催报邮件（%1）</source>
        <translation>Send reminder emails (%1)</translation>
    </message>
    <message>
        <source>发送回执</source>
        <translation>Send receipts</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>收件人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>主题</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>选中一行，查看将发出的邮件全文</source>
        <translation>Select a row to see the full text of the email to be sent</translation>
    </message>
    <message>
        <source>授权码（已记住的会自动填入）</source>
        <translation>Authorisation code (filled in automatically if remembered)</translation>
    </message>
    <message>
        <source> 秒</source>
        <translation> s</translation>
    </message>
    <message>
        <source>两封邮件之间暂停，免得邮箱服务商把连续发出的邮件当作垃圾邮件</source>
        <translation>Pause between two emails so the mail provider does not treat consecutive emails as spam</translation>
    </message>
    <message>
        <source> 封</source>
        <translation> emails</translation>
    </message>
    <message>
        <source>授权码</source>
        <translation>Authorisation code</translation>
    </message>
    <message>
        <source>每封间隔</source>
        <translation>Interval per email</translation>
    </message>
    <message>
        <source>本次最多</source>
        <translation>Maximum this time</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>发送…</source>
        <translation>Send…</translation>
    </message>
    <message>
        <source>正在列出将发送的邮件…</source>
        <translation>Listing the emails to be sent…</translation>
    </message>
    <message>
        <source>将发送 %1 封；共 %2 项。尚未发送任何邮件。</source>
        <translation>%1 emails will be sent; %2 items in total. No emails have been sent yet.</translation>
    </message>
    <message>
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>发件人：%1 &lt;%2&gt;
收件人：%3 &lt;%4&gt;
主题：%5

%6</source>
        <translation>From: %1 &lt;%2&gt;
To: %3 &lt;%4&gt;
Subject: %5

%6</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>请输入发信邮箱的授权码。</source>
        <translation>Please enter the authorisation code of the sending mailbox.</translation>
    </message>
    <message>
        <source>
……等 %1 个</source>
        <translation>
… and %1 more</translation>
    </message>
    <message>
        <source>现在发送 %1 封邮件（每封间隔 %2 秒）？

%3</source>
        <translation>Send %1 emails now (%2 seconds between emails)?

%3</translation>
    </message>
    <message>
        <source>正在发送 %1 封邮件…</source>
        <translation>Sending %1 emails…</translation>
    </message>
    <message>
        <source>已发送 %1 封，未发出 %2 封，可能已发出 %3 封，留待下次 %4 封。</source>
        <translation>Sent %1, not sent %2, possibly sent %3, left for next time %4.</translation>
    </message>
</context>
<context>
    <name>qf::ui::MainWindow</name>
    <message>
        <source>清风 · 专项整治工作台</source>
        <translation>Qingfeng · Rectification Campaign Workbench</translation>
    </message>
    <message>
        <source>专项整治概览</source>
        <translation>Campaign overview</translation>
    </message>
    <message>
        <source>报表填报</source>
        <translation>Report entry</translation>
    </message>
    <message>
        <source>机构名册</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <source>报送跟踪</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>打开数据库…</source>
        <translation>Open database…</translation>
    </message>
    <message>
        <source>新建数据库…</source>
        <translation>New database…</translation>
    </message>
    <message>
        <source>备份数据库…</source>
        <translation>Back up database…</translation>
    </message>
    <message>
        <source>从备份恢复…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>关于清风</source>
        <translation>About Qingfeng</translation>
    </message>
    <message>
        <source>示例数据</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>当前数据库含有鹿寨县示例数据，仅供熟悉软件使用。</source>
        <translation>The current database contains the Luzhai County demo data, meant only for getting to know the software.</translation>
    </message>
    <message>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>打开数据库</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>清风数据库 (*.sqlite *.db);;所有文件 (*)</source>
        <translation>Qingfeng databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>新建数据库</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>清风数据库 (*.sqlite)</source>
        <translation>Qingfeng databases (*.sqlite)</translation>
    </message>
    <message>
        <source>备份数据库</source>
        <translation>Back up database</translation>
    </message>
    <message>
        <source>已备份到 %1。</source>
        <translation>Backed up to %1.</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>用备份 %1 替换当前数据库？当前数据库会先另存一份。请确认没有其他清风程序在使用该数据库。</source>
        <translation>Replace the current database with the backup %1? The current database is saved as a copy first. Make sure no other Qingfeng window is using this database.</translation>
    </message>
    <message>
        <source>已恢复。原数据库另存为 %1。</source>
        <translation>Restored. The original database was saved as %1.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;清风 · 专项整治工作台&lt;/h3&gt;&lt;p&gt;版本 %1&lt;/p&gt;&lt;p&gt;县级卫生健康局医疗领域专项整治的登记、报表、跟踪与打印工具。&lt;/p&gt;&lt;p&gt;许可证：GNU GPL v3 或更高版本。&lt;/p&gt;&lt;p&gt;数据文件：%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Qingfeng · Rectification Campaign Workbench&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;Registration, reporting, tracking and printing for county health bureaus&apos; rectification campaigns in the medical sector.&lt;/p&gt;&lt;p&gt;Licence: GNU GPL v3 or later.&lt;/p&gt;&lt;p&gt;Data file: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>台账</source>
        <translation>Ledgers</translation>
    </message>
    <message>
        <source>多处打开</source>
        <translation>Open elsewhere</translation>
    </message>
    <message>
        <source>（%1 的账户）</source>
        <translation> (account of %1)</translation>
    </message>
    <message>
        <source>服务器：%1%2</source>
        <translation>Server: %1%2</translation>
    </message>
    <message>
        <source>此数据库也在%1中打开。</source>
        <translation>This database is also open in %1.</translation>
    </message>
    <message>
        <source>数据库已在别处打开</source>
        <translation>Database open elsewhere</translation>
    </message>
    <message>
        <source>数据库 %1 也在%2中打开。

两处都可以继续工作：每次保存都是完整的一步，不会写坏文件；同一单位同一月在另一处已保存过新数字时，本窗口的保存会被拒绝并提示，不会覆盖。另一处保存的更改在本窗口按 F5 刷新后显示。</source>
        <translation>The database %1 is also open in %2.

Both can go on working: every save is one complete step and cannot damage the file. If the other window has saved newer figures for the same unit and month, a save here is refused with a message instead of overwriting them. Changes saved there appear here after refreshing with F5.</translation>
    </message>
    <message>
        <source>连接服务器</source>
        <translation>Connect to server</translation>
    </message>
    <message>
        <source>导出报表（Excel）…</source>
        <translation>Export tables (Excel)…</translation>
    </message>
    <message>
        <source>按官方格式把某月的统计表（附件1—3）导出为 Excel 工作簿</source>
        <translation>Export a month&apos;s statistical tables (Annexes 1–3) as an Excel workbook in the official layout</translation>
    </message>
    <message>
        <source>使用说明</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>专项整治工作台 — %1</source>
        <translation>Rectification Campaign Workbench — %1</translation>
    </message>
    <message>
        <source>专项整治工作台</source>
        <translation>Rectification Campaign Workbench</translation>
    </message>
    <message>
        <source>尚未选择专项整治</source>
        <translation>No campaign selected</translation>
    </message>
    <message>
        <source>专项整治：%1</source>
        <translation>Campaign: %1</translation>
    </message>
    <message>
        <source>收取报表（邮箱）…</source>
        <translation>Fetch reports (mailbox)…</translation>
    </message>
    <message>
        <source>从股室邮箱收取机构发来的报表，按邮件到达的时间记为收到日期</source>
        <translation>Fetch the workbooks units mailed to the offices&apos; mailboxes; the receipt date is when the mail arrived</translation>
    </message>
    <message>
        <source>分析</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>删除示例数据…</source>
        <translation>Remove demo data…</translation>
    </message>
    <message>
        <source>删除鹿寨县示例机构和示例活动，您自己录入的数据原样保留</source>
        <translation>Remove the Luzhai county demo institutions and campaign; the data you entered stays as it is</translation>
    </message>
    <message>
        <source>文件 %1 已存在，请另选文件名。新建数据库不会覆盖已有的文件。</source>
        <translation>The file %1 exists already; choose another name. A new database never replaces an existing file.</translation>
    </message>
    <message>
        <source>把当前数据库完整复制一份，可在使用中进行</source>
        <translation>Make a complete copy of the current database; can be done while in use</translation>
    </message>
    <message>
        <source>用以前的备份替换当前数据库（当前数据库先另存一份）</source>
        <translation>Replace the current database with an earlier backup (the current database is saved separately first)</translation>
    </message>
    <message>
        <source>服务器上的示例数据只能由卫健局的账户删除</source>
        <translation>Sample data on the server can only be deleted by a health bureau account</translation>
    </message>
    <message>
        <source>数据库中没有示例数据</source>
        <translation>The database has no sample data</translation>
    </message>
    <message>
        <source>还没有专项整治，没有可导出的报表：先在“专项整治概览”中新建</source>
        <translation>No campaign yet, so there are no forms to export: first create one in &quot;Campaign overview&quot;</translation>
    </message>
    <message>
        <source>还没有专项整治，收到的报表无处导入：先在“专项整治概览”中新建</source>
        <translation>No campaign yet, so received forms have nowhere to be imported: first create one in &quot;Campaign overview&quot;</translation>
    </message>
    <message>
        <source>服务器上的数据库由管理员用服务器的工具备份和恢复</source>
        <translation>The server database is backed up and restored by the administrator with the server&apos;s tools</translation>
    </message>
    <message>
        <source>已取消，没有写入备份。</source>
        <translation>Cancelled; no backup was written.</translation>
    </message>
</context>
<context>
    <name>qf::ui::MonthLockBar</name>
    <message>
        <source>验收本月</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>验收选中单位本月的报表：数字锁定，不能再修改（可说明理由后解锁）</source>
        <translation>Accept the selected unit&apos;s report for the month: its figures are locked and cannot be changed (unlocking needs a reason)</translation>
    </message>
    <message>
        <source>签发本月</source>
        <translation>Sign month</translation>
    </message>
    <message>
        <source>卫生健康局签发本月报表：全部单位本月的数字锁定</source>
        <translation>The Health Bureau signs the month&apos;s report: the figures of every unit are locked</translation>
    </message>
    <message>
        <source>解锁…</source>
        <translation>Unlock…</translation>
    </message>
    <message>
        <source>解除验收或签发的锁定，须说明理由（记入变更记录）</source>
        <translation>Lift an acceptance or a signature; a reason is required (kept in the change history)</translation>
    </message>
    <message>
        <source>变更记录…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>选中单位本月报表的修改、覆盖、验收和解锁记录</source>
        <translation>Changes, kept typed figures, acceptances and unlocks of the selected unit&apos;s report for the month</translation>
    </message>
    <message>
        <source>&lt;b&gt;本月已签发&lt;/b&gt;，全部单位已锁定</source>
        <translation>&lt;b&gt;Month signed&lt;/b&gt;; every unit is locked</translation>
    </message>
    <message>
        <source>请先在表中选中要验收的单位。</source>
        <translation>Please select the unit to accept in the table first.</translation>
    </message>
    <message>
        <source>%1 有尚未保存的修改，请先保存再验收。</source>
        <translation>%1 has unsaved changes; save them before accepting.</translation>
    </message>
    <message>
        <source>还有尚未保存的修改，请先保存再签发。</source>
        <translation>There are unsaved changes; save them before signing.</translation>
    </message>
    <message>
        <source>签发%1%2？

签发后全部单位本月的数字锁定，修改须先解锁并说明理由。</source>
        <translation>Sign %2 for %1?

Once signed, the figures of every unit for the month are locked; changing them needs unlocking with a reason.</translation>
    </message>
    <message>
        <source>注意：还有 %1 个单位本月未报，汇总表沿用其以前月份的数字。</source>
        <translation>Note: %1 units have not reported this month; the summary carries their earlier figures.</translation>
    </message>
    <message>
        <source>取消%1%2的签发，全部单位可再修改。请说明理由（记入变更记录）：</source>
        <translation>Lift the signature of %2 for %1 so that every unit can be changed again. Please give a reason (kept in the change history):</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>请先在表中选中一个已验收的单位。</source>
        <translation>Please select an accepted unit in the table first.</translation>
    </message>
    <message>
        <source>解锁%1%2的%3，解锁后可再修改。请说明理由（记入变更记录）：</source>
        <translation>Unlock %3 of %1 for %2 so that it can be changed again. Please give a reason (kept in the change history):</translation>
    </message>
    <message>
        <source>变更记录</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>请先在表中选中一个单位。</source>
        <translation>Please select a unit in the table first.</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>本月已验收的单位数 / 应报单位数</source>
        <translation>Units accepted this month / units due</translation>
    </message>
    <message>
        <source>已验收 %1/%2</source>
        <translation>Accepted %1/%2</translation>
    </message>
    <message>
        <source>……另有 %1 条，见检查结果列表。</source>
        <translation>… and %1 more, see the findings list.</translation>
    </message>
    <message>
        <source>%1%2还有 %3 个错误，改正后才能签发：

%4</source>
        <translation>%1 %2 still has %3 errors; correct them before signing:

%4</translation>
    </message>
    <message>
        <source>检查发现 %1 个疑点：</source>
        <translation>The check found %1 warnings:</translation>
    </message>
    <message>
        <source>仍要签发？</source>
        <translation>Sign anyway?</translation>
    </message>
    <message>
        <source>还没有专项整治：先在“专项整治概览”中新建</source>
        <translation>No campaign yet: first create one in &quot;Campaign overview&quot;</translation>
    </message>
    <message>
        <source>该专项整治没有可填报的月份</source>
        <translation>This campaign has no months to report</translation>
    </message>
    <message>
        <source>服务器上只有卫健局的账户可以验收、签发和解锁</source>
        <translation>On the server, only health bureau accounts can accept, sign and unlock</translation>
    </message>
    <message>
        <source>本月已签发，全部单位已锁定；解锁后才能修改</source>
        <translation>This month has been signed and all facilities are locked; unlock to make changes</translation>
    </message>
    <message>
        <source>本月没有已验收或已签发的报表，无需解锁</source>
        <translation>This month has no accepted or signed forms; no need to unlock</translation>
    </message>
</context>
<context>
    <name>qf::ui::NegativeListDialog</name>
    <message>
        <source>负面名单 #%1</source>
        <translation>Negative list entry #%1</translation>
    </message>
    <message>
        <source>列入负面名单</source>
        <translation>Put on the negative list</translation>
    </message>
    <message>
        <source>如：向本院医务人员给予回扣，取消供货资格</source>
        <translation>e.g. gave kickbacks to this hospital&apos;s medical staff; supply qualification withdrawn</translation>
    </message>
    <message>
        <source>卫生健康局</source>
        <translation>Health Bureau</translation>
    </message>
    <message>
        <source>供应商（必填）</source>
        <translation>Supplier (required)</translation>
    </message>
    <message>
        <source>列入日期</source>
        <translation>Date listed</translation>
    </message>
    <message>
        <source>原因（必填）</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <source>列入单位</source>
        <translation>Listed by</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
</context>
<context>
    <name>qf::ui::NewCampaignDialog</name>
    <message>
        <source>按模板新建专项整治</source>
        <translation>Create a campaign from a template</translation>
    </message>
    <message>
        <source>如：鹿寨县</source>
        <translation>e.g. 鹿寨县</translation>
    </message>
    <message>
        <source>如：柳州市</source>
        <translation>e.g. 柳州市</translation>
    </message>
    <message>
        <source>留空则按模板生成</source>
        <translation>Leave empty to generate from the template</translation>
    </message>
    <message>
        <source>如：鹿卫医〔2021〕22号</source>
        <translation>e.g. 鹿卫医〔2021〕22号</translation>
    </message>
    <message>
        <source>方案模板</source>
        <translation>Plan template</translation>
    </message>
    <message>
        <source>县（区）</source>
        <translation>County (district)</translation>
    </message>
    <message>
        <source>所属市</source>
        <translation>City</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>县卫生健康局举报电话</source>
        <translation>County Health Bureau complaint phone</translation>
    </message>
    <message>
        <source>县卫生健康局举报邮箱</source>
        <translation>County Health Bureau complaint e-mail</translation>
    </message>
    <message>
        <source>市卫生健康委举报电话</source>
        <translation>Municipal Health Commission complaint phone</translation>
    </message>
    <message>
        <source>市卫生健康委举报邮箱</source>
        <translation>Municipal Health Commission complaint e-mail</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请选择一个方案模板。</source>
        <translation>Please choose a plan template.</translation>
    </message>
</context>
<context>
    <name>qf::ui::NoticePanel</name>
    <message>
        <source>如 鹿卫医〔2021〕22号</source>
        <translation>e.g. 鹿卫医〔2021〕22号</translation>
    </message>
    <message>
        <source>通知正文：每段一行，打印时自动首行缩进两字。可用 Ctrl+B 加粗。</source>
        <translation>Circular text: one paragraph per line; the first line is indented by two characters when printed. Ctrl+B makes text bold.</translation>
    </message>
    <message>
        <source>加粗</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>成文日期：</source>
        <translation>Date of issue:</translation>
    </message>
    <message>
        <source>发文字号：</source>
        <translation>Document no.:</translation>
    </message>
    <message>
        <source>主送机关：</source>
        <translation>Addressed to:</translation>
    </message>
    <message>
        <source>正文：</source>
        <translation>Body:</translation>
    </message>
    <message>
        <source>附件：</source>
        <translation>Annexes:</translation>
    </message>
    <message>
        <source>保存到专项整治</source>
        <translation>Save to campaign</translation>
    </message>
    <message>
        <source>恢复模板正文</source>
        <translation>Restore template text</translation>
    </message>
    <message>
        <source>预览…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>保存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>保存通知</source>
        <translation>Save circular</translation>
    </message>
    <message>
        <source>还没有专项整治，请先在“专项整治概览”中新建。</source>
        <translation>There is no campaign yet; create one under &quot;Campaign overview&quot; first.</translation>
    </message>
    <message>
        <source>还没有专项整治。</source>
        <translation>There is no campaign yet.</translation>
    </message>
    <message>
        <source>通知已保存。</source>
        <translation>Circular saved.</translation>
    </message>
    <message>
        <source>找不到专项整治所用的模板“%1”。</source>
        <translation>The template &quot;%1&quot; used by the campaign cannot be found.</translation>
    </message>
    <message>
        <source>有未保存的修改（预览和打印按当前内容）。</source>
        <translation>There are unsaved changes (preview and printing use the current text).</translation>
    </message>
    <message>
        <source>通知</source>
        <translation>Circular</translation>
    </message>
    <message>
        <source>已保存通知（%1页）：%2</source>
        <translation>Circular saved (%1 pages): %2</translation>
    </message>
    <message>
        <source>保存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>保存为 Word…</source>
        <translation>Save as Word…</translation>
    </message>
    <message>
        <source>已保存通知（Word 文档）：%1</source>
        <translation>Circular saved (Word document): %1</translation>
    </message>
    <message>
        <source>%1通知</source>
        <translation>%1 circular</translation>
    </message>
    <message>
        <source>保存为 Word</source>
        <translation>Save as Word</translation>
    </message>
    <message>
        <source>还没有专项整治：先在“专项整治概览”中新建</source>
        <translation>No campaign yet: first create one in &quot;Campaign overview&quot;</translation>
    </message>
    <message>
        <source>没有未保存的修改</source>
        <translation>No unsaved changes</translation>
    </message>
</context>
<context>
    <name>qf::ui::OfficeListEditor</name>
    <message>
        <source>股室或部门</source>
        <translation>Section or department</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>电子邮箱</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>添加股室</source>
        <translation>Add section</translation>
    </message>
    <message>
        <source>新股室</source>
        <translation>New section</translation>
    </message>
</context>
<context>
    <name>qf::ui::PhaseListEditor</name>
    <message>
        <source>阶段名称</source>
        <translation>Phase name</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>工作内容</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>添加阶段</source>
        <translation>Add phase</translation>
    </message>
    <message>
        <source>新阶段</source>
        <translation>New phase</translation>
    </message>
</context>
<context>
    <name>qf::ui::PhaseTimeline</name>
    <message>
        <source>尚未选择专项整治</source>
        <translation>No campaign selected</translation>
    </message>
    <message>
        <source>%1年%2月</source>
        <translation>%2/%1</translation>
    </message>
    <message>
        <source>%1月</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1—%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>截止日</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>qf::ui::PosterPanel</name>
    <message>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>按名称查找…</source>
        <translation>Search by name…</translation>
    </message>
    <message>
        <source>全选</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>全不选</source>
        <translation>Select none</translation>
    </message>
    <message>
        <source>乡镇：</source>
        <translation>Township:</translation>
    </message>
    <message>
        <source>类别：</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>机构（勾选的打印）</source>
        <translation>Institutions (checked ones are printed)</translation>
    </message>
    <message>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>举报电话</source>
        <translation>Complaint phone</translation>
    </message>
    <message>
        <source>举报邮箱</source>
        <translation>Complaint e-mail</translation>
    </message>
    <message>
        <source>公告落款处的日期</source>
        <translation>The date in the notice&apos;s signature</translation>
    </message>
    <message>
        <source>预览…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>保存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>落款日期：</source>
        <translation>Signature date:</translation>
    </message>
    <message>
        <source>全部乡镇</source>
        <translation>All townships</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <source>还没有专项整治，请先在“专项整治概览”中新建。</source>
        <translation>There is no campaign yet; create one under &quot;Campaign overview&quot; first.</translation>
    </message>
    <message>
        <source>没有勾选任何机构。</source>
        <translation>No institution is checked.</translation>
    </message>
    <message>
        <source>还有 %1 家机构的举报渠道不全：补填保存或跳过后才能打印。</source>
        <translation>%1 institutions still have incomplete complaint channels: fill them in and save, or skip them, before printing.</translation>
    </message>
    <message>
        <source>将打印 %1 家机构的公告，每家一页（A4 纵向）。</source>
        <translation>Notices for %1 institutions will be printed, one page each (A4 portrait).</translation>
    </message>
    <message>
        <source>%1专项整治工作公告</source>
        <translation>%1 Rectification Campaign Notice</translation>
    </message>
    <message>
        <source>正在生成公告…</source>
        <translation>Producing notices…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>已保存 %1 页公告：%2</source>
        <translation>Saved %1 notice pages: %2</translation>
    </message>
    <message>
        <source>已取消，未保存文件。</source>
        <translation>Cancelled; no file was saved.</translation>
    </message>
    <message>
        <source>保存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>正在生成公告</source>
        <translation>Writing announcements</translation>
    </message>
    <message>
        <source>正在生成公告：第 %1/%2 页</source>
        <translation>Writing announcements: page %1/%2</translation>
    </message>
</context>
<context>
    <name>qf::ui::PrintingPage</name>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>张贴公告（附件4）</source>
        <translation>Posted notice (Annex 4)</translation>
    </message>
    <message>
        <source>通知文件</source>
        <translation>Circular</translation>
    </message>
    <message>
        <source>统计表</source>
        <translation>Statistical tables</translation>
    </message>
    <message>
        <source>公告（附件4）每家机构一页，张贴在醒目位置；通知按公文格式排版；统计表（附件1—3）与导出的 Excel 版式相同。均可预览、打印或保存为 PDF；通知连同工作方案也可保存为 Word；工作总结根据数据起草，可保存为 Word 或 PDF。</source>
        <translation>The notice (Annex 4) has one page per institution, to be posted in a prominent place; the circular is laid out as an official document; the statistical tables (Annexes 1–3) are laid out like the exported Excel. All can be previewed, printed or saved as PDF; the circular, with its work plan, also as Word; the work summary is drafted from the data and saved as Word or PDF.</translation>
    </message>
    <message>
        <source>工作总结</source>
        <translation>Work summary</translation>
    </message>
</context>
<context>
    <name>qf::ui::ProblemDialog</name>
    <message>
        <source>问题 #%1（%2）</source>
        <translation>Problem #%1 (%2)</translation>
    </message>
    <message>
        <source>登记问题</source>
        <translation>New problem</translation>
    </message>
    <message>
        <source>机构（必填）</source>
        <translation>Institution (required)</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>发现日期</source>
        <translation>Date found</translation>
    </message>
    <message>
        <source>发现人</source>
        <translation>Found by</translation>
    </message>
    <message>
        <source>问题描述（必填）</source>
        <translation>Problem description (required)</translation>
    </message>
    <message>
        <source>整改责任人</source>
        <translation>Responsible for rectification</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>Rectification deadline</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>Rectification measures</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>%1&#x3000;发现&#x3000;%2</source>
        <translation>%1  found  %2</translation>
    </message>
    <message>
        <source>%1&#x3000;%2&#x3000;%3%4</source>
        <translation>%1  %2  %3%4</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>办理经过</source>
        <translation>Handling history</translation>
    </message>
    <message>
        <source>佐证材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>保存问题后可附加整改前、整改后的照片或文件。</source>
        <translation>Once the problem is saved, photos or files from before and after rectification can be attached.</translation>
    </message>
    <message>
        <source>问题已销号（审核人：%1），只能查看。</source>
        <translation>The problem is closed (reviewer: %1) and can only be viewed.</translation>
    </message>
    <message>
        <source>机构名册中没有“%1”。</source>
        <translation>&quot;%1&quot; is not in the institution register.</translation>
    </message>
</context>
<context>
    <name>qf::ui::ReasonDialog</name>
    <message>
        <source>理由（必填）</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>qf::ui::RegistryPage</name>
    <message>
        <source>机构名册</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <source>新增机构</source>
        <translation>New institution</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>停用/启用</source>
        <translation>Deactivate/Activate</translation>
    </message>
    <message>
        <source>导入名册…</source>
        <translation>Import register…</translation>
    </message>
    <message>
        <source>搜索名称、乡镇、电话…</source>
        <translation>Search name, township, phone…</translation>
    </message>
    <message>
        <source>全部所有制</source>
        <translation>All ownerships</translation>
    </message>
    <message>
        <source>全部等级</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>显示停用机构</source>
        <translation>Show inactive institutions</translation>
    </message>
    <message>
        <source>全部乡镇</source>
        <translation>All townships</translation>
    </message>
    <message>
        <source>显示 %1 家；名册共 %2 家，在用 %3 家，其中医保定点 %4 家。</source>
        <translation>Showing %1; the register has %2, %3 active, %4 of them medical-insurance contracted.</translation>
    </message>
    <message>
        <source>编辑机构</source>
        <translation>Edit institution</translation>
    </message>
    <message>
        <source>请先在表中选择一家机构。</source>
        <translation>Please select an institution in the table first.</translation>
    </message>
    <message>
        <source>停用“%1”？停用后从下月起不再要求其报送报表，已报数据保留。</source>
        <translation>Deactivate &quot;%1&quot;? From next month on it will no longer be required to report; data already reported is kept.</translation>
    </message>
    <message>
        <source>重新启用“%1”？</source>
        <translation>Reactivate &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>导入机构名册</source>
        <translation>Import institution register</translation>
    </message>
    <message>
        <source>机构名册 (*.xlsx *.csv);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv);;所有文件 (*)</source>
        <translation>Institution registers (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>已导入 %1 家机构。</source>
        <translation>Imported %1 institutions.</translation>
    </message>
    <message>
        <source>变更记录</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>把名册导出为 Excel 表格（表头与导入相同，改好后可导回）；勾选“显示停用机构”时含停用机构</source>
        <translation>Export the register as an Excel workbook (same header as the import, so it can be imported back after corrections); includes inactive institutions when &quot;Show inactive institutions&quot; is ticked</translation>
    </message>
    <message>
        <source>导出机构名册</source>
        <translation>Export institution register</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>已导出 %1 家机构到 %2。</source>
        <translation>Exported %1 institutions to %2.</translation>
    </message>
    <message>
        <source>文件有 %1 处错误，未导入任何机构。</source>
        <translation>The file has %1 errors; no institution was imported.</translation>
    </message>
</context>
<context>
    <name>qf::ui::ReminderDialog</name>
    <message>
        <source>催报名单</source>
        <translation>Reminder list</translation>
    </message>
    <message>
        <source>只列已逾期的</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>另存为文本…</source>
        <translation>Save as text…</translation>
    </message>
    <message>
        <source>打印催报名单</source>
        <translation>Print reminder list</translation>
    </message>
    <message>
        <source>另存催报名单</source>
        <translation>Save reminder list</translation>
    </message>
    <message>
        <source>催报名单.txt</source>
        <translation>reminder-list.txt</translation>
    </message>
    <message>
        <source>文本文件 (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <source>复制文字</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <source>复制为文字，可粘贴到微信、QQ 群或短信</source>
        <translation>Copy as text, to paste into WeChat, a QQ group or a text message</translation>
    </message>
    <message>
        <source>复制表格</source>
        <translation>Copy table</translation>
    </message>
    <message>
        <source>复制为表格，可粘贴到 Excel、WPS 或 Word，每项占一格</source>
        <translation>Copy as a table, to paste into Excel, WPS or Word, one item per cell</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>导出催报名单</source>
        <translation>Export reminder list</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>发送催报邮件…</source>
        <translation>Send reminder emails…</translation>
    </message>
    <message>
        <source>给逾期未报、名册中登记了邮箱的单位发送催报邮件，附该月空白报表；发送前先列出收件人和主题</source>
        <translation>Send reminder emails, with that month&apos;s blank forms attached, to overdue facilities that have an email address in the registry; recipients and subjects are listed before sending</translation>
    </message>
</context>
<context>
    <name>qf::ui::ServerDialog</name>
    <message>
        <source>连接服务器</source>
        <translation>Connect to server</translation>
    </message>
    <message>
        <source>服务器名称、IP 地址或套接字目录</source>
        <translation>Server name, IP address or socket directory</translation>
    </message>
    <message>
        <source>卫健局各科室和各医疗机构共用服务器上的同一个数据库。每个账户能看到和修改的数据由服务器决定：机构账户只能看到本机构的报表和台账。</source>
        <translation>The bureau&apos;s offices and the medical institutions share one database on the server. The server decides what each account may see and change: an institution&apos;s account sees only its own reports and ledgers.</translation>
    </message>
    <message>
        <source>服务器：</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>端口：</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>数据库：</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>账户：</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>连接</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>请填写服务器上的数据库名称。</source>
        <translation>Enter the name of the database on the server.</translation>
    </message>
    <message>
        <source>账户 %1 的密码：</source>
        <translation>Password of account %1:</translation>
    </message>
    <message>
        <source>记住密码</source>
        <translation>Remember password</translation>
    </message>
    <message>
        <source>连接成功后把密码保存在系统钥匙串中，不写入清风的设置文件。</source>
        <translation>Once connected, the password is saved in the system keyring, never in Qingfeng&apos;s settings file.</translation>
    </message>
    <message>
        <source>忘记保存的密码</source>
        <translation>Forget saved password</translation>
    </message>
    <message>
        <source>正在查看系统钥匙串……</source>
        <translation>Looking in the system keyring…</translation>
    </message>
    <message>
        <source>已从系统钥匙串中删除保存的密码。</source>
        <translation>The saved password was removed from the system keyring.</translation>
    </message>
    <message>
        <source>已填入系统钥匙串中保存的密码。</source>
        <translation>Filled in the password saved in the system keyring.</translation>
    </message>
    <message>
        <source>勾选“记住密码”，连接成功后密码保存在系统钥匙串中；否则每次连接时输入。</source>
        <translation>Tick “Remember password” to save it in the system keyring once connected; otherwise enter it each time.</translation>
    </message>
    <message>
        <source>本机没有可用的系统钥匙串，密码不会保存，每次连接时输入。</source>
        <translation>No system keyring is available on this computer: the password is not saved; enter it each time you connect.</translation>
    </message>
    <message>
        <source>系统钥匙串未能读取密码（%1），请输入密码。</source>
        <translation>The system keyring could not read the password (%1); please enter it.</translation>
    </message>
</context>
<context>
    <name>qf::ui::Session</name>
    <message>
        <source>没有打开的数据库。</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>服务器上的共享数据库由服务器管理员恢复。</source>
        <translation>A shared database on a server is restored by the server administrator.</translation>
    </message>
    <message>
        <source>数据库正由%1使用。请先关闭那个窗口，再从备份恢复。</source>
        <translation>The database is in use by %1. Close that window first, then restore from the backup.</translation>
    </message>
    <message>
        <source>有后台任务正在进行（如导入、生成空白报表或导出）。请等它完成或取消后，再从备份恢复。</source>
        <translation>A long job is running (such as an import, blank forms or an export). Wait until it ends or cancel it, then restore from the backup.</translation>
    </message>
</context>
<context>
    <name>qf::ui::SettingsMenu</name>
    <message>
        <source>设置(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>跟随系统</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>界面语言将在重新启动清风后生效。
The language applies after Qingfeng restarts.</source>
        <translation>The language applies after Qingfeng restarts.
界面语言将在重新启动清风后生效。</translation>
    </message>
    <message>
        <source>连接服务器…</source>
        <translation>Connect to server…</translation>
    </message>
    <message>
        <source>邮箱…</source>
        <translation>Mailboxes…</translation>
    </message>
    <message>
        <source>设置各股室收取报表、发送催报和回执的邮箱</source>
        <translation>Set up the offices&apos; mailboxes that collect reports and send reminders and receipts</translation>
    </message>
</context>
<context>
    <name>qf::ui::SignalsPanel</name>
    <message>
        <source>机构</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>信号数</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>信号</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>还没有专项整治。</source>
        <translation>There is no campaign yet.</translation>
    </message>
    <message>
        <source>正在计算……</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>没有发现“走过场”信号。</source>
        <translation>No signs of reporting as a formality were found.</translation>
    </message>
    <message>
        <source>%1 家机构有 %2 条“走过场”信号，按得分排列；双击一条信号查看所依据的报表和记录。</source>
        <translation>%1 institutions carry %2 formality signals, ranked by score; double-click a signal to see the reports and records it rests on.</translation>
    </message>
    <message>
        <source>附件%1 %2的报表</source>
        <translation>Annex %1 report for %2</translation>
    </message>
    <message>
        <source>问题清单第%1条</source>
        <translation>problem %1</translation>
    </message>
    <message>
        <source>检查记录第%1条</source>
        <translation>inspection %1</translation>
    </message>
    <message>
        <source>线索第%1条</source>
        <translation>tip-off %1</translation>
    </message>
    <message>
        <source>%1报送的工作总结</source>
        <translation>the work summary filed for %1</translation>
    </message>
    <message>
        <source>%1 · %2：%3</source>
        <translation>%1 · %2: %3</translation>
    </message>
</context>
<context>
    <name>qf::ui::SpotCheckPanel</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>科室</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>检查人员库</source>
        <translation>Inspector pool</translation>
    </message>
    <message>
        <source>按“走过场”信号得分加权</source>
        <translation>Weight by formality signal score</translation>
    </message>
    <message>
        <source>按乡镇分层</source>
        <translation>Stratify by township</translation>
    </message>
    <message>
        <source>抽取</source>
        <translation>Draw</translation>
    </message>
    <message>
        <source>抽查数量</source>
        <translation>Number to draw</translation>
    </message>
    <message>
        <source>随机种子</source>
        <translation>Random seed</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>机构</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>所有制</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>检查人员</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <source>抽查名单</source>
        <translation>Spot-check list</translation>
    </message>
    <message>
        <source>已添加检查人员“%1”。</source>
        <translation>Inspector “%1” added.</translation>
    </message>
    <message>
        <source>已删除检查人员“%1”。</source>
        <translation>Inspector “%1” removed.</translation>
    </message>
    <message>
        <source>随机种子应为 0 至 18446744073709551615 的整数。</source>
        <translation>The random seed must be a whole number from 0 to 18446744073709551615.</translation>
    </message>
    <message>
        <source>已抽取 %1 家并保存为抽查记录 %2（种子 %3），可用 qingfeng-cli analysis verify --draw %2 复核。</source>
        <translation>Drew %1 institutions and saved them as spot-check draw %2 (seed %3); check it with qingfeng-cli analysis verify --draw %2.</translation>
    </message>
    <message>
        <source>检查结果</source>
        <translation>Inspection result</translation>
    </message>
    <message>
        <source>待定</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>打印抽查名单…</source>
        <translation>Print spot check list…</translation>
    </message>
    <message>
        <source>生成检查通知…</source>
        <translation>Generate inspection notices…</translation>
    </message>
    <message>
        <source>录入结果…</source>
        <translation>Enter result…</translation>
    </message>
    <message>
        <source>把所选机构的抽查评估结果记为监督检查台账的一条记录（计入附件2）</source>
        <translation>Record the spot check assessment result of the selected facility as an entry in the supervision and inspection ledger (counted in Form 2)</translation>
    </message>
    <message>
        <source>检查时间</source>
        <translation>Inspection time</translation>
    </message>
    <message>
        <source>保存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>保存为 Word…</source>
        <translation>Save as Word…</translation>
    </message>
    <message>
        <source>已录入（检查记录%1）</source>
        <translation>Entered (inspection record %1)</translation>
    </message>
    <message>
        <source>检查通知（%1份）</source>
        <translation>Inspection notices (%1)</translation>
    </message>
    <message>
        <source>已生成%1（Word 文档）：%2</source>
        <translation>Generated %1 (Word document): %2</translation>
    </message>
    <message>
        <source>已生成%1（共 %2 页）：%3</source>
        <translation>Generated %1 (%2 pages): %3</translation>
    </message>
    <message>
        <source>请先在抽查名单中选中一家机构。</source>
        <translation>Please select a facility in the spot check list first.</translation>
    </message>
    <message>
        <source>第%1号“%2”的检查结果已录入（检查记录%3），可在监督检查台账中修改。</source>
        <translation>The inspection result for No. %1 &quot;%2&quot; has already been entered (inspection record %3); it can be changed in the supervision and inspection ledger.</translation>
    </message>
    <message>
        <source>录入抽查结果 — 第%1号 %2</source>
        <translation>Enter spot check result — No. %1 %2</translation>
    </message>
    <message>
        <source>已把第%1号“%2”的检查结果记为检查记录%3，计入附件2。</source>
        <translation>Recorded the inspection result for No. %1 &quot;%2&quot; as inspection record %3, counted in Form 2.</translation>
    </message>
</context>
<context>
    <name>qf::ui::SubmissionDialog</name>
    <message>
        <source>登记报送</source>
        <translation>Record submission</translation>
    </message>
    <message>
        <source>如：邮件报送、纸质件已签收</source>
        <translation>e.g. sent by e-mail, paper copy signed for</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>另存附件…</source>
        <translation>Save attachment as…</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>报送单位</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>报送事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>报至</source>
        <translation>Report to</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>报送日期</source>
        <translation>Submission date</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>保存登记</source>
        <translation>Save record</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>撤销登记</source>
        <translation>Withdraw record</translation>
    </message>
    <message>
        <source>%1（%2 KB，已保存在数据库中）</source>
        <translation>%1 (%2 KB, stored in the database)</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1（%2 KB，保存时复制进数据库）</source>
        <translation>%1 (%2 KB, copied into the database when saved)</translation>
    </message>
    <message>
        <source>将记为：%1</source>
        <translation>Will be recorded as: %1</translation>
    </message>
    <message>
        <source>（晚于截止日 %1 天，照常登记）</source>
        <translation> (%1 days after the deadline; recorded as usual)</translation>
    </message>
    <message>
        <source>选择附件</source>
        <translation>Choose attachment</translation>
    </message>
    <message>
        <source>文档 (*.doc *.docx *.pdf *.wps *.xls *.xlsx *.txt *.jpg *.png);;所有文件 (*)</source>
        <translation>Documents (*.doc *.docx *.pdf *.wps *.xls *.xlsx *.txt *.jpg *.png);;All files (*)</translation>
    </message>
    <message>
        <source>另存附件</source>
        <translation>Save attachment</translation>
    </message>
    <message>
        <source>撤销%1的这次报送登记（连同附件）？</source>
        <translation>Withdraw this submission record of %1 (with its attachment)?</translation>
    </message>
</context>
<context>
    <name>qf::ui::SummaryModel</name>
    <message>
        <source>含沿用以前月份数字的单位：%1</source>
        <translation>Units with figures carried from earlier months: %1</translation>
    </message>
    <message>
        <source>含以填报数覆盖台账计算的数字</source>
        <translation>Includes typed figures kept over the ledger figures</translation>
    </message>
    <message>
        <source>以填报数覆盖台账计算数（有理由）</source>
        <translation>Typed figure kept over the ledger figure (with a reason)</translation>
    </message>
    <message>
        <source>含由台账计算的数字</source>
        <translation>Includes figures computed from the ledgers</translation>
    </message>
    <message>
        <source>由台账计算</source>
        <translation>Computed from the ledgers</translation>
    </message>
</context>
<context>
    <name>qf::ui::SummaryPanel</name>
    <message>
        <source>保存为 Word…</source>
        <translation>Save as Word…</translation>
    </message>
    <message>
        <source>保存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>截至：</source>
        <translation>Up to:</translation>
    </message>
    <message>
        <source>范围：</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>还没有专项整治，请先在“专项整治概览”中新建。</source>
        <translation>There is no campaign yet; create one under &quot;Campaign overview&quot; first.</translation>
    </message>
    <message>
        <source>全县（%1）</source>
        <translation>The whole county (%1)</translation>
    </message>
    <message>
        <source>已保存工作总结：%1</source>
        <translation>Work summary saved: %1</translation>
    </message>
    <message>
        <source>%1工作总结（截至%2）</source>
        <translation>%1 work summary (up to %2)</translation>
    </message>
    <message>
        <source>保存为 Word</source>
        <translation>Save as Word</translation>
    </message>
    <message>
        <source>保存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>还没有专项整治：先在“专项整治概览”中新建</source>
        <translation>No campaign yet: first create one in &quot;Campaign overview&quot;</translation>
    </message>
    <message>
        <source>专项整治的起止日期不全：请在“编辑方案…”中填写</source>
        <translation>The campaign&apos;s start and end dates are incomplete: fill them in under &quot;Edit plan…&quot;</translation>
    </message>
    <message>
        <source>数字取自该月的统计表合计、报送情况和台账；句子来自专项整治模板。总结附报送情况和问题整改的逐月图表。保存为 Word 后可再修改。</source>
        <translation>The figures come from the month&apos;s statistics form totals, the filing record and the ledgers; the sentences from the campaign template. The summary carries monthly charts of filing and of problem rectification. Save it as Word to edit it further.</translation>
    </message>
</context>
<context>
    <name>qf::ui::SupplierInterviewDialog</name>
    <message>
        <source>约谈记录 #%1</source>
        <translation>Supplier interview #%1</translation>
    </message>
    <message>
        <source>登记约谈供应商</source>
        <translation>New supplier interview</translation>
    </message>
    <message>
        <source>供应商（经销商）全称</source>
        <translation>Full name of the supplier (distributor)</translation>
    </message>
    <message>
        <source>已签订廉洁供药、不提供“回扣”承诺书</source>
        <translation>Signed a commitment to supply with integrity and give no kickbacks</translation>
    </message>
    <message>
        <source>机构（必填）</source>
        <translation>Institution (required)</translation>
    </message>
    <message>
        <source>供应商（必填）</source>
        <translation>Supplier (required)</translation>
    </message>
    <message>
        <source>约谈日期</source>
        <translation>Interview date</translation>
    </message>
    <message>
        <source>承诺书</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>约谈人</source>
        <translation>Interviewed by</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
</context>
<context>
    <name>qf::ui::TableListEditor</name>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>qf::ui::TipoffDialog</name>
    <message>
        <source>线索 #%1（%2）</source>
        <translation>Tip-off #%1 (%2)</translation>
    </message>
    <message>
        <source>登记线索</source>
        <translation>New tip-off</translation>
    </message>
    <message>
        <source>（不涉及名册中的机构）</source>
        <translation>(no institution of the register concerned)</translation>
    </message>
    <message>
        <source>如：局机关纪委</source>
        <translation>e.g. the bureau&apos;s discipline committee</translation>
    </message>
    <message>
        <source>受理日期</source>
        <translation>Date received</translation>
    </message>
    <message>
        <source>来源渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>涉及机构</source>
        <translation>Institution concerned</translation>
    </message>
    <message>
        <source>反映问题摘要（必填）</source>
        <translation>Summary of the report (required)</translation>
    </message>
    <message>
        <source>承办人（部门）</source>
        <translation>Handled by (department)</translation>
    </message>
    <message>
        <source>核查结论</source>
        <translation>Verification conclusion</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>%1&#x3000;%2&#x3000;%3%4</source>
        <translation>%1  %2  %3%4</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>办理经过</source>
        <translation>Handling history</translation>
    </message>
    <message>
        <source>举报人（保密：只在本记录中显示，不进入列表、导出和打印）</source>
        <translation>Reporter (confidential: shown only in this record, never in lists, exports or printouts)</translation>
    </message>
    <message>
        <source>匿名举报</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>电话、地址或邮箱</source>
        <translation>Phone, address or e-mail</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>联系方式</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>线索已销号，只能查看（举报人信息仍可更正）。</source>
        <translation>The tip-off is closed and can only be viewed (the reporter&apos;s details can still be corrected).</translation>
    </message>
</context>
<context>
    <name>qf::ui::TrackingMatrixTable</name>
    <message>
        <source>本月无须报送（未开业或已停业）</source>
        <translation>Nothing to report this month (not yet open or closed)</translation>
    </message>
    <message>
        <source>应报 %1 项：按时报送 %2，逾期补报 %3，未报送 %4，逾期未报 %5</source>
        <translation>%1 items due: %2 on time, %3 late, %4 not reported, %5 overdue</translation>
    </message>
    <message>
        <source>按时</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>补报</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>待报</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>%1年
%2月</source>
        <translation>%1
Month %2</translation>
    </message>
    <message>
        <source>%1（股室）</source>
        <translation>%1 (section)</translation>
    </message>
    <message>
        <source>完整率</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <source>月报（按月报送）</source>
        <translation>Monthly reports</translation>
    </message>
    <message>
        <source>一次性报送</source>
        <translation>Filed once</translation>
    </message>
    <message>
        <source>%1
%2月%3日前</source>
        <translation>%1
by %2/%3</translation>
    </message>
    <message>
        <source>%1，%2前报送一次</source>
        <translation>%1, filed once by %2</translation>
    </message>
    <message>
        <source>合计（已到期）</source>
        <translation>Totals (due so far)</translation>
    </message>
    <message>
        <source>按时率</source>
        <translation>On time</translation>
    </message>
</context>
<context>
    <name>qf::ui::TrackingPage</name>
    <message>
        <source>报送跟踪</source>
        <translation>Submission tracking</translation>
    </message>
    <message>
        <source>按这一天判断是否逾期：默认今天，也可查看过去某天的情况。</source>
        <translation>Overdue is judged against this day: today by default, or look back at an earlier day.</translation>
    </message>
    <message>
        <source>登记报送…</source>
        <translation>Record submission…</translation>
    </message>
    <message>
        <source>登记股室上报的附件1、附件2，或工作总结、专题报告（可附文件）。医疗机构的统计表在录入或导入时自动登记。</source>
        <translation>Record Annex 1 and Annex 2 submitted by the sections, or work summaries and special reports (files may be attached). Medical institutions&apos; statistical tables are recorded automatically when entered or imported.</translation>
    </message>
    <message>
        <source>催报名单…</source>
        <translation>Reminder list…</translation>
    </message>
    <message>
        <source>报表月份：</source>
        <translation>Report month:</translation>
    </message>
    <message>
        <source>统计截至：</source>
        <translation>As of:</translation>
    </message>
    <message>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>需催报（未报送、逾期未报）</source>
        <translation>Needing a reminder (not reported, overdue)</translation>
    </message>
    <message>
        <source>逾期补报</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>按时报送</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>报送事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>报至</source>
        <translation>Report to</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>报送日期</source>
        <translation>Submission date</translation>
    </message>
    <message>
        <source>逾期天数</source>
        <translation>Days late</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>显示：</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>“按时报送”指截止日当天或之前报送；“逾期补报”指截止日后报送，照常接收但不计按时。</source>
        <translation>&quot;On time&quot;: by the deadline; &quot;late&quot;: after it, accepted but not on time.</translation>
    </message>
    <message>
        <source>每格为该单位该月应报事项的情况：按时、补报（逾期后已报）、待报（未到截止日）、逾期（逾期未报）；“1/2”为已报/应报；“—”为该月无须报送（未开业或已停业）。</source>
        <translation>Each cell shows the unit&apos;s items due that month: on time, late (reported after the deadline), pending (not yet due), overdue (overdue and not reported); &quot;1/2&quot; is reported/due; &quot;—&quot; means nothing is due that month (not yet open or closed).</translation>
    </message>
    <message>
        <source>本月明细</source>
        <translation>This month in detail</translation>
    </message>
    <message>
        <source>单位 × 月份</source>
        <translation>Unit × month</translation>
    </message>
    <message>
        <source>%1（%2截止）</source>
        <translation>%1 (due %2)</translation>
    </message>
    <message>
        <source>%1年 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>（已于 %1 结束，按结束日统计）</source>
        <translation> (ended on %1; counted as of the end date)</translation>
    </message>
    <message>
        <source>应报</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>未报送（未到截止日）</source>
        <translation>Not reported (not yet due)</translation>
    </message>
    <message>
        <source>逾期未报</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>完整率</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <source>按时率</source>
        <translation>Punctuality</translation>
    </message>
    <message>
        <source>（%1，截止日不顺延）</source>
        <translation> (%1, deadline not postponed)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;：%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>本月没有报送事项。</source>
        <translation>No reporting items this month.</translation>
    </message>
    <message>
        <source>截止日&#x3000;</source>
        <translation>Deadlines: </translation>
    </message>
    <message>
        <source>（按录入日期）</source>
        <translation> (by entry date)</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>已逾期 %1 天</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <source>晚 %1 天</source>
        <translation>%1 days late</translation>
    </message>
    <message>
        <source>有</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>%1 催报名单（%2报送事项，截至%3）</source>
        <translation>%1 reminder list (items due for %2, as of %3)</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>先在下面的列表中选中一项报送事项</source>
        <translation>Select a reporting item in the list below first</translation>
    </message>
    <message>
        <source>月报表以导入或填报的报表为准，收到即记为已报，无需另行登记</source>
        <translation>Monthly forms are based on imported or entered forms; they count as reported once received, with no separate registration needed</translation>
    </message>
    <message>
        <source>还没有专项整治：先在“专项整治概览”中新建</source>
        <translation>No campaign yet: first create one in &quot;Campaign overview&quot;</translation>
    </message>
    <message>
        <source>所选月份没有未报的单位，无需催报</source>
        <translation>No facility in the selected month is overdue; no reminder needed</translation>
    </message>
</context>
<context>
    <name>qf::ui::TransitionDialog</name>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>审核人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>核查结论</source>
        <translation>Verification conclusion</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>原因（必填）</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>请填写审核人。</source>
        <translation>Please fill in the reviewer.</translation>
    </message>
    <message>
        <source>请填写经办人。</source>
        <translation>Please fill in the person handling it.</translation>
    </message>
    <message>
        <source>请写明原因。</source>
        <translation>Please give the reason.</translation>
    </message>
    <message>
        <source>请填写处理结果。</source>
        <translation>Please fill in the outcome.</translation>
    </message>
</context>
<context>
    <name>qf::ui::WorkPlanEditor</name>
    <message>
        <source>方案开头的说明，每段一行</source>
        <translation>The plan&apos;s opening text, one paragraph a line</translation>
    </message>
    <message>
        <source>本部分的段落，每段一行</source>
        <translation>This section&apos;s paragraphs, one a line</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>职务说明</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>领导小组下设办公室，设在……，由……任办公室主任</source>
        <translation>The leading group&apos;s office: where it sits and who heads it</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Responsible units</translation>
    </message>
    <message>
        <source>附件名称，每个一行</source>
        <translation>Attachment names, one a line</translation>
    </message>
    <message>
        <source>保存工作方案</source>
        <translation>Save work plan</translation>
    </message>
    <message>
        <source>段落</source>
        <translation>Paragraphs</translation>
    </message>
    <message>
        <source>领导小组</source>
        <translation>Leading group</translation>
    </message>
    <message>
        <source>添加成员</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>办公室</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>添加事项</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>开头</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>保存专项整治后即可保存工作方案。</source>
        <translation>The work plan can be saved once the campaign is saved.</translation>
    </message>
    <message>
        <source>事项之后按“责任股室”页的电话和邮箱写入联系电话、电子邮箱。</source>
        <translation>After the items, the phones and e-mail addresses of the &quot;Sections&quot; tab are written in as contacts.</translation>
    </message>
    <message>
        <source>工作方案已保存。</source>
        <translation>Work plan saved.</translation>
    </message>
    <message>
        <source>事项之后不编号的段落，每段一行</source>
        <translation>Unnumbered paragraphs after the items, one per line</translation>
    </message>
    <message>
        <source>结尾段落</source>
        <translation>Closing paragraphs</translation>
    </message>
    <message>
        <source>各阶段按“工作阶段”页的名称、日期和说明写入方案；段落中的 {start}、{end} 为整治开始、结束的年月，{startDate}、{endDate} 为开始、结束日期，{endMonth} 为结束的月份，{phaseCount} 为阶段数。</source>
        <translation>The stages are written into the plan from the names, dates and descriptions on the &quot;Phases&quot; tab; in the paragraphs {start} and {end} stand for the month the campaign starts and ends, {startDate} and {endDate} for its first and last day, {endMonth} for the month it ends, {phaseCount} for the number of stages.</translation>
    </message>
</context>
</TS>

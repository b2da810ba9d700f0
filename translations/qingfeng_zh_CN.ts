<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
<context>
    <name>AnalysisData</name>
    <message>
        <source>找不到专项整治“%1”。</source>
        <translation>找不到专项整治“%1”。</translation>
    </message>
</context>
<context>
    <name>AnalysisSeries</name>
    <message>
        <source>报送情况</source>
        <translation>报送情况</translation>
    </message>
    <message>
        <source>按时报送</source>
        <translation>按时报送</translation>
    </message>
    <message>
        <source>份</source>
        <translation>份</translation>
    </message>
    <message>
        <source>逾期补报</source>
        <translation>逾期补报</translation>
    </message>
    <message>
        <source>逾期未报</source>
        <translation>逾期未报</translation>
    </message>
    <message>
        <source>完整率</source>
        <translation>完整率</translation>
    </message>
    <message>
        <source>按时率</source>
        <translation>按时率</translation>
    </message>
    <message>
        <source>问题清单</source>
        <translation>问题清单</translation>
    </message>
    <message>
        <source>个</source>
        <translation>个</translation>
    </message>
    <message>
        <source>问题清单：当月发现</source>
        <translation>问题清单：当月发现</translation>
    </message>
    <message>
        <source>问题清单：当月整改</source>
        <translation>问题清单：当月整改</translation>
    </message>
    <message>
        <source>问题清单：当月销号</source>
        <translation>问题清单：当月销号</translation>
    </message>
    <message>
        <source>问题清单：累计发现</source>
        <translation>问题清单：累计发现</translation>
    </message>
    <message>
        <source>问题清单：累计整改</source>
        <translation>问题清单：累计整改</translation>
    </message>
    <message>
        <source>问题清单：累计销号</source>
        <translation>问题清单：累计销号</translation>
    </message>
    <message>
        <source>问题整改</source>
        <translation>问题整改</translation>
    </message>
    <message>
        <source>累计发现问题</source>
        <translation>累计发现问题</translation>
    </message>
    <message>
        <source>累计完成整改问题</source>
        <translation>累计完成整改问题</translation>
    </message>
    <message>
        <source>当月发现问题</source>
        <translation>当月发现问题</translation>
    </message>
    <message>
        <source>当月完成整改问题</source>
        <translation>当月完成整改问题</translation>
    </message>
    <message>
        <source>整改率</source>
        <translation>整改率</translation>
    </message>
    <message>
        <source>整改落后机构</source>
        <translation>整改落后机构</translation>
    </message>
    <message>
        <source>整改率最低的机构：整改率</source>
        <translation>整改率最低的机构：整改率</translation>
    </message>
    <message>
        <source>整改率最低的机构：未整改问题</source>
        <translation>整改率最低的机构：未整改问题</translation>
    </message>
    <message>
        <source>万元</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>%1第%2栏 %3</source>
        <translation>%1第%2栏 %3</translation>
    </message>
    <message>
        <source>全县</source>
        <translation>全县</translation>
    </message>
    <message>
        <source>序列</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>分组</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>值</source>
        <translation>值</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>%1不在专项整治的报表月份（%2至%3）之内。</source>
        <translation>%1不在专项整治的报表月份（%2至%3）之内。</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>清风</source>
        <translation>清风</translation>
    </message>
    <message>
        <source>清风 · 专项整治工作台</source>
        <translation>清风 · 专项整治工作台</translation>
    </message>
    <message>
        <source>使用指定的数据库文件。</source>
        <translation>使用指定的数据库文件。</translation>
    </message>
    <message>
        <source>数据库为空时写入鹿寨县示例数据。</source>
        <translation>数据库为空时写入鹿寨县示例数据。</translation>
    </message>
    <message>
        <source>把页面截图保存为 PNG 后退出。</source>
        <translation>把页面截图保存为 PNG 后退出。</translation>
    </message>
    <message>
        <source>启动时显示的页面。</source>
        <translation>启动时显示的页面。</translation>
    </message>
    <message>
        <source>无法打开数据库</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>欢迎使用清风</source>
        <translation>欢迎使用清风</translation>
    </message>
    <message>
        <source>请输入您的姓名（记录在变更记录中，与系统账户 %1 一起显示）：</source>
        <translation>请输入您的姓名（记录在变更记录中，与系统账户 %1 一起显示）：</translation>
    </message>
    <message>
        <source>连接服务器上的共享数据库（postgresql://账户@服务器:端口/数据库）。</source>
        <translation>连接服务器上的共享数据库（postgresql://账户@服务器:端口/数据库）。</translation>
    </message>
    <message>
        <source>无法连接服务器</source>
        <translation>无法连接服务器</translation>
    </message>
    <message>
        <source>数据库文件不存在</source>
        <translation>数据库文件不存在</translation>
    </message>
    <message>
        <source>数据库文件 %1 不存在。要新建一个空数据库吗？</source>
        <translation>数据库文件 %1 不存在。要新建一个空数据库吗？</translation>
    </message>
    <message>
        <source>今天的自动备份没有完成：%1</source>
        <translation>今天的自动备份没有完成：%1</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>磁盘空间不足</source>
        <translation>磁盘空间不足</translation>
    </message>
    <message>
        <source>文件夹只读/没有写入权限</source>
        <translation>文件夹只读/没有写入权限</translation>
    </message>
    <message>
        <source>无法写入 %1：%2。</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>无法写入 %1：临时文件未打开。</source>
        <translation>无法写入 %1：临时文件未打开。</translation>
    </message>
    <message>
        <source>无法写入 %1：不是普通文件。</source>
        <translation>无法写入 %1：不是普通文件。</translation>
    </message>
    <message>
        <source>文件 %1 是只读的，未写入。</source>
        <translation>文件 %1 是只读的，未写入。</translation>
    </message>
    <message>
        <source>文件超过了允许的大小</source>
        <translation>文件超过了允许的大小</translation>
    </message>
    <message>
        <source>文件名或路径太长</source>
        <translation>文件名或路径太长</translation>
    </message>
    <message>
        <source>文件夹不存在</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <source>同名的文件夹已存在</source>
        <translation>同名的文件夹已存在</translation>
    </message>
    <message>
        <source>路径中的符号链接太多或形成了循环</source>
        <translation>路径中的符号链接太多或形成了循环</translation>
    </message>
    <message>
        <source>磁盘读写出错</source>
        <translation>磁盘读写出错</translation>
    </message>
    <message>
        <source>打开的文件太多</source>
        <translation>打开的文件太多</translation>
    </message>
    <message>
        <source>文件正被其他程序使用</source>
        <translation>文件正被其他程序使用</translation>
    </message>
    <message>
        <source>系统错误 %1（%2）</source>
        <translation>系统错误 %1（%2）</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>%1（账户 %2）</source>
        <translation>%1（账户 %2）</translation>
    </message>
</context>
<context>
    <name>AuditTriggerSql</name>
    <message>
        <source>无法更新表 %1 的审计触发器：%2</source>
        <translation>无法更新表 %1 的审计触发器：%2</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>备份到 %1 失败：%2</source>
        <translation>备份到 %1 失败：%2</translation>
    </message>
    <message>
        <source>备份文件 %1 不存在。</source>
        <translation>备份文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 不是可用的清风备份：%2</source>
        <translation>%1 不是可用的清风备份：%2</translation>
    </message>
    <message>
        <source>恢复前无法保存当前数据库，未做任何修改：%1</source>
        <translation>恢复前无法保存当前数据库，未做任何修改：%1</translation>
    </message>
    <message>
        <source>服务器数据库 %1 请由服务器管理员用 pg_dump 备份。</source>
        <translation>服务器数据库 %1 请由服务器管理员用 pg_dump 备份。</translation>
    </message>
    <message>
        <source>无法读取 %1：%2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>数据库 %1 正由其他清风程序使用。请先关闭所有使用它的窗口和命令，再从备份恢复；未做任何修改。</source>
        <translation>数据库 %1 正由其他清风程序使用。请先关闭所有使用它的窗口和命令，再从备份恢复；未做任何修改。</translation>
    </message>
    <message>
        <source>无法建立检查备份用的临时文件夹：%1</source>
        <translation>无法建立检查备份用的临时文件夹：%1</translation>
    </message>
    <message>
        <source>无法读取备份文件 %1：%2</source>
        <translation>无法读取备份文件 %1：%2</translation>
    </message>
    <message>
        <source>无法复制备份文件：%1；未做任何修改。</source>
        <translation>无法复制备份文件：%1；未做任何修改。</translation>
    </message>
    <message>
        <source>无法删除旧的 %1，未做任何修改；原数据库已另存为 %2。</source>
        <translation>无法删除旧的 %1，未做任何修改；原数据库已另存为 %2。</translation>
    </message>
    <message>
        <source>无法替换数据库文件 %1：%2；原数据库未改动%3。</source>
        <translation>无法替换数据库文件 %1：%2；原数据库未改动%3。</translation>
    </message>
    <message>
        <source>，并已另存为 %1</source>
        <translation>，并已另存为 %1</translation>
    </message>
    <message>
        <source>无法建立合并备份用的临时文件夹：%1</source>
        <translation>无法建立合并备份用的临时文件夹：%1</translation>
    </message>
    <message>
        <source>无法读取备份旁的 %1：%2</source>
        <translation>无法读取备份旁的 %1：%2</translation>
    </message>
    <message>
        <source>备份旁有未合并的 %1，无法合并：%2</source>
        <translation>备份旁有未合并的 %1，无法合并：%2</translation>
    </message>
    <message>
        <source>备份旁有未合并的 %1，无法合并。</source>
        <translation>备份旁有未合并的 %1，无法合并。</translation>
    </message>
    <message>
        <source>%1 不是可用的清风备份：%2；未做任何修改。</source>
        <translation>%1 不是可用的清风备份：%2；未做任何修改。</translation>
    </message>
    <message>
        <source>备份旁有未完成事务的日志文件 %1，该备份可能不完整</source>
        <translation>备份旁有未完成事务的日志文件 %1，该备份可能不完整</translation>
    </message>
    <message>
        <source>正在复制数据库…</source>
        <translation>正在复制数据库…</translation>
    </message>
    <message>
        <source>正在检查备份…</source>
        <translation>正在检查备份…</translation>
    </message>
</context>
<context>
    <name>BackupCheck</name>
    <message>
        <source>表</source>
        <translation>表</translation>
    </message>
    <message>
        <source>索引</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>触发器</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>视图</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>文件不是清风数据库（application_id 为 %1）</source>
        <translation>文件不是清风数据库（application_id 为 %1）</translation>
    </message>
    <message>
        <source>文件中没有清风的数据结构（版本 %1）</source>
        <translation>文件中没有清风的数据结构（版本 %1）</translation>
    </message>
    <message>
        <source>备份由较新版本的清风创建（数据结构版本 %1，本程序支持到 %2），请升级程序</source>
        <translation>备份由较新版本的清风创建（数据结构版本 %1，本程序支持到 %2），请升级程序</translation>
    </message>
    <message>
        <source>完整性检查无法进行：%1</source>
        <translation>完整性检查无法进行：%1</translation>
    </message>
    <message>
        <source>未通过完整性检查（%1）</source>
        <translation>未通过完整性检查（%1）</translation>
    </message>
    <message>
        <source>引用检查无法进行：%1</source>
        <translation>引用检查无法进行：%1</translation>
    </message>
    <message>
        <source>有 %1 行引用了不存在的记录（%2）</source>
        <translation>有 %1 行引用了不存在的记录（%2）</translation>
    </message>
    <message>
        <source>数据结构与清风版本 %1 的不同：%2</source>
        <translation>数据结构与清风版本 %1 的不同：%2</translation>
    </message>
    <message>
        <source>无法建立对照用的数据库：%1</source>
        <translation>无法建立对照用的数据库：%1</translation>
    </message>
    <message>
        <source>备份缺少%1</source>
        <translation>备份缺少%1</translation>
    </message>
    <message>
        <source>备份中%1的定义与本版本不同</source>
        <translation>备份中%1的定义与本版本不同</translation>
    </message>
    <message>
        <source>备份多出%1</source>
        <translation>备份多出%1</translation>
    </message>
    <message>
        <source>%1 不是可用的清风备份：%2。</source>
        <translation>%1 不是可用的清风备份：%2。</translation>
    </message>
    <message>
        <source>文件是空的（0 字节）</source>
        <translation>文件是空的（0 字节）</translation>
    </message>
    <message>
        <source>文件不是 SQLite 数据库</source>
        <translation>文件不是 SQLite 数据库</translation>
    </message>
</context>
<context>
    <name>Campaign</name>
    <message>
        <source>专项整治名称不能为空。</source>
        <translation>专项整治名称不能为空。</translation>
    </message>
    <message>
        <source>县（区）名称不能为空。</source>
        <translation>县（区）名称不能为空。</translation>
    </message>
    <message>
        <source>年度“%1”无效。</source>
        <translation>年度“%1”无效。</translation>
    </message>
    <message>
        <source>开始日期和结束日期都必须填写。</source>
        <translation>开始日期和结束日期都必须填写。</translation>
    </message>
    <message>
        <source>结束日期（%1）早于开始日期（%2）。</source>
        <translation>结束日期（%1）早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>开始日期（%1）和结束日期（%2）都不在%3年内，请核对年度。</source>
        <translation>开始日期（%1）和结束日期（%2）都不在%3年内，请核对年度。</translation>
    </message>
    <message>
        <source>发文日期（%1）晚于结束日期（%2）。</source>
        <translation>发文日期（%1）晚于结束日期（%2）。</translation>
    </message>
    <message>
        <source>股室名称不能为空。</source>
        <translation>股室名称不能为空。</translation>
    </message>
    <message>
        <source>股室“%1”重复。</source>
        <translation>股室“%1”重复。</translation>
    </message>
    <message>
        <source>阶段名称不能为空。</source>
        <translation>阶段名称不能为空。</translation>
    </message>
    <message>
        <source>阶段“%1”缺少起止日期。</source>
        <translation>阶段“%1”缺少起止日期。</translation>
    </message>
    <message>
        <source>阶段“%1”的结束日期（%2）早于开始日期（%3）。</source>
        <translation>阶段“%1”的结束日期（%2）早于开始日期（%3）。</translation>
    </message>
    <message>
        <source>阶段“%1”（%2至%3）超出专项整治期间（%4至%5）。</source>
        <translation>阶段“%1”（%2至%3）超出专项整治期间（%4至%5）。</translation>
    </message>
    <message>
        <source>阶段“%1”（%2至%3）与前一阶段“%4”（%5至%6）顺序颠倒或被其包含。</source>
        <translation>阶段“%1”（%2至%3）与前一阶段“%4”（%5至%6）顺序颠倒或被其包含。</translation>
    </message>
    <message>
        <source>阶段“%1”与前一阶段“%2”重叠超过两个月，请核对日期。</source>
        <translation>阶段“%1”与前一阶段“%2”重叠超过两个月，请核对日期。</translation>
    </message>
    <message>
        <source>截止事项名称不能为空。</source>
        <translation>截止事项名称不能为空。</translation>
    </message>
    <message>
        <source>截止事项“%1”由股室报送，请填写报送股室。</source>
        <translation>截止事项“%1”由股室报送，请填写报送股室。</translation>
    </message>
    <message>
        <source>截止事项“%1”的报送股室“%2”不在责任股室名单中。</source>
        <translation>截止事项“%1”的报送股室“%2”不在责任股室名单中。</translation>
    </message>
    <message>
        <source>截止事项“%1”缺少日期。</source>
        <translation>截止事项“%1”缺少日期。</translation>
    </message>
    <message>
        <source>截止事项“%1”的日期%2不在专项整治期间（%3至%4）内。</source>
        <translation>截止事项“%1”的日期%2不在专项整治期间（%3至%4）内。</translation>
    </message>
    <message>
        <source>截止事项“%1”的每月截止日“%2”无效。</source>
        <translation>截止事项“%1”的每月截止日“%2”无效。</translation>
    </message>
    <message>
        <source>截止事项“%1”的报送月份范围无效。</source>
        <translation>截止事项“%1”的报送月份范围无效。</translation>
    </message>
    <message>
        <source>截止事项“%1”从%2起报送，早于专项整治开始日期%3。</source>
        <translation>截止事项“%1”从%2起报送，早于专项整治开始日期%3。</translation>
    </message>
    <message>
        <source>截止事项“%1”的最后一次报送（%2的报表，%3截止）晚于专项整治结束日期%4。</source>
        <translation>截止事项“%1”的最后一次报送（%2的报表，%3截止）晚于专项整治结束日期%4。</translation>
    </message>
    <message>
        <source>各医疗机构</source>
        <translation>各医疗机构</translation>
    </message>
    <message>
        <source>截止事项“%1”和“%2”都要求%3报送%4的%5，无法分别跟踪，请合并或调整月份。</source>
        <translation>截止事项“%1”和“%2”都要求%3报送%4的%5，无法分别跟踪，请合并或调整月份。</translation>
    </message>
    <message>
        <source>%1“%2”含有控制字符（第%3个字符，U+%4），请删除。</source>
        <translation>%1“%2”含有控制字符（第%3个字符，U+%4），请删除。</translation>
    </message>
    <message>
        <source>专项整治名称</source>
        <translation>专项整治名称</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>发文机关</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <source>县（区）名称</source>
        <translation>县（区）名称</translation>
    </message>
    <message>
        <source>市名称</source>
        <translation>市名称</translation>
    </message>
    <message>
        <source>卫健局电话</source>
        <translation>卫健局电话</translation>
    </message>
    <message>
        <source>卫健局邮箱</source>
        <translation>卫健局邮箱</translation>
    </message>
    <message>
        <source>市卫健委电话</source>
        <translation>市卫健委电话</translation>
    </message>
    <message>
        <source>市卫健委邮箱</source>
        <translation>市卫健委邮箱</translation>
    </message>
    <message>
        <source>主送</source>
        <translation>主送</translation>
    </message>
    <message>
        <source>通知正文</source>
        <translation>通知正文</translation>
    </message>
    <message>
        <source>股室名称</source>
        <translation>股室名称</translation>
    </message>
    <message>
        <source>股室邮箱</source>
        <translation>股室邮箱</translation>
    </message>
    <message>
        <source>股室电话</source>
        <translation>股室电话</translation>
    </message>
    <message>
        <source>阶段名称</source>
        <translation>阶段名称</translation>
    </message>
    <message>
        <source>阶段说明</source>
        <translation>阶段说明</translation>
    </message>
    <message>
        <source>截止事项名称</source>
        <translation>截止事项名称</translation>
    </message>
</context>
<context>
    <name>CampaignPosition</name>
    <message>
        <source>还没有专项整治。</source>
        <translation>还没有专项整治。</translation>
    </message>
    <message>
        <source>专项整治将于 %1 开始（还有 %2 天）。</source>
        <translation>专项整治将于 %1 开始（还有 %2 天）。</translation>
    </message>
    <message>
        <source>专项整治已于 %1 结束。</source>
        <translation>专项整治已于 %1 结束。</translation>
    </message>
    <message>
        <source>今天（%1）不在任何阶段内。</source>
        <translation>今天（%1）不在任何阶段内。</translation>
    </message>
    <message>
        <source>今天（%1）处于“%2”阶段（至 %3）。</source>
        <translation>今天（%1）处于“%2”阶段（至 %3）。</translation>
    </message>
    <message>
        <source>今天截止</source>
        <translation>今天截止</translation>
    </message>
    <message>
        <source>还有 %1 天</source>
        <translation>还有 %1 天</translation>
    </message>
    <message>
        <source>下一个截止日：%1%2，%3（%4）。</source>
        <translation>下一个截止日：%1%2，%3（%4）。</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>截止日已过的 %1 项中：按时报送 %2 项，逾期补报 %3 项，</source>
        <translation>截止日已过的 %1 项中：按时报送 %2 项，逾期补报 %3 项，</translation>
    </message>
    <message>
        <source>逾期未报 %1 项（涉及 %2 个单位）。</source>
        <translation>逾期未报 %1 项（涉及 %2 个单位）。</translation>
    </message>
    <message>
        <source>没有逾期未报。</source>
        <translation>没有逾期未报。</translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <source>无法保存专项整治：%1</source>
        <translation>无法保存专项整治：%1</translation>
    </message>
    <message>
        <source>无法删除专项整治：%1</source>
        <translation>无法删除专项整治：%1</translation>
    </message>
    <message>
        <source>专项整治列表</source>
        <translation>专项整治列表</translation>
    </message>
    <message>
        <source>专项整治</source>
        <translation>专项整治</translation>
    </message>
</context>
<context>
    <name>CampaignTemplate</name>
    <message>
        <source>模板缺少 key 或 name。</source>
        <translation>模板缺少 key 或 name。</translation>
    </message>
    <message>
        <source>模板“%1”缺少阶段或截止事项。</source>
        <translation>模板“%1”缺少阶段或截止事项。</translation>
    </message>
    <message>
        <source>请填写县（区）名称。</source>
        <translation>请填写县（区）名称。</translation>
    </message>
    <message>
        <source>年度“%1”无效。</source>
        <translation>年度“%1”无效。</translation>
    </message>
    <message>
        <source>模板“%1”生成的专项整治有误：%2</source>
        <translation>模板“%1”生成的专项整治有误：%2</translation>
    </message>
    <message>
        <source>模板“%1”的工作方案有误：%2</source>
        <translation>模板“%1”的工作方案有误：%2</translation>
    </message>
</context>
<context>
    <name>CaseRecord</name>
    <message>
        <source>涉及人数</source>
        <translation>涉及人数</translation>
    </message>
    <message>
        <source>参训人数</source>
        <translation>参训人数</translation>
    </message>
    <message>
        <source>参加人数</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>请选择机构。</source>
        <translation>请选择机构。</translation>
    </message>
    <message>
        <source>请填写日期。</source>
        <translation>请填写日期。</translation>
    </message>
    <message>
        <source>事项不能为空。</source>
        <translation>事项不能为空。</translation>
    </message>
    <message>
        <source>人数不能为负数。</source>
        <translation>人数不能为负数。</translation>
    </message>
    <message>
        <source>“%1”须填写%2（大于0）。</source>
        <translation>“%1”须填写%2（大于0）。</translation>
    </message>
    <message>
        <source>金额不能为负数。</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>“%1”没有涉案金额。</source>
        <translation>“%1”没有涉案金额。</translation>
    </message>
    <message>
        <source>只有检查监察建议书有回复日期。</source>
        <translation>只有检查监察建议书有回复日期。</translation>
    </message>
    <message>
        <source>回复日期（%1）早于收到日期（%2）。</source>
        <translation>回复日期（%1）早于收到日期（%2）。</translation>
    </message>
</context>
<context>
    <name>CaseRecordRepository</name>
    <message>
        <source>记录</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>以案促改与教育记录</source>
        <translation>以案促改与教育记录</translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <source>报送情况（按月）</source>
        <translation>报送情况（按月）</translation>
    </message>
    <message>
        <source>问题发现、整改与销号（按月）</source>
        <translation>问题发现、整改与销号（按月）</translation>
    </message>
    <message>
        <source>问题发现、整改与销号（按类别）</source>
        <translation>问题发现、整改与销号（按类别）</translation>
    </message>
    <message>
        <source>整改率（按类别）</source>
        <translation>整改率（按类别）</translation>
    </message>
    <message>
        <source>整改率最低的机构</source>
        <translation>整改率最低的机构</translation>
    </message>
    <message>
        <source>报表栏目逐月变化</source>
        <translation>报表栏目逐月变化</translation>
    </message>
    <message>
        <source>%1没有分析数据：应为 %2 至 %3 之间的报表月份。</source>
        <translation>%1没有分析数据：应为 %2 至 %3 之间的报表月份。</translation>
    </message>
    <message>
        <source>所选月份</source>
        <translation>所选月份</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>报送情况：按时、逾期补报与逾期未报</source>
        <translation>报送情况：按时、逾期补报与逾期未报</translation>
    </message>
    <message>
        <source>份</source>
        <translation>份</translation>
    </message>
    <message>
        <source>没有“%1”的问题数据：可选 %2。</source>
        <translation>没有“%1”的问题数据：可选 %2。</translation>
    </message>
    <message>
        <source>%1问题发现、整改与销号（按月）</source>
        <translation>%1问题发现、整改与销号（按月）</translation>
    </message>
    <message>
        <source>个</source>
        <translation>个</translation>
    </message>
    <message>
        <source>各类机构问题发现、整改与销号（截至%1）</source>
        <translation>各类机构问题发现、整改与销号（截至%1）</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>整改率（截至%1）</source>
        <translation>整改率（截至%1）</translation>
    </message>
    <message>
        <source>整改率最低的机构只按最后一个月（%1）统计。</source>
        <translation>整改率最低的机构只按最后一个月（%1）统计。</translation>
    </message>
    <message>
        <source>整改率最低的机构（截至%1）</source>
        <translation>整改率最低的机构（截至%1）</translation>
    </message>
    <message>
        <source>机构</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>没有附件%1。</source>
        <translation>没有附件%1。</translation>
    </message>
    <message>
        <source>%1没有第%2栏数值。</source>
        <translation>%1没有第%2栏数值。</translation>
    </message>
    <message>
        <source>登记册中没有“%1”。</source>
        <translation>登记册中没有“%1”。</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>问题清单第%1条：%2</source>
        <translation>问题清单第%1条：%2</translation>
    </message>
    <message>
        <source>累计发现 %1 个，累计完成整改 %2 个</source>
        <translation>累计发现 %1 个，累计完成整改 %2 个</translation>
    </message>
    <message>
        <source>当月增加 %1</source>
        <translation>当月增加 %1</translation>
    </message>
    <message>
        <source>“%1”在本专项整治中没有应报的统计表。</source>
        <translation>“%1”在本专项整治中没有应报的统计表。</translation>
    </message>
    <message>
        <source>%1报送情况：按时、逾期补报与逾期未报</source>
        <translation>%1报送情况：按时、逾期补报与逾期未报</translation>
    </message>
    <message>
        <source>%1问题发现与整改（按月）</source>
        <translation>%1问题发现与整改（按月）</translation>
    </message>
    <message>
        <source>附件1中没有“%1”这一行。</source>
        <translation>附件1中没有“%1”这一行。</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>没有指定要写入的文件。</source>
        <translation>没有指定要写入的文件。</translation>
    </message>
    <message>
        <source>不能写入 %1：文件名应以 .png、.svg 或 .pdf 结尾。</source>
        <translation>不能写入 %1：文件名应以 .png、.svg 或 .pdf 结尾。</translation>
    </message>
    <message>
        <source>清风 · %1</source>
        <translation>清风 · %1</translation>
    </message>
    <message>
        <source>清风</source>
        <translation>清风</translation>
    </message>
    <message>
        <source>不能写入 %1：图表没有画出来。</source>
        <translation>不能写入 %1：图表没有画出来。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>	（示例）</source>
        <translation>	（示例）</translation>
    </message>
    <message>
        <source>找不到模板“%1”。可用模板见 campaign templates。</source>
        <translation>找不到模板“%1”。可用模板见 campaign templates。</translation>
    </message>
    <message>
        <source>必须给出 --county 和 --year。</source>
        <translation>必须给出 --county 和 --year。</translation>
    </message>
    <message>
        <source>已创建专项整治 %1：%2（%3—%4，%5个阶段，%6项截止事项）</source>
        <translation>已创建专项整治 %1：%2（%3—%4，%5个阶段，%6项截止事项）</translation>
    </message>
    <message>
        <source>文号：%1　发文单位：%2　期间：%3 至 %4</source>
        <translation>文号：%1　发文单位：%2　期间：%3 至 %4</translation>
    </message>
    <message>
        <source>阶段：</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <source>截止事项：</source>
        <translation>截止事项：</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>截止日逢休息日（仍按原日期）：</source>
        <translation>截止日逢休息日（仍按原日期）：</translation>
    </message>
    <message>
        <source>列出内置的专项整治方案模板</source>
        <translation>列出内置的专项整治方案模板</translation>
    </message>
    <message>
        <source>列出数据库中的专项整治</source>
        <translation>列出数据库中的专项整治</translation>
    </message>
    <message>
        <source>按模板新建专项整治</source>
        <translation>按模板新建专项整治</translation>
    </message>
    <message>
        <source>阶段和截止日期按模板换算到指定年度；新建后可在程序中逐项修改。</source>
        <translation>阶段和截止日期按模板换算到指定年度；新建后可在程序中逐项修改。</translation>
    </message>
    <message>
        <source>显示专项整治的阶段、截止事项和今天的进度</source>
        <translation>显示专项整治的阶段、截止事项和今天的进度</translation>
    </message>
    <message>
        <source>--campaign 指定编号（默认最近新建的一个）；截止日逢周末或法定节假日时照原文保留并注明。--today 按指定日期计算当前阶段和逾期情况。</source>
        <translation>--campaign 指定编号（默认最近新建的一个）；截止日逢周末或法定节假日时照原文保留并注明。--today 按指定日期计算当前阶段和逾期情况。</translation>
    </message>
    <message>
        <source>清风 专项整治工作台 命令行工具</source>
        <translation>清风 专项整治工作台 命令行工具</translation>
    </message>
    <message>
        <source>用法：qingfeng-cli [--db 数据库文件] &lt;对象&gt; &lt;操作&gt; [选项]</source>
        <translation>用法：qingfeng-cli [--db 数据库文件] &lt;对象&gt; &lt;操作&gt; [选项]</translation>
    </message>
    <message>
        <source>不指定 --db 时使用默认数据库：%1</source>
        <translation>不指定 --db 时使用默认数据库：%1</translation>
    </message>
    <message>
        <source>命令：</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>每个命令都可加 --help 查看说明。退出码：0 成功，1 数据有错误，2 用法错误。</source>
        <translation>每个命令都可加 --help 查看说明。退出码：0 成功，1 数据有错误，2 用法错误。</translation>
    </message>
    <message>
        <source>用法：</source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>--campaign 需要专项整治的编号（见 campaign list）。</source>
        <translation>--campaign 需要专项整治的编号（见 campaign list）。</translation>
    </message>
    <message>
        <source>数据库中还没有专项整治，请先用 campaign create 新建。</source>
        <translation>数据库中还没有专项整治，请先用 campaign create 新建。</translation>
    </message>
    <message>
        <source>找不到专项整治“%1”。可用的专项整治见 campaign list。</source>
        <translation>找不到专项整治“%1”。可用的专项整治见 campaign list。</translation>
    </message>
    <message>
        <source>选项 --db 需要一个文件路径。</source>
        <translation>选项 --db 需要一个文件路径。</translation>
    </message>
    <message>
        <source>未知选项 %1。</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>未知命令“%1”。</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>请指定一个 CSV 文件。</source>
        <translation>请指定一个 CSV 文件。</translation>
    </message>
    <message>
        <source>未导入任何数据。</source>
        <translation>未导入任何数据。</translation>
    </message>
    <message>
        <source>已导入 %1 份报表（%2 条提示）。</source>
        <translation>已导入 %1 份报表（%2 条提示）。</translation>
    </message>
    <message>
        <source>从 CSV 导入各单位的月度累计数</source>
        <translation>从 CSV 导入各单位的月度累计数</translation>
    </message>
    <message>
        <source>表头：表,单位,月份,(1),(2),…（可加“报送日期”列）。表为 附件1/附件2/附件3；单位为机构名称，
附件2 为分类（如“公立医院 三级”“定点零售药店等其他医药机构”）；月份写成 YYYY-MM；数字为逐月累计数。
附件2 第1栏由机构名册计算，不导入。任何一行有错误（含校验错误）时不导入任何数据。</source>
        <translation>表头：表,单位,月份,(1),(2),…（可加“报送日期”列）。表为 附件1/附件2/附件3；单位为机构名称，
附件2 为分类（如“公立医院 三级”“定点零售药店等其他医药机构”）；月份写成 YYYY-MM；数字为逐月累计数。
附件2 第1栏由机构名册计算，不导入。任何一行有错误（含校验错误）时不导入任何数据。</translation>
    </message>
    <message>
        <source>必须用 --month YYYY-MM 指定月份（如 2021-08）。</source>
        <translation>必须用 --month YYYY-MM 指定月份（如 2021-08）。</translation>
    </message>
    <message>
        <source>注意：%1 不在专项整治“%2”的报送月份（%3—%4）之内。</source>
        <translation>注意：%1 不在专项整治“%2”的报送月份（%3—%4）之内。</translation>
    </message>
    <message>
        <source>%1 附件1—3：%2 个错误，%3 个提示。</source>
        <translation>%1 附件1—3：%2 个错误，%3 个提示。</translation>
    </message>
    <message>
        <source>必须给出 --form 1|2|3|all 和 --out 文件.xlsx。</source>
        <translation>必须给出 --form 1|2|3|all 和 --out 文件.xlsx。</translation>
    </message>
    <message>
        <source>%1 的数据有 %2 个错误，未导出。请先改正，或加 --force 照样导出。</source>
        <translation>%1 的数据有 %2 个错误，未导出。请先改正，或加 --force 照样导出。</translation>
    </message>
    <message>
        <source>已导出 %1（%2）：%3</source>
        <translation>已导出 %1（%2）：%3</translation>
    </message>
    <message>
        <source>（含 %1 个错误）</source>
        <translation>（含 %1 个错误）</translation>
    </message>
    <message>
        <source>--campaign 指定专项整治编号，缺省为最近新建的一个。</source>
        <translation>--campaign 指定专项整治编号，缺省为最近新建的一个。</translation>
    </message>
    <message>
        <source>检查某月附件1—3的数据，列出全部错误和提示</source>
        <translation>检查某月附件1—3的数据，列出全部错误和提示</translation>
    </message>
    <message>
        <source>每条结果写明表、单位、月份、栏目和规则。有错误时退出码为 1。</source>
        <translation>每条结果写明表、单位、月份、栏目和规则。有错误时退出码为 1。</translation>
    </message>
    <message>
        <source>按官方格式导出某月的统计表（Excel）</source>
        <translation>按官方格式导出某月的统计表（Excel）</translation>
    </message>
    <message>
        <source>请用 --out 指定备份文件。</source>
        <translation>请用 --out 指定备份文件。</translation>
    </message>
    <message>
        <source>已备份到 %1。</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>请指定一个备份文件。</source>
        <translation>请指定一个备份文件。</translation>
    </message>
    <message>
        <source>已从 %1 恢复数据库 %2。</source>
        <translation>已从 %1 恢复数据库 %2。</translation>
    </message>
    <message>
        <source>恢复前的数据库已另存为 %1。</source>
        <translation>恢复前的数据库已另存为 %1。</translation>
    </message>
    <message>
        <source>备份数据库（程序运行时也可备份，得到一致的副本）</source>
        <translation>备份数据库（程序运行时也可备份，得到一致的副本）</translation>
    </message>
    <message>
        <source>用备份文件替换数据库（先检查备份，并保留当前数据库的副本）</source>
        <translation>用备份文件替换数据库（先检查备份，并保留当前数据库的副本）</translation>
    </message>
    <message>
        <source>恢复时请先关闭所有正在使用该数据库的清风程序。</source>
        <translation>恢复时请先关闭所有正在使用该数据库的清风程序。</translation>
    </message>
    <message>
        <source>数据库已就绪：%1（数据结构版本 %2）</source>
        <translation>数据库已就绪：%1（数据结构版本 %2）</translation>
    </message>
    <message>
        <source>共 %1 家机构。</source>
        <translation>共 %1 家机构。</translation>
    </message>
    <message>
        <source>请指定一个 CSV 文件或 Excel 工作簿（.xlsx）。</source>
        <translation>请指定一个 CSV 文件或 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>未导入任何机构。</source>
        <translation>未导入任何机构。</translation>
    </message>
    <message>
        <source>已导入 %1 家机构（新增 %2，更新 %3）。</source>
        <translation>已导入 %1 家机构（新增 %2，更新 %3）。</translation>
    </message>
    <message>
        <source>创建或升级数据库；--demo 写入鹿寨县示例数据</source>
        <translation>创建或升级数据库；--demo 写入鹿寨县示例数据</translation>
    </message>
    <message>
        <source>数据库已有数据时，--demo 不会重复写入。</source>
        <translation>数据库已有数据时，--demo 不会重复写入。</translation>
    </message>
    <message>
        <source>列出在用机构（--all 含停用）</source>
        <translation>列出在用机构（--all 含停用）</translation>
    </message>
    <message>
        <source>从 CSV 或 Excel 工作簿导入机构名册（同名机构更新）</source>
        <translation>从 CSV 或 Excel 工作簿导入机构名册（同名机构更新）</translation>
    </message>
    <message>
        <source>月份“%1”无效，应为 YYYY-MM。</source>
        <translation>月份“%1”无效，应为 YYYY-MM。</translation>
    </message>
    <message>
        <source>专项整治没有%1的报送事项。有报送事项的月份：%2</source>
        <translation>专项整治没有%1的报送事项。有报送事项的月份：%2</translation>
    </message>
    <message>
        <source>应报 %1 项：按时报送 %2，逾期补报 %3，未报送（未到截止日）%4，逾期未报 %5；完整率 %6，按时率 %7</source>
        <translation>应报 %1 项：按时报送 %2，逾期补报 %3，未报送（未到截止日）%4，逾期未报 %5；完整率 %6，按时率 %7</translation>
    </message>
    <message>
        <source>专项整治：%1 %2</source>
        <translation>专项整治：%1 %2</translation>
    </message>
    <message>
        <source>范围：全部月份</source>
        <translation>范围：全部月份</translation>
    </message>
    <message>
        <source>月份：%1</source>
        <translation>月份：%1</translation>
    </message>
    <message>
        <source>　截至：%1</source>
        <translation>　截至：%1</translation>
    </message>
    <message>
        <source>状态	单位	事项	报至	截止日期	报送日期	逾期天数	联系人	电话</source>
        <translation>状态	单位	事项	报至	截止日期	报送日期	逾期天数	联系人	电话</translation>
    </message>
    <message>
        <source>（按录入日期）</source>
        <translation>（按录入日期）</translation>
    </message>
    <message>
        <source>有 %1 项逾期未报。</source>
        <translation>有 %1 项逾期未报。</translation>
    </message>
    <message>
        <source>待报</source>
        <translation>待报</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>完整率</source>
        <translation>完整率</translation>
    </message>
    <message>
        <source>按时率</source>
        <translation>按时率</translation>
    </message>
    <message>
        <source>催报名单（%1报送事项，截至%2）</source>
        <translation>催报名单（%1报送事项，截至%2）</translation>
    </message>
    <message>
        <source>材料“%1”无效：可用 form1、form2、form3、summary（工作总结）、report（专题报告）。</source>
        <translation>材料“%1”无效：可用 form1、form2、form3、summary（工作总结）、report（专题报告）。</translation>
    </message>
    <message>
        <source>必须给出 --unit 单位名称和 --date 报送日期（YYYY-MM-DD）。</source>
        <translation>必须给出 --unit 单位名称和 --date 报送日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>“%1”在本专项整治中没有应报的%2%3。</source>
        <translation>“%1”在本专项整治中没有应报的%2%3。</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>“%1”有多个月份应报%2，请用 --month 指定：%3</source>
        <translation>“%1”有多个月份应报%2，请用 --month 指定：%3</translation>
    </message>
    <message>
        <source>医疗机构的统计表在录入或导入报表时自动登记报送，无需另行登记。</source>
        <translation>医疗机构的统计表在录入或导入报表时自动登记报送，无需另行登记。</translation>
    </message>
    <message>
        <source>已登记：%1 %2，%3报送（%4截止）——%5</source>
        <translation>已登记：%1 %2，%3报送（%4截止）——%5</translation>
    </message>
    <message>
        <source>，附件 %1（%2 字节）</source>
        <translation>，附件 %1（%2 字节）</translation>
    </message>
    <message>
        <source>--campaign 指定专项整治编号（默认最近新建的一个）；--today 按指定日期判断是否逾期（默认今天）。</source>
        <translation>--campaign 指定专项整治编号（默认最近新建的一个）；--today 按指定日期判断是否逾期（默认今天）。</translation>
    </message>
    <message>
        <source>报送跟踪：某月各单位按时报送、逾期补报、未报送情况</source>
        <translation>报送跟踪：某月各单位按时报送、逾期补报、未报送情况</translation>
    </message>
    <message>
        <source>列出该月（报表所属月份）每个应报单位的状态、截止日期、报送日期、联系人和电话。不给 --month 时取最近到期的月份；--all 查看全部月份。有逾期未报的事项时退出码为 1。
</source>
        <translation>列出该月（报表所属月份）每个应报单位的状态、截止日期、报送日期、联系人和电话。不给 --month 时取最近到期的月份；--all 查看全部月份。有逾期未报的事项时退出码为 1。
</translation>
    </message>
    <message>
        <source>报送跟踪：单位 × 月份汇总表</source>
        <translation>报送跟踪：单位 × 月份汇总表</translation>
    </message>
    <message>
        <source>每个单位每个月的报送情况（按时、补报、逾期、待报；—为该月无须报送，如已停业），以及已到截止日事项的完整率、按时率。
</source>
        <translation>每个单位每个月的报送情况（按时、补报、逾期、待报；—为该月无须报送，如已停业），以及已到截止日事项的完整率、按时率。
</translation>
    </message>
    <message>
        <source>生成催报名单（单位、联系人、电话、未报事项）</source>
        <translation>生成催报名单（单位、联系人、电话、未报事项）</translation>
    </message>
    <message>
        <source>登记股室报送或工作总结（可附文件）</source>
        <translation>登记股室报送或工作总结（可附文件）</translation>
    </message>
    <message>
        <source>登记股室上报的附件1（全县）、附件2，以及各单位的工作总结、专题报告。附件文件复制保存在数据库中。医疗机构的统计表在录入或导入时自动登记，无须在此登记。同一单位同一事项再次登记时覆盖原登记。</source>
        <translation>登记股室上报的附件1（全县）、附件2，以及各单位的工作总结、专题报告。附件文件复制保存在数据库中。医疗机构的统计表在录入或导入时自动登记，无须在此登记。同一单位同一事项再次登记时覆盖原登记。</translation>
    </message>
    <message>
        <source>请指定台账种类和 CSV 文件。</source>
        <translation>请指定台账种类和 CSV 文件。</translation>
    </message>
    <message>
        <source>请指定台账种类。</source>
        <translation>请指定台账种类。</translation>
    </message>
    <message>
        <source>未知的台账种类“%1”，可用：%2。</source>
        <translation>未知的台账种类“%1”，可用：%2。</translation>
    </message>
    <message>
        <source>未导入任何记录。</source>
        <translation>未导入任何记录。</translation>
    </message>
    <message>
        <source>已导入%1 %2 条。</source>
        <translation>已导入%1 %2 条。</translation>
    </message>
    <message>
        <source>请用 --out 指定要写入的 .xlsx 文件。</source>
        <translation>请用 --out 指定要写入的 .xlsx 文件。</translation>
    </message>
    <message>
        <source>已导出%1 %2 条到 %3。</source>
        <translation>已导出%1 %2 条到 %3。</translation>
    </message>
    <message>
        <source>共 %1 条。</source>
        <translation>共 %1 条。</translation>
    </message>
    <message>
        <source>请指定 --form 1|2|3、--column 栏号 和 --month YYYY-MM。</source>
        <translation>请指定 --form 1|2|3、--column 栏号 和 --month YYYY-MM。</translation>
    </message>
    <message>
        <source>附件%1第%2栏不由台账计算。</source>
        <translation>附件%1第%2栏不由台账计算。</translation>
    </message>
    <message>
        <source>附件%1在%2没有单位“%3”。</source>
        <translation>附件%1在%2没有单位“%3”。</translation>
    </message>
    <message>
        <source>附件%1 第%2栏 %3 %4：%5</source>
        <translation>附件%1 第%2栏 %3 %4：%5</translation>
    </message>
    <message>
        <source>全部单位</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>（未建台账，不由台账计算）</source>
        <translation>（未建台账，不由台账计算）</translation>
    </message>
    <message>
        <source>计算方法：</source>
        <translation>计算方法：</translation>
    </message>
    <message>
        <source>（该机构已计）</source>
        <translation>（该机构已计）</translation>
    </message>
    <message>
        <source>台账种类：
</source>
        <translation>台账种类：
</translation>
    </message>
    <message>
        <source>从 CSV 导入台账（问题清单、线索、检查、以案促改与教育、约谈供应商、负面名单）</source>
        <translation>从 CSV 导入台账（问题清单、线索、检查、以案促改与教育、约谈供应商、负面名单）</translation>
    </message>
    <message>
        <source>把一本台账导出为 Excel 表格（不含举报人信息）</source>
        <translation>把一本台账导出为 Excel 表格（不含举报人信息）</translation>
    </message>
    <message>
        <source>列出一本台账（制表符分隔，不含举报人信息）</source>
        <translation>列出一本台账（制表符分隔，不含举报人信息）</translation>
    </message>
    <message>
        <source>说明报表某一栏的台账数由哪些记录组成</source>
        <translation>说明报表某一栏的台账数由哪些记录组成</translation>
    </message>
    <message>
        <source>不指定 --unit 时说明全部单位（附件1、3 为机构名称或简称，附件2 为“公立医院 三级”等分类）。</source>
        <translation>不指定 --unit 时说明全部单位（附件1、3 为机构名称或简称，附件2 为“公立医院 三级”等分类）。</translation>
    </message>
    <message>
        <source>选项 --server 需要服务器地址（postgresql://用户@主机:端口/数据库）。</source>
        <translation>选项 --server 需要服务器地址（postgresql://用户@主机:端口/数据库）。</translation>
    </message>
    <message>
        <source>--db 与 --server 只能选一个。</source>
        <translation>--db 与 --server 只能选一个。</translation>
    </message>
    <message>
        <source>--%1 的日期“%2”无效，应为 YYYY-MM-DD。</source>
        <translation>--%1 的日期“%2”无效，应为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>此命令作用于服务器数据库：请在命令前用 --server postgresql://用户@主机:端口/数据库 指定。</source>
        <translation>此命令作用于服务器数据库：请在命令前用 --server postgresql://用户@主机:端口/数据库 指定。</translation>
    </message>
    <message>
        <source>服务器数据库 %1 已就绪（数据结构版本 %2）。</source>
        <translation>服务器数据库 %1 已就绪（数据结构版本 %2）。</translation>
    </message>
    <message>
        <source>请指定一个本地数据库文件。</source>
        <translation>请指定一个本地数据库文件。</translation>
    </message>
    <message>
        <source>没有导入任何数据。</source>
        <translation>没有导入任何数据。</translation>
    </message>
    <message>
        <source>已把 %1 导入服务器数据库 %2。</source>
        <translation>已把 %1 导入服务器数据库 %2。</translation>
    </message>
    <message>
        <source>请指定一个账户名，以及 --bureau、--city 或 --institution 机构名称 之一。</source>
        <translation>请指定一个账户名，以及 --bureau、--city 或 --institution 机构名称 之一。</translation>
    </message>
    <message>
        <source>名册中没有名为“%1”的机构。</source>
        <translation>名册中没有名为“%1”的机构。</translation>
    </message>
    <message>
        <source>账户 %1 已设置。</source>
        <translation>账户 %1 已设置。</translation>
    </message>
    <message>
        <source>在服务器的空数据库上建立（或升级）清风的数据结构、角色和访问规则</source>
        <translation>在服务器的空数据库上建立（或升级）清风的数据结构、角色和访问规则</translation>
    </message>
    <message>
        <source>需要数据库所有者（管理员）账户。其他人连接服务器时不会改动数据结构。</source>
        <translation>需要数据库所有者（管理员）账户。其他人连接服务器时不会改动数据结构。</translation>
    </message>
    <message>
        <source>把本地数据库文件整体导入服务器的空数据库（一个事务，保留编号）</source>
        <translation>把本地数据库文件整体导入服务器的空数据库（一个事务，保留编号）</translation>
    </message>
    <message>
        <source>任何一行出错则什么也不导入。需要服务器管理员账户。</source>
        <translation>任何一行出错则什么也不导入。需要服务器管理员账户。</translation>
    </message>
    <message>
        <source>建立或修改登录账户：卫健局、市级（只读）或某个机构（只见本机构的数据）</source>
        <translation>建立或修改登录账户：卫健局、市级（只读）或某个机构（只见本机构的数据）</translation>
    </message>
    <message>
        <source>--password-stdin 从标准输入读取密码。访问范围由服务器的行级安全规则保证，不只靠界面。</source>
        <translation>--password-stdin 从标准输入读取密码。访问范围由服务器的行级安全规则保证，不只靠界面。</translation>
    </message>
    <message>
        <source>--form all 导出一个工作簿，含附件1、附件2、附件3三张工作表。--date 为填报时间，缺省为今天。
--out 为已有文件夹时写入其中，文件名按县名和月份取，如“鹿寨县2021年11月统计表（附件1-3）.xlsx”“鹿寨县2021年11月附件2.xlsx”。
导出前先检查数据：有错误时列出错误、不写文件并以退出码 1 结束，加 --force 照样导出。</source>
        <translation>--form all 导出一个工作簿，含附件1、附件2、附件3三张工作表。--date 为填报时间，缺省为今天。
--out 为已有文件夹时写入其中，文件名按县名和月份取，如“鹿寨县2021年11月统计表（附件1-3）.xlsx”“鹿寨县2021年11月附件2.xlsx”。
导出前先检查数据：有错误时列出错误、不写文件并以退出码 1 结束，加 --force 照样导出。</translation>
    </message>
    <message>
        <source>已导出机构名册 %1 家到 %2。</source>
        <translation>已导出机构名册 %1 家到 %2。</translation>
    </message>
    <message>
        <source>把机构名册导出为 Excel 表格（--all 含停用）</source>
        <translation>把机构名册导出为 Excel 表格（--all 含停用）</translation>
    </message>
    <message>
        <source>表头与导入时相同，改好后可用 institutions import 导回。</source>
        <translation>表头与导入时相同，改好后可用 institutions import 导回。</translation>
    </message>
    <message>
        <source>
前几列为必填。日期写成 YYYY-MM-DD；金额以万元计（最多4位小数）；人数、条数为整数；标记列填“是”或“否”。
状态列（问题：发现/整改中/已整改/已销号；线索：登记/核查中/办结/已销号）须配相应日期，
销号须写销号审核人。任何一行有错误或与已有记录重复时不导入任何记录。</source>
        <translation>
前几列为必填。日期写成 YYYY-MM-DD；金额以万元计（最多4位小数）；人数、条数为整数；标记列填“是”或“否”。
状态列（问题：发现/整改中/已整改/已销号；线索：登记/核查中/办结/已销号）须配相应日期，
销号须写销号审核人。任何一行有错误或与已有记录重复时不导入任何记录。</translation>
    </message>
    <message>
        <source>数据库文件 %1 不存在，未创建任何文件。新建数据库请用：qingfeng-cli --db %1 init</source>
        <translation>数据库文件 %1 不存在，未创建任何文件。新建数据库请用：qingfeng-cli --db %1 init</translation>
    </message>
    <message>
        <source>服务器上的共享数据库由服务器管理员恢复。</source>
        <translation>服务器上的共享数据库由服务器管理员恢复。</translation>
    </message>
    <message>
        <source>账户 %1 已是所要求的设置，没有改动。</source>
        <translation>账户 %1 已是所要求的设置，没有改动。</translation>
    </message>
    <message>
        <source>--server postgresql://用户@主机:端口/数据库 使用服务器上的共享数据库（密码取自 PGPASSWORD、~/.pgpass 或窗口在系统钥匙串中保存的密码）。</source>
        <translation>--server postgresql://用户@主机:端口/数据库 使用服务器上的共享数据库（密码取自 PGPASSWORD、~/.pgpass 或窗口在系统钥匙串中保存的密码）。</translation>
    </message>
    <message>
        <source>注意：</source>
        <translation>注意：</translation>
    </message>
    <message>
        <source>表头（顺序不限）：名称,简称,所有制,等级,医保定点,类别,乡镇,举报电话,举报邮箱,联系人,联系电话
联系电话是催报时拨打的办公电话，与公开的举报电话分开。
必填：名称、所有制（公立/民营）、等级（三级/二级/一级及以下）、医保定点（是/否）。
类别：医疗机构 或 定点零售药店。CSV 可为 UTF-8 或 GB18030（GBK）编码。
其他列（序号、状态除外）和重复的列（如“名称”与“机构名称”）会被拒绝，不会被忽略。
Excel 工作簿（.xlsx）读取第一个工作表；表头上方可有标题行，合并单元格按显示的值读取。
任何一行有错时不导入任何机构，并逐行逐列列出错误。</source>
        <translation>表头（顺序不限）：名称,简称,所有制,等级,医保定点,类别,乡镇,举报电话,举报邮箱,联系人,联系电话
联系电话是催报时拨打的办公电话，与公开的举报电话分开。
必填：名称、所有制（公立/民营）、等级（三级/二级/一级及以下）、医保定点（是/否）。
类别：医疗机构 或 定点零售药店。CSV 可为 UTF-8 或 GB18030（GBK）编码。
其他列（序号、状态除外）和重复的列（如“名称”与“机构名称”）会被拒绝，不会被忽略。
Excel 工作簿（.xlsx）读取第一个工作表；表头上方可有标题行，合并单元格按显示的值读取。
任何一行有错时不导入任何机构，并逐行逐列列出错误。</translation>
    </message>
    <message>
        <source>已导出催报名单（%1个单位）到 %2。</source>
        <translation>已导出催报名单（%1个单位）到 %2。</translation>
    </message>
    <message>
        <source>列出该月尚未报送的单位及其未报事项，逾期的排在前面；--overdue-only 只列已逾期的。电话为名册中的联系电话（不是举报电话）。--out 写成 Excel 工作簿，与窗口中“导出 Excel…”相同。
</source>
        <translation>列出该月尚未报送的单位及其未报事项，逾期的排在前面；--overdue-only 只列已逾期的。电话为名册中的联系电话（不是举报电话）。--out 写成 Excel 工作簿，与窗口中“导出 Excel…”相同。
</translation>
    </message>
    <message>
        <source>请用 --file 指定工作方案的 JSON 文件（格式同 campaign plan show 的输出）。</source>
        <translation>请用 --file 指定工作方案的 JSON 文件（格式同 campaign plan show 的输出）。</translation>
    </message>
    <message>
        <source>无法打开文件“%1”：%2</source>
        <translation>无法打开文件“%1”：%2</translation>
    </message>
    <message>
        <source>文件“%1”不是工作方案的 JSON（第 %2 个字符处：%3）。</source>
        <translation>文件“%1”不是工作方案的 JSON（第 %2 个字符处：%3）。</translation>
    </message>
    <message>
        <source>文件“%1”：%2</source>
        <translation>文件“%1”：%2</translation>
    </message>
    <message>
        <source>已保存专项整治 %1 的工作方案（%2 个部分）。</source>
        <translation>已保存专项整治 %1 的工作方案（%2 个部分）。</translation>
    </message>
    <message>
        <source>以 JSON 显示专项整治的工作方案</source>
        <translation>以 JSON 显示专项整治的工作方案</translation>
    </message>
    <message>
        <source>尚未保存过的专项整治显示其模板的工作方案。工作步骤按阶段、联系方式按股室生成，不在文件中。</source>
        <translation>尚未保存过的专项整治显示其模板的工作方案。工作步骤按阶段、联系方式按股室生成，不在文件中。</translation>
    </message>
    <message>
        <source>从 JSON 文件保存专项整治的工作方案</source>
        <translation>从 JSON 文件保存专项整治的工作方案</translation>
    </message>
    <message>
        <source>文件格式同 campaign plan show 的输出；有误时不保存任何内容。</source>
        <translation>文件格式同 campaign plan show 的输出；有误时不保存任何内容。</translation>
    </message>
    <message>
        <source>机构	信号	月份	依据</source>
        <translation>机构	信号	月份	依据</translation>
    </message>
    <message>
        <source>序号	机构	所有制	等级	乡镇	检查人员</source>
        <translation>序号	机构	所有制	等级	乡镇	检查人员</translation>
    </message>
    <message>
        <source>请用 --count N 指定抽查数量（正整数），用 --seed S 指定随机种子（0 至 18446744073709551615 的整数）。</source>
        <translation>请用 --count N 指定抽查数量（正整数），用 --seed S 指定随机种子（0 至 18446744073709551615 的整数）。</translation>
    </message>
    <message>
        <source>已保存为抽查记录 %1（种子 %2）；可用 analysis verify --draw %1 复核。</source>
        <translation>已保存为抽查记录 %1（种子 %2）；可用 analysis verify --draw %1 复核。</translation>
    </message>
    <message>
        <source>请用 --draw ID 指定抽查记录的编号。</source>
        <translation>请用 --draw ID 指定抽查记录的编号。</translation>
    </message>
    <message>
        <source>找不到抽查记录 %1。</source>
        <translation>找不到抽查记录 %1。</translation>
    </message>
    <message>
        <source>抽查记录 %1：按种子 %2 和记录的输入重新抽取，结果一致（%3 家）。</source>
        <translation>抽查记录 %1：按种子 %2 和记录的输入重新抽取，结果一致（%3 家）。</translation>
    </message>
    <message>
        <source>机构名录中没有“%1”。</source>
        <translation>机构名录中没有“%1”。</translation>
    </message>
    <message>
        <source>已添加检查人员 %1：%2</source>
        <translation>已添加检查人员 %1：%2</translation>
    </message>
    <message>
        <source>编号	姓名	科室	所属机构</source>
        <translation>编号	姓名	科室	所属机构</translation>
    </message>
    <message>
        <source>请用 --id ID 指定检查人员的编号（见 analysis inspectors list）。</source>
        <translation>请用 --id ID 指定检查人员的编号（见 analysis inspectors list）。</translation>
    </message>
    <message>
        <source>已删除检查人员 %1。</source>
        <translation>已删除检查人员 %1。</translation>
    </message>
    <message>
        <source>列出“走过场”信号：每条一行（机构、信号、月份、依据）</source>
        <translation>列出“走过场”信号：每条一行（机构、信号、月份、依据）</translation>
    </message>
    <message>
        <source>按机构得分从高到低列出截至所给月份（默认最近有报表的月份）的全部信号；规则及阈值见说明书。</source>
        <translation>按机构得分从高到低列出截至所给月份（默认最近有报表的月份）的全部信号；规则及阈值见说明书。</translation>
    </message>
    <message>
        <source>双随机抽查：按所有制×等级分层抽取机构并各派两名检查人员</source>
        <translation>双随机抽查：按所有制×等级分层抽取机构并各派两名检查人员</translation>
    </message>
    <message>
        <source>按记录的种子和输入重新抽取，核对抽查记录</source>
        <translation>按记录的种子和输入重新抽取，核对抽查记录</translation>
    </message>
    <message>
        <source>在检查人员库中添加人员</source>
        <translation>在检查人员库中添加人员</translation>
    </message>
    <message>
        <source>--institution 为其所在机构（不会派往该机构检查）。</source>
        <translation>--institution 为其所在机构（不会派往该机构检查）。</translation>
    </message>
    <message>
        <source>列出检查人员库</source>
        <translation>列出检查人员库</translation>
    </message>
    <message>
        <source>从检查人员库中删除人员</source>
        <translation>从检查人员库中删除人员</translation>
    </message>
    <message>
        <source>--password-stdin 读到的密码为空，账户未改动。</source>
        <translation>--password-stdin 读到的密码为空，账户未改动。</translation>
    </message>
    <message>
        <source>%1不是专项整治的报表月份（%2至%3）。</source>
        <translation>%1不是专项整治的报表月份（%2至%3）。</translation>
    </message>
    <message>
        <source>已写入 %1：%2 个序列，%3 个数值（%4至%5）。</source>
        <translation>已写入 %1：%2 个序列，%3 个数值（%4至%5）。</translation>
    </message>
    <message>
        <source>导出每张分析图背后的数据：序列、分组、月份、值、单位</source>
        <translation>导出每张分析图背后的数据：序列、分组、月份、值、单位</translation>
    </message>
    <message>
        <source>从专项整治的第一个报表月份到所给月份（默认最近有报表的月份）：报送情况（按时、逾期补报、逾期未报及两率），问题的发现、整改、销号（全县及按所有制×等级），整改率及整改率最低的机构，附件1—3各栏的全县数逐月变化。
空白表示无从统计（未到期、未报送或无问题），不是 0。不给 --out 时以制表符分隔写到标准输出；.csv 为带 BOM 的 UTF-8，.xlsx 每个主题一张表并附“全部数据”。--today YYYY-MM-DD 按该日判断报送是否逾期。</source>
        <translation>从专项整治的第一个报表月份到所给月份（默认最近有报表的月份）：报送情况（按时、逾期补报、逾期未报及两率），问题的发现、整改、销号（全县及按所有制×等级），整改率及整改率最低的机构，附件1—3各栏的全县数逐月变化。
空白表示无从统计（未到期、未报送或无问题），不是 0。不给 --out 时以制表符分隔写到标准输出；.csv 为带 BOM 的 UTF-8，.xlsx 每个主题一张表并附“全部数据”。--today YYYY-MM-DD 按该日判断报送是否逾期。</translation>
    </message>
    <message>
        <source>已删除示例数据：%1。</source>
        <translation>已删除示例数据：%1。</translation>
    </message>
    <message>
        <source>删除鹿寨县示例数据（示例机构、示例活动及其报表和台账）</source>
        <translation>删除鹿寨县示例数据（示例机构、示例活动及其报表和台账）</translation>
    </message>
    <message>
        <source>只删除示例写入的数据，用户自己的机构和专项整治原样保留；审计记录保留每一行的删除。
示例数据被用户自己的工作用到时（已签发或验收的月份、登记的报送、工作方案、抽查、证据文件，或其他专项整治中示例机构的记录）不删除，并列出原因。</source>
        <translation>只删除示例写入的数据，用户自己的机构和专项整治原样保留；审计记录保留每一行的删除。
示例数据被用户自己的工作用到时（已签发或验收的月份、登记的报送、工作方案、抽查、证据文件，或其他专项整治中示例机构的记录）不删除，并列出原因。</translation>
    </message>
    <message>
        <source>--weighted 按“走过场”信号得分加权；--by-township 再按乡镇分层；--date YYYY-MM-DD 取该月在册的机构。
抽取结果连同种子和全部输入保存为抽查记录并记入审计日志，同一种子和输入总得到同一名单。
--out 另写抽查名单、--notices 另写每家一份的检查通知（PDF 或 Word，见 analysis print）。</source>
        <translation>--weighted 按“走过场”信号得分加权；--by-township 再按乡镇分层；--date YYYY-MM-DD 取该月在册的机构。
抽取结果连同种子和全部输入保存为抽查记录并记入审计日志，同一种子和输入总得到同一名单。
--out 另写抽查名单、--notices 另写每家一份的检查通知（PDF 或 Word，见 analysis print）。</translation>
    </message>
    <message>
        <source>画图表需要图形应用对象（QApplication），本程序没有创建。</source>
        <translation>画图表需要图形应用对象（QApplication），本程序没有创建。</translation>
    </message>
    <message>
        <source>没有名为“%1”的图表；可选：%2。</source>
        <translation>没有名为“%1”的图表；可选：%2。</translation>
    </message>
    <message>
        <source>trend 图表需要 --form 附件编号（1—3）和 --column 栏目编号。</source>
        <translation>trend 图表需要 --form 附件编号（1—3）和 --column 栏目编号。</translation>
    </message>
    <message>
        <source>已写入 %1：%2</source>
        <translation>已写入 %1：%2</translation>
    </message>
    <message>
        <source>把一张分析图导出为 PNG、SVG 或 PDF</source>
        <translation>把一张分析图导出为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <source>--chart：filing 报送情况（按时、逾期补报、逾期未报，按月）；problems 问题发现、整改与销号（按月，--unit 为全县或一个类别，如 公立·二级）；categories 各类别累计发现、整改与销号；rate 各类别整改率；laggards 整改率最低的机构；trend 报表一栏的逐月变化（--form、--column，--unit 为一个机构，默认全县）。
数据与 analysis series 相同，截至 --month；文件格式由后缀决定，写入时要么完整、要么不写。--today YYYY-MM-DD 按该日判断报送是否逾期。</source>
        <translation>--chart：filing 报送情况（按时、逾期补报、逾期未报，按月）；problems 问题发现、整改与销号（按月，--unit 为全县或一个类别，如 公立·二级）；categories 各类别累计发现、整改与销号；rate 各类别整改率；laggards 整改率最低的机构；trend 报表一栏的逐月变化（--form、--column，--unit 为一个机构，默认全县）。
数据与 analysis series 相同，截至 --month；文件格式由后缀决定，写入时要么完整、要么不写。--today YYYY-MM-DD 按该日判断报送是否逾期。</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>选项 --%1 需要一个值。</source>
        <translation>选项 --%1 需要一个值。</translation>
    </message>
    <message>
        <source>未知选项 --%1。</source>
        <translation>未知选项 --%1。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1 是 UTF-16 编码的文本，无法读取；请另存为“CSV UTF-8（逗号分隔）”后再导入。</source>
        <translation>%1 是 UTF-16 编码的文本，无法读取；请另存为“CSV UTF-8（逗号分隔）”后再导入。</translation>
    </message>
    <message>
        <source>%1 第%2行：含有空字符，不是文本格式的 CSV 文件。</source>
        <translation>%1 第%2行：含有空字符，不是文本格式的 CSV 文件。</translation>
    </message>
    <message>
        <source>%1 第%2行：有无法识别的字符（第 %3 个字节 0x%4），文件既不是有效的 UTF-8 也不是 GB18030（GBK）文本；请以“CSV UTF-8（逗号分隔）”另存后再导入。</source>
        <translation>%1 第%2行：有无法识别的字符（第 %3 个字节 0x%4），文件既不是有效的 UTF-8 也不是 GB18030（GBK）文本；请以“CSV UTF-8（逗号分隔）”另存后再导入。</translation>
    </message>
    <message>
        <source>%1 第%2行第%3列：%4。</source>
        <translation>%1 第%2行第%3列：%4。</translation>
    </message>
    <message>
        <source>%1 第%2行：有 %3 列以上，超过了 %4 列的上限，不像是要导入的表格。</source>
        <translation>%1 第%2行：有 %3 列以上，超过了 %4 列的上限，不像是要导入的表格。</translation>
    </message>
    <message>
        <source>%1：超过 %2 行，超过了一次导入的上限；请分成几个文件导入。</source>
        <translation>%1：超过 %2 行，超过了一次导入的上限；请分成几个文件导入。</translation>
    </message>
    <message>
        <source>%1 第%2行第%3列：右引号后面还有“%4”；字段中的引号须写成两个引号（""），整个字段放在引号中。</source>
        <translation>%1 第%2行第%3列：右引号后面还有“%4”；字段中的引号须写成两个引号（""），整个字段放在引号中。</translation>
    </message>
    <message>
        <source>%1 第%2行第%3列：引号出现在字段中间；含引号的字段须整个放在引号中，其中的引号写成两个引号（""）。</source>
        <translation>%1 第%2行第%3列：引号出现在字段中间；含引号的字段须整个放在引号中，其中的引号写成两个引号（""）。</translation>
    </message>
    <message>
        <source>%1 第%2行第%3列：这里开始的引号直到文件末尾都没有闭合，文件可能不完整或引号不配对。</source>
        <translation>%1 第%2行第%3列：这里开始的引号直到文件末尾都没有闭合，文件可能不完整或引号不配对。</translation>
    </message>
    <message>
        <source>%1 第%2行第%3列：“%4”所在的列没有表头，无法导入（未加引号的逗号也会把一个字段分成两列）。</source>
        <translation>%1 第%2行第%3列：“%4”所在的列没有表头，无法导入（未加引号的逗号也会把一个字段分成两列）。</translation>
    </message>
    <message>
        <source>%1 第%2行第%3列：“%4”在表头的最后一列（第%5列）之后，无法导入（未加引号的逗号也会把一个字段分成两列）。</source>
        <translation>%1 第%2行第%3列：“%4”在表头的最后一列（第%5列）之后，无法导入（未加引号的逗号也会把一个字段分成两列）。</translation>
    </message>
</context>
<context>
    <name>CurlSession</name>
    <message>
        <source>邮件服务器 %1 拒绝登录：请检查用户名和授权码（不是邮箱的登录密码）。</source>
        <translation>邮件服务器 %1 拒绝登录：请检查用户名和授权码（不是邮箱的登录密码）。</translation>
    </message>
    <message>
        <source>找不到邮件服务器 %1，请检查服务器地址和网络。</source>
        <translation>找不到邮件服务器 %1，请检查服务器地址和网络。</translation>
    </message>
    <message>
        <source>无法连接邮件服务器 %1（%2）。</source>
        <translation>无法连接邮件服务器 %1（%2）。</translation>
    </message>
    <message>
        <source>邮件服务器 %1 不支持加密连接（STARTTLS），为保护授权码未登录。</source>
        <translation>邮件服务器 %1 不支持加密连接（STARTTLS），为保护授权码未登录。</translation>
    </message>
    <message>
        <source>邮件服务器 %1 的证书无法验证，连接已中止（%2）。</source>
        <translation>邮件服务器 %1 的证书无法验证，连接已中止（%2）。</translation>
    </message>
    <message>
        <source>邮件服务器 %1 的答复超过 %2 MB，已中止。</source>
        <translation>邮件服务器 %1 的答复超过 %2 MB，已中止。</translation>
    </message>
    <message>
        <source>与邮件服务器 %1 通信失败：%2</source>
        <translation>与邮件服务器 %1 通信失败：%2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>数据库语句执行失败：%1（%2）</source>
        <translation>数据库语句执行失败：%1（%2）</translation>
    </message>
    <message>
        <source>数据库 %1 已损坏（%2），未做任何修改。请从备份恢复。</source>
        <translation>数据库 %1 已损坏（%2），未做任何修改。请从备份恢复。</translation>
    </message>
    <message>
        <source>文件 %1 是其他程序的 SQLite 数据库，不是清风数据库，未做任何修改。</source>
        <translation>文件 %1 是其他程序的 SQLite 数据库，不是清风数据库，未做任何修改。</translation>
    </message>
    <message>
        <source>数据库 %1 由较新版本的清风创建（数据结构版本 %2，本程序支持到 %3），请升级程序。</source>
        <translation>数据库 %1 由较新版本的清风创建（数据结构版本 %2，本程序支持到 %3），请升级程序。</translation>
    </message>
    <message>
        <source>无法读取数据库文件 %1：%2</source>
        <translation>无法读取数据库文件 %1：%2</translation>
    </message>
    <message>
        <source>文件 %1 不是清风数据库（也不是 SQLite 数据库），未做任何修改。</source>
        <translation>文件 %1 不是清风数据库（也不是 SQLite 数据库），未做任何修改。</translation>
    </message>
    <message>
        <source>升级前无法备份数据库到 %1：%2</source>
        <translation>升级前无法备份数据库到 %1：%2</translation>
    </message>
    <message>
        <source>缺少数据库升级脚本 %1。</source>
        <translation>缺少数据库升级脚本 %1。</translation>
    </message>
    <message>
        <source>无法开始数据库事务：%1</source>
        <translation>无法开始数据库事务：%1</translation>
    </message>
    <message>
        <source>数据库升级提交失败：%1</source>
        <translation>数据库升级提交失败：%1</translation>
    </message>
    <message>
        <source>数据库从版本 %1 升级到 %2 失败：%3</source>
        <translation>数据库从版本 %1 升级到 %2 失败：%3</translation>
    </message>
    <message>
        <source>事务未能开始：%1</source>
        <translation>事务未能开始：%1</translation>
    </message>
    <message>
        <source>保存失败，所有改动已撤销：%1</source>
        <translation>保存失败，所有改动已撤销：%1</translation>
    </message>
    <message>
        <source>无法连接服务器 %1：本机缺少 PostgreSQL 驱动（QPSQL，Debian 软件包 libqt6sql6-psql）。</source>
        <translation>无法连接服务器 %1：本机缺少 PostgreSQL 驱动（QPSQL，Debian 软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>无法连接服务器 %1：%2</source>
        <translation>无法连接服务器 %1：%2</translation>
    </message>
    <message>
        <source>服务器数据库 %1 中有其他程序的数据表，不是清风数据库，未做任何修改。</source>
        <translation>服务器数据库 %1 中有其他程序的数据表，不是清风数据库，未做任何修改。</translation>
    </message>
    <message>
        <source>服务器数据库 %1 由较新版本的清风创建（数据结构版本 %2，本程序支持到 %3），请升级程序。</source>
        <translation>服务器数据库 %1 由较新版本的清风创建（数据结构版本 %2，本程序支持到 %3），请升级程序。</translation>
    </message>
    <message>
        <source>服务器数据库 %1 还没有清风的数据结构，请管理员先运行 qingfeng-cli --server … server init。</source>
        <translation>服务器数据库 %1 还没有清风的数据结构，请管理员先运行 qingfeng-cli --server … server init。</translation>
    </message>
    <message>
        <source>服务器数据库 %1 的数据结构是版本 %2，本程序需要版本 %3，请管理员运行 qingfeng-cli --server … server init 升级。</source>
        <translation>服务器数据库 %1 的数据结构是版本 %2，本程序需要版本 %3，请管理员运行 qingfeng-cli --server … server init 升级。</translation>
    </message>
    <message>
        <source>无法连接服务器 %1：服务器不提供加密连接（TLS），清风不经网络以明文传送密码和数据。请管理员为服务器开启 ssl；服务器若在可信的内网中，可在地址后加上 ?sslmode=prefer 或 ?sslmode=disable。</source>
        <translation>无法连接服务器 %1：服务器不提供加密连接（TLS），清风不经网络以明文传送密码和数据。请管理员为服务器开启 ssl；服务器若在可信的内网中，可在地址后加上 ?sslmode=prefer 或 ?sslmode=disable。</translation>
    </message>
    <message>
        <source>无法取得服务器连接（%1），密码没有设置。</source>
        <translation>无法取得服务器连接（%1），密码没有设置。</translation>
    </message>
    <message>
        <source>无法计算密码的校验值：%1</source>
        <translation>无法计算密码的校验值：%1</translation>
    </message>
    <message>
        <source>数据库的数据结构版本已改变，请重新打开数据库。</source>
        <translation>数据库的数据结构版本已改变，请重新打开数据库。</translation>
    </message>
    <message>
        <source>未保存：%1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>数据库的审计触发器未能更新：%1</source>
        <translation>数据库的审计触发器未能更新：%1</translation>
    </message>
    <message>
        <source>数据库 %1 旁的 %2 不是普通文件（可能是命名管道、文件夹、设备或链接），数据库无法安全打开，未做任何修改；请将它移走后再试。</source>
        <translation>数据库 %1 旁的 %2 不是普通文件（可能是命名管道、文件夹、设备或链接），数据库无法安全打开，未做任何修改；请将它移走后再试。</translation>
    </message>
    <message>
        <source>数据库 %1 旁的 %2 还有别的文件名（硬链接），SQLite 写入它会同时改写那个文件，数据库无法安全打开，未做任何修改；请复制它，用副本替换它（断开硬链接）后再试。</source>
        <translation>数据库 %1 旁的 %2 还有别的文件名（硬链接），SQLite 写入它会同时改写那个文件，数据库无法安全打开，未做任何修改；请复制它，用副本替换它（断开硬链接）后再试。</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>服务器地址“%1”无效：应为 postgresql://用户@主机:端口/数据库。</source>
        <translation>服务器地址“%1”无效：应为 postgresql://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <source>服务器地址“%1”没有指明数据库名称（…/数据库）。</source>
        <translation>服务器地址“%1”没有指明数据库名称（…/数据库）。</translation>
    </message>
    <message>
        <source>服务器地址“%1”的端口无效。</source>
        <translation>服务器地址“%1”的端口无效。</translation>
    </message>
    <message>
        <source>服务器地址“%1”的 sslmode 无效：应为 disable、prefer、require、verify-ca 或 verify-full。</source>
        <translation>服务器地址“%1”的 sslmode 无效：应为 disable、prefer、require、verify-ca 或 verify-full。</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>附件1 统计表（一）</source>
        <translation>附件1 统计表（一）</translation>
    </message>
    <message>
        <source>附件2 统计表（二）</source>
        <translation>附件2 统计表（二）</translation>
    </message>
    <message>
        <source>附件3 统计表（三）</source>
        <translation>附件3 统计表（三）</translation>
    </message>
    <message>
        <source>工作总结</source>
        <translation>工作总结</translation>
    </message>
    <message>
        <source>专题报告</source>
        <translation>专题报告</translation>
    </message>
    <message>
        <source>各医疗机构</source>
        <translation>各医疗机构</translation>
    </message>
    <message>
        <source>报至%1</source>
        <translation>报至%1</translation>
    </message>
    <message>
        <source>%1每月%2日前%3%4（%5—%6）</source>
        <translation>%1每月%2日前%3%4（%5—%6）</translation>
    </message>
    <message>
        <source>%1于%2前%3%4</source>
        <translation>%1于%2前%3%4</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>缺少内置模板 luzhai-2021。</source>
        <translation>缺少内置模板 luzhai-2021。</translation>
    </message>
</context>
<context>
    <name>DemoDataStore</name>
    <message>
        <source>报表</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>问题清单记录</source>
        <translation>问题清单记录</translation>
    </message>
    <message>
        <source>线索</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>监督检查记录</source>
        <translation>监督检查记录</translation>
    </message>
    <message>
        <source>以案促改与教育记录</source>
        <translation>以案促改与教育记录</translation>
    </message>
    <message>
        <source>约谈供应商记录</source>
        <translation>约谈供应商记录</translation>
    </message>
    <message>
        <source>负面名单记录</source>
        <translation>负面名单记录</translation>
    </message>
    <message>
        <source>无法检查示例数据：%1</source>
        <translation>无法检查示例数据：%1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 等 %2 项</source>
        <translation>%1 等 %2 项</translation>
    </message>
    <message>
        <source>%1附件%2</source>
        <translation>%1附件%2</translation>
    </message>
    <message>
        <source>专项整治“%1”%2</source>
        <translation>专项整治“%1”%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>专项整治“%1”中示例机构%2 %3</source>
        <translation>专项整治“%1”中示例机构%2 %3</translation>
    </message>
    <message>
        <source>示例活动中有已签发的月份（%1），不能删除：签发是真实的签字，要一直保留。</source>
        <translation>示例活动中有已签发的月份（%1），不能删除：签发是真实的签字，要一直保留。</translation>
    </message>
    <message>
        <source>有已验收的报表（%1），不能删除：验收是真实的签字，要一直保留。</source>
        <translation>有已验收的报表（%1），不能删除：验收是真实的签字，要一直保留。</translation>
    </message>
    <message>
        <source>示例活动中有用户登记的报送记录 %1 条（含其附件），不能删除。</source>
        <translation>示例活动中有用户登记的报送记录 %1 条（含其附件），不能删除。</translation>
    </message>
    <message>
        <source>示例活动已保存了用户编写的工作方案，不能删除。</source>
        <translation>示例活动已保存了用户编写的工作方案，不能删除。</translation>
    </message>
    <message>
        <source>示例活动中有 %1 次抽查记录，不能删除。</source>
        <translation>示例活动中有 %1 次抽查记录，不能删除。</translation>
    </message>
    <message>
        <source>示例问题清单中有用户附上的证据文件 %1 个，不能删除。</source>
        <translation>示例问题清单中有用户附上的证据文件 %1 个，不能删除。</translation>
    </message>
    <message>
        <source>检查人员“%1”属于示例机构“%2”</source>
        <translation>检查人员“%1”属于示例机构“%2”</translation>
    </message>
    <message>
        <source>示例机构“%1”被抽中 %2 次</source>
        <translation>示例机构“%1”被抽中 %2 次</translation>
    </message>
    <message>
        <source>示例机构“%1”在专项整治“%2”中有用户登记的报送记录 %3 条</source>
        <translation>示例机构“%1”在专项整治“%2”中有用户登记的报送记录 %3 条</translation>
    </message>
    <message>
        <source>示例机构“%1”在专项整治“%2”中有用户录入的%3 %4 条</source>
        <translation>示例机构“%1”在专项整治“%2”中有用户录入的%3 %4 条</translation>
    </message>
    <message>
        <source>示例机构“%1”在专项整治“%2”中有用户说明理由的填报数 %3 个</source>
        <translation>示例机构“%1”在专项整治“%2”中有用户说明理由的填报数 %3 个</translation>
    </message>
    <message>
        <source>服务器账户“%1”是示例机构“%2”的账户</source>
        <translation>服务器账户“%1”是示例机构“%2”的账户</translation>
    </message>
    <message>
        <source>示例机构有用户自己的数据（%1），不能删除。</source>
        <translation>示例机构有用户自己的数据（%1），不能删除。</translation>
    </message>
    <message>
        <source>“%1”的%2 %3 条</source>
        <translation>“%1”的%2 %3 条</translation>
    </message>
    <message>
        <source>用户机构说明理由的填报数 %1 个</source>
        <translation>用户机构说明理由的填报数 %1 个</translation>
    </message>
    <message>
        <source>示例活动中有用户自己的机构的数据（%1），不能删除。</source>
        <translation>示例活动中有用户自己的机构的数据（%1），不能删除。</translation>
    </message>
    <message>
        <source>无法删除示例数据：%1</source>
        <translation>无法删除示例数据：%1</translation>
    </message>
    <message>
        <source>示例活动已发送过 %1 封催报或回执邮件（发送记录不能删除），不能删除。</source>
        <translation>示例活动已发送过 %1 封催报或回执邮件（发送记录不能删除），不能删除。</translation>
    </message>
</context>
<context>
    <name>DemoEdits</name>
    <message>
        <source>标题</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>发文单位</source>
        <translation>发文单位</translation>
    </message>
    <message>
        <source>县市名称</source>
        <translation>县市名称</translation>
    </message>
    <message>
        <source>年度和期间</source>
        <translation>年度和期间</translation>
    </message>
    <message>
        <source>通知</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>举报电话和邮箱</source>
        <translation>举报电话和邮箱</translation>
    </message>
    <message>
        <source>责任股室</source>
        <translation>责任股室</translation>
    </message>
    <message>
        <source>工作阶段</source>
        <translation>工作阶段</translation>
    </message>
    <message>
        <source>报送截止事项</source>
        <translation>报送截止事项</translation>
    </message>
    <message>
        <source>无法读取示例活动。</source>
        <translation>无法读取示例活动。</translation>
    </message>
    <message>
        <source>示例活动“%1”：改过%2</source>
        <translation>示例活动“%1”：改过%2</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>DocumentFormat</name>
    <message>
        <source>无法保存为 %1：文件名须以 .pdf（PDF 文件）或 .docx（Word 文档）结尾。</source>
        <translation>无法保存为 %1：文件名须以 .pdf（PDF 文件）或 .docx（Word 文档）结尾。</translation>
    </message>
</context>
<context>
    <name>DocxWriter</name>
    <message>
        <source>插图“%1”不是有效的 PNG 图片。</source>
        <translation>插图“%1”不是有效的 PNG 图片。</translation>
    </message>
    <message>
        <source>无法生成 Word 文档 %1：%2</source>
        <translation>无法生成 Word 文档 %1：%2</translation>
    </message>
</context>
<context>
    <name>EvidenceRepository</name>
    <message>
        <source>佐证材料须有文件名。</source>
        <translation>佐证材料须有文件名。</translation>
    </message>
    <message>
        <source>文件 %1 有 %2 MB，超过 %3 MB 的上限，请压缩后再附加。</source>
        <translation>文件 %1 有 %2 MB，超过 %3 MB 的上限，请压缩后再附加。</translation>
    </message>
    <message>
        <source>找不到该问题（可能已被删除）。</source>
        <translation>找不到该问题（可能已被删除）。</translation>
    </message>
    <message>
        <source>问题已销号，不能再附加材料。</source>
        <translation>问题已销号，不能再附加材料。</translation>
    </message>
    <message>
        <source>无法保存佐证材料 %1：%2</source>
        <translation>无法保存佐证材料 %1：%2</translation>
    </message>
    <message>
        <source>找不到该佐证材料。</source>
        <translation>找不到该佐证材料。</translation>
    </message>
    <message>
        <source>佐证材料 %1 的内容与登记时的校验值不符，文件可能已损坏。</source>
        <translation>佐证材料 %1 的内容与登记时的校验值不符，文件可能已损坏。</translation>
    </message>
    <message>
        <source>问题已销号，不能删除其佐证材料。</source>
        <translation>问题已销号，不能删除其佐证材料。</translation>
    </message>
    <message>
        <source>佐证材料</source>
        <translation>佐证材料</translation>
    </message>
</context>
<context>
    <name>ExportForms</name>
    <message>
        <source>没有附件%1：只能导出附件1、附件2、附件3或三张一起。</source>
        <translation>没有附件%1：只能导出附件1、附件2、附件3或三张一起。</translation>
    </message>
    <message>
        <source>没有指定要导出的月份。</source>
        <translation>没有指定要导出的月份。</translation>
    </message>
    <message>
        <source>没有指定要写入的 Excel 文件。</source>
        <translation>没有指定要写入的 Excel 文件。</translation>
    </message>
    <message>
        <source>%1的数据有 %2 个错误，未导出 %3。</source>
        <translation>%1的数据有 %2 个错误，未导出 %3。</translation>
    </message>
    <message>
        <source>正在汇总%1的报表…</source>
        <translation>正在汇总%1的报表…</translation>
    </message>
    <message>
        <source>正在检查…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>正在写入 %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
</context>
<context>
    <name>ExportRegistry</name>
    <message>
        <source>机构名册</source>
        <translation>机构名册</translation>
    </message>
    <message>
        <source>截至 %1，共 %2 家</source>
        <translation>截至 %1，共 %2 家</translation>
    </message>
</context>
<context>
    <name>ExportReminders</name>
    <message>
        <source>催报名单</source>
        <translation>催报名单</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>未报事项</source>
        <translation>未报事项</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>催报记录</source>
        <translation>催报记录</translation>
    </message>
    <message>
        <source>是</source>
        <translation>是</translation>
    </message>
    <message>
        <source>否</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ExportSeries</name>
    <message>
        <source>没有指定要写入的文件。</source>
        <translation>没有指定要写入的文件。</translation>
    </message>
    <message>
        <source>不能写入 %1：文件名应以 .csv 或 .xlsx 结尾。</source>
        <translation>不能写入 %1：文件名应以 .csv 或 .xlsx 结尾。</translation>
    </message>
</context>
<context>
    <name>ExportSpotCheckPapers</name>
    <message>
        <source>没有指定要写入的文件。</source>
        <translation>没有指定要写入的文件。</translation>
    </message>
    <message>
        <source>找不到抽查记录 %1。</source>
        <translation>找不到抽查记录 %1。</translation>
    </message>
    <message>
        <source>抽查记录 %1 所属的专项整治（编号%2）已不存在。</source>
        <translation>抽查记录 %1 所属的专项整治（编号%2）已不存在。</translation>
    </message>
    <message>
        <source>抽查名单</source>
        <translation>抽查名单</translation>
    </message>
    <message>
        <source>检查通知</source>
        <translation>检查通知</translation>
    </message>
    <message>
        <source>%1（抽查记录%2）</source>
        <translation>%1（抽查记录%2）</translation>
    </message>
</context>
<context>
    <name>ExportWording</name>
    <message>
        <source>无法建立文件夹 %1。</source>
        <translation>无法建立文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 已存在，未覆盖：要从内置措辞重新开始，请先移走它。</source>
        <translation>%1 已存在，未覆盖：要从内置措辞重新开始，请先移走它。</translation>
    </message>
</context>
<context>
    <name>FigureCsvImport</name>
    <message>
        <source>%1：文件是空的。</source>
        <translation>%1：文件是空的。</translation>
    </message>
    <message>
        <source>%1 第%2行第%3列（%4）</source>
        <translation>%1 第%2行第%3列（%4）</translation>
    </message>
    <message>
        <source>%1：“%2”不是附件1、附件2或附件3。</source>
        <translation>%1：“%2”不是附件1、附件2或附件3。</translation>
    </message>
    <message>
        <source>%1：“%2”不是有效的月份，应写成 YYYY-MM。</source>
        <translation>%1：“%2”不是有效的月份，应写成 YYYY-MM。</translation>
    </message>
    <message>
        <source>%1：%2不在本专项整治的报送月份（%3至%4）内。</source>
        <translation>%1：%2不在本专项整治的报送月份（%3至%4）内。</translation>
    </message>
    <message>
        <source>%1：“%2”在%3不需报送%4（停用、未开业或不是医疗机构）。</source>
        <translation>%1：“%2”在%3不需报送%4（停用、未开业或不是医疗机构）。</translation>
    </message>
    <message>
        <source>%1：找不到单位“%2”（%3的单位应为机构名册中的名称%4）。</source>
        <translation>%1：找不到单位“%2”（%3的单位应为机构名册中的名称%4）。</translation>
    </message>
    <message>
        <source>或“公立医院 三级”等分类</source>
        <translation>或“公立医院 三级”等分类</translation>
    </message>
    <message>
        <source>%1：%2 %3的%4在文件中重复出现。</source>
        <translation>%1：%2 %3的%4在文件中重复出现。</translation>
    </message>
    <message>
        <source>%1：“%2”不是有效的日期，应写成 YYYY-MM-DD。</source>
        <translation>%1：“%2”不是有效的日期，应写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>%1：%2没有第%3栏。</source>
        <translation>%1：%2没有第%3栏。</translation>
    </message>
    <message>
        <source>%1：第%2栏（%3）由机构名册自动计算，不能导入。</source>
        <translation>%1：第%2栏（%3）由机构名册自动计算，不能导入。</translation>
    </message>
    <message>
        <source>%1：“%2”不是数字。</source>
        <translation>%1：“%2”不是数字。</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 第%2行第%3列：“%4”与第%5列“%6”是同一列，只能出现一次。</source>
        <translation>%1 第%2行第%3列：“%4”与第%5列“%6”是同一列，只能出现一次。</translation>
    </message>
    <message>
        <source>%1 第%2行第%3列：无法识别的表头“%4”。</source>
        <translation>%1 第%2行第%3列：无法识别的表头“%4”。</translation>
    </message>
    <message>
        <source>%1 第%2行：缺少“表”列。</source>
        <translation>%1 第%2行：缺少“表”列。</translation>
    </message>
    <message>
        <source>%1 第%2行：缺少“单位”列。</source>
        <translation>%1 第%2行：缺少“单位”列。</translation>
    </message>
    <message>
        <source>%1 第%2行：缺少“月份”列。</source>
        <translation>%1 第%2行：缺少“月份”列。</translation>
    </message>
    <message>
        <source>%1：%2。</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>%1 第%2行没有这一栏</source>
        <translation>%1 第%2行没有这一栏</translation>
    </message>
    <message>
        <source>%1 为空</source>
        <translation>%1 为空</translation>
    </message>
</context>
<context>
    <name>FigureLimits</name>
    <message>
        <source>不是有效的数字</source>
        <translation>不是有效的数字</translation>
    </message>
    <message>
        <source>不能为负数（%1）</source>
        <translation>不能为负数（%1）</translation>
    </message>
    <message>
        <source>超出可填报的范围（应小于 %1）</source>
        <translation>超出可填报的范围（应小于 %1）</translation>
    </message>
    <message>
        <source>应为不小于0的整数（%1）</source>
        <translation>应为不小于0的整数（%1）</translation>
    </message>
    <message>
        <source>超出可填报的范围（应小于 %1 万元）</source>
        <translation>超出可填报的范围（应小于 %1 万元）</translation>
    </message>
    <message>
        <source>金额最多保留两位小数（%1）</source>
        <translation>金额最多保留两位小数（%1）</translation>
    </message>
</context>
<context>
    <name>FigureOverrideActions</name>
    <message>
        <source>以填报数覆盖台账数，必须写明理由（如：台账记录不全）。</source>
        <translation>以填报数覆盖台账数，必须写明理由（如：台账记录不全）。</translation>
    </message>
</context>
<context>
    <name>FigureOverrideRepository</name>
    <message>
        <source>以填报数代替台账数须写明理由。</source>
        <translation>以填报数代替台账数须写明理由。</translation>
    </message>
    <message>
        <source>要说明理由的单元格不完整（表%1，单位%2，月份%3，第%4栏）。</source>
        <translation>要说明理由的单元格不完整（表%1，单位%2，月份%3，第%4栏）。</translation>
    </message>
    <message>
        <source>无法保存理由：%1</source>
        <translation>无法保存理由：%1</translation>
    </message>
    <message>
        <source>无法删除理由：%1</source>
        <translation>无法删除理由：%1</translation>
    </message>
</context>
<context>
    <name>FigureText</name>
    <message>
        <source>“%1”不是整数</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <source>“%1”不是数字（金额以万元为单位，最多两位小数）</source>
        <translation>“%1”不是数字（金额以万元为单位，最多两位小数）</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>错误</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>第%1栏</source>
        <translation>第%1栏</translation>
    </message>
    <message>
        <source>整行</source>
        <translation>整行</translation>
    </message>
    <message>
        <source>采用填报数%1，台账计算为%2；理由：%3</source>
        <translation>采用填报数%1，台账计算为%2；理由：%3</translation>
    </message>
    <message>
        <source>填报数%1与台账计算数%2不符：请核对台账，或写明理由后采用填报数</source>
        <translation>填报数%1与台账计算数%2不符：请核对台账，或写明理由后采用填报数</translation>
    </message>
    <message>
        <source>空白</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>本月已验收或已签发，数字按当时冻结为%1；台账或名册此后的变化（现算为%2）计入下一个未签发的月份</source>
        <translation>本月已验收或已签发，数字按当时冻结为%1；台账或名册此后的变化（现算为%2）计入下一个未签发的月份</translation>
    </message>
    <message>
        <source>%1　附件%2　%3　%4　%5：%6</source>
        <translation>%1　附件%2　%3　%4　%5：%6</translation>
    </message>
</context>
<context>
    <name>FormDescription</name>
    <message>
        <source>表格描述无法解析：%1</source>
        <translation>表格描述无法解析：%1</translation>
    </message>
    <message>
        <source>表格描述不完整（缺少编号、栏目或项目列）。</source>
        <translation>表格描述不完整（缺少编号、栏目或项目列）。</translation>
    </message>
    <message>
        <source>%1 的校验规则 %2 引用了不存在的第%3栏。</source>
        <translation>%1 的校验规则 %2 引用了不存在的第%3栏。</translation>
    </message>
    <message>
        <source>%1第%2栏由台账计算，但不是数字栏或缺少台账分组。</source>
        <translation>%1第%2栏由台账计算，但不是数字栏或缺少台账分组。</translation>
    </message>
</context>
<context>
    <name>FormPainter</name>
    <message>
        <source>第 %1 页，共 %2 页</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>没有要打印的报表。</source>
        <translation>没有要打印的报表。</translation>
    </message>
    <message>
        <source>无法开始打印。</source>
        <translation>无法开始打印。</translation>
    </message>
    <message>
        <source>打印第%1页时出错。</source>
        <translation>打印第%1页时出错。</translation>
    </message>
    <message>
        <source>打印未能完成。</source>
        <translation>打印未能完成。</translation>
    </message>
</context>
<context>
    <name>FormTableBuilder</name>
    <message>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>；</source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>FormValidator</name>
    <message>
        <source>不能为负数（填报为%1）</source>
        <translation>不能为负数（填报为%1）</translation>
    </message>
    <message>
        <source>应为整数（填报为%1）</source>
        <translation>应为整数（填报为%1）</translation>
    </message>
    <message>
        <source>累计数%1小于上月累计数%2：逐月累计的数字不应减少</source>
        <translation>累计数%1小于上月累计数%2：逐月累计的数字不应减少</translation>
    </message>
    <message>
        <source>%1（%2 = %3，%4 = %5）</source>
        <translation>%1（%2 = %3，%4 = %5）</translation>
    </message>
    <message>
        <source>本月增加%1，远高于此前平均每月增加%2，请核实</source>
        <translation>本月增加%1，远高于此前平均每月增加%2，请核实</translation>
    </message>
    <message>
        <source>%1以来%2个月增加%3，远高于此前平均每月增加%4，请核实</source>
        <translation>%1以来%2个月增加%3，远高于此前平均每月增加%4，请核实</translation>
    </message>
    <message>
        <source>累计数%1大于已存的%2累计数%3：逐月累计的数字不应减少，请核对%2第%4栏。</source>
        <translation>累计数%1大于已存的%2累计数%3：逐月累计的数字不应减少，请核对%2第%4栏。</translation>
    </message>
</context>
<context>
    <name>HolidayCalendar</name>
    <message>
        <source>周一</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>周二</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>周三</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>周四</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>周五</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>周六</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>周日</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>节假日表不是有效的 JSON：%1</source>
        <translation>节假日表不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>节假日表%1年的“%2”日期无效。</source>
        <translation>节假日表%1年的“%2”日期无效。</translation>
    </message>
    <message>
        <source>节假日表%1年的调休上班日“%2”不是周末。</source>
        <translation>节假日表%1年的调休上班日“%2”不是周末。</translation>
    </message>
    <message>
        <source>%1假期</source>
        <translation>%1假期</translation>
    </message>
    <message>
        <source>%1（调休上班）</source>
        <translation>%1（调休上班）</translation>
    </message>
</context>
<context>
    <name>ImapClient</name>
    <message>
        <source>无法初始化邮件连接（libcurl）。</source>
        <translation>无法初始化邮件连接（libcurl）。</translation>
    </message>
    <message>
        <source>邮件服务器 %1 对邮箱“%2”的状态答复无法识别。</source>
        <translation>邮件服务器 %1 对邮箱“%2”的状态答复无法识别。</translation>
    </message>
    <message>
        <source>邮件（UID %1）大小为 %2 MB，超过 %3 MB，未下载。</source>
        <translation>邮件（UID %1）大小为 %2 MB，超过 %3 MB，未下载。</translation>
    </message>
    <message>
        <source>邮件服务器 %1 在收取时重新编号了邮箱“%2”（UIDVALIDITY 已不是 %3）：未按旧编号收取或改动任何邮件，请重新收取。</source>
        <translation>邮件服务器 %1 在收取时重新编号了邮箱“%2”（UIDVALIDITY 已不是 %3）：未按旧编号收取或改动任何邮件，请重新收取。</translation>
    </message>
    <message>
        <source>邮件服务器 %1 上没有文件夹“%2”，也未能新建：%3</source>
        <translation>邮件服务器 %1 上没有文件夹“%2”，也未能新建：%3</translation>
    </message>
</context>
<context>
    <name>ImportMailAttachments</name>
    <message>
        <source>附件%1.xlsx</source>
        <translation>附件%1.xlsx</translation>
    </message>
    <message>
        <source>发件人 %1 登记为 %2，附件为 %3 的报表。</source>
        <translation>发件人 %1 登记为 %2，附件为 %3 的报表。</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>发件人 %1 未在名册登记。</source>
        <translation>发件人 %1 未在名册登记。</translation>
    </message>
</context>
<context>
    <name>ImportWorkbooks</name>
    <message>
        <source>正在导入 %1（%2/%3）</source>
        <translation>正在导入 %1（%2/%3）</translation>
    </message>
    <message>
        <source>%1 未能导入，其余文件也未导入：%2</source>
        <translation>%1 未能导入，其余文件也未导入：%2</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>找不到文件 %1。</source>
        <translation>找不到文件 %1。</translation>
    </message>
    <message>
        <source>%1 不是普通文件（可能是文件夹、管道或设备），未读取。</source>
        <translation>%1 不是普通文件（可能是文件夹、管道或设备），未读取。</translation>
    </message>
    <message>
        <source>文件 %1 有 %2，超过了 %3 的上限，未读取。</source>
        <translation>文件 %1 有 %2，超过了 %3 的上限，未读取。</translation>
    </message>
    <message>
        <source>无法读取文件 %1：%2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>文件 %1 超过了 %2 的上限，未读取。</source>
        <translation>文件 %1 超过了 %2 的上限，未读取。</translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <source>约谈</source>
        <translation>约谈</translation>
    </message>
    <message>
        <source>通报批评</source>
        <translation>通报批评</translation>
    </message>
    <message>
        <source>限期整改</source>
        <translation>限期整改</translation>
    </message>
    <message>
        <source>移交线索%1条</source>
        <translation>移交线索%1条</translation>
    </message>
    <message>
        <source>追回资金</source>
        <translation>追回资金</translation>
    </message>
    <message>
        <source>行政罚款</source>
        <translation>行政罚款</translation>
    </message>
    <message>
        <source>请选择被检查的机构。</source>
        <translation>请选择被检查的机构。</translation>
    </message>
    <message>
        <source>请填写检查日期。</source>
        <translation>请填写检查日期。</translation>
    </message>
    <message>
        <source>条数和人数不能为负数。</source>
        <translation>条数和人数不能为负数。</translation>
    </message>
    <message>
        <source>金额不能为负数。</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>填写了追回基金金额，请同时勾选处理措施“追回资金”。</source>
        <translation>填写了追回基金金额，请同时勾选处理措施“追回资金”。</translation>
    </message>
    <message>
        <source>填写了行政罚款金额，请同时勾选处理措施“行政罚款”。</source>
        <translation>填写了行政罚款金额，请同时勾选处理措施“行政罚款”。</translation>
    </message>
</context>
<context>
    <name>InspectionRepository</name>
    <message>
        <source>检查记录</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <source>监督检查记录</source>
        <translation>监督检查记录</translation>
    </message>
</context>
<context>
    <name>InspectorRepository</name>
    <message>
        <source>检查人员的姓名不能为空。</source>
        <translation>检查人员的姓名不能为空。</translation>
    </message>
    <message>
        <source>检查人员库中已有%1的“%2”。</source>
        <translation>检查人员库中已有%1的“%2”。</translation>
    </message>
    <message>
        <source>无法保存检查人员“%1”：%2</source>
        <translation>无法保存检查人员“%1”：%2</translation>
    </message>
    <message>
        <source>检查人员“%1”已不在库中。</source>
        <translation>检查人员“%1”已不在库中。</translation>
    </message>
    <message>
        <source>检查人员库中没有编号为%1的人员。</source>
        <translation>检查人员库中没有编号为%1的人员。</translation>
    </message>
    <message>
        <source>无法删除检查人员“%1”：%2</source>
        <translation>无法删除检查人员“%1”：%2</translation>
    </message>
    <message>
        <source>检查人员名单</source>
        <translation>检查人员名单</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>另一个程序</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <source>%1（进程 %2，计算机 %3）</source>
        <translation>%1（进程 %2，计算机 %3）</translation>
    </message>
</context>
<context>
    <name>Institution</name>
    <message>
        <source>名称不能为空。</source>
        <translation>名称不能为空。</translation>
    </message>
    <message>
        <source>名称过长（最多100个字）。</source>
        <translation>名称过长（最多100个字）。</translation>
    </message>
    <message>
        <source>举报电话“%1”不是有效的电话号码。</source>
        <translation>举报电话“%1”不是有效的电话号码。</translation>
    </message>
    <message>
        <source>举报邮箱“%1”不是有效的电子邮箱地址。</source>
        <translation>举报邮箱“%1”不是有效的电子邮箱地址。</translation>
    </message>
    <message>
        <source>停业日期（%1）早于开业日期（%2）。</source>
        <translation>停业日期（%1）早于开业日期（%2）。</translation>
    </message>
    <message>
        <source>公立</source>
        <translation>公立</translation>
    </message>
    <message>
        <source>民营</source>
        <translation>民营</translation>
    </message>
    <message>
        <source>三级</source>
        <translation>三级</translation>
    </message>
    <message>
        <source>二级</source>
        <translation>二级</translation>
    </message>
    <message>
        <source>一级及以下</source>
        <translation>一级及以下</translation>
    </message>
    <message>
        <source>医疗机构</source>
        <translation>医疗机构</translation>
    </message>
    <message>
        <source>定点零售药店</source>
        <translation>定点零售药店</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>简称</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>乡镇</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>举报电话</source>
        <translation>举报电话</translation>
    </message>
    <message>
        <source>举报邮箱</source>
        <translation>举报邮箱</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>%1含有控制字符（第%2个字符，U+%3），请删除。</source>
        <translation>%1含有控制字符（第%2个字符，U+%3），请删除。</translation>
    </message>
    <message>
        <source>名称只有空格或不可见的字符，请填写机构的名称。</source>
        <translation>名称只有空格或不可见的字符，请填写机构的名称。</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>联系电话“%1”不是有效的电话号码。</source>
        <translation>联系电话“%1”不是有效的电话号码。</translation>
    </message>
</context>
<context>
    <name>InstitutionCsvImport</name>
    <message>
        <source>%1：文件是空的。</source>
        <translation>%1：文件是空的。</translation>
    </message>
    <message>
        <source>%1 第%2行</source>
        <translation>%1 第%2行</translation>
    </message>
    <message>
        <source>%1 工作表“%2” 第%3行</source>
        <translation>%1 工作表“%2” 第%3行</translation>
    </message>
    <message>
        <source>%1 第%2行第%3列（%4）</source>
        <translation>%1 第%2行第%3列（%4）</translation>
    </message>
    <message>
        <source>%1 工作表“%2” %3（%4）</source>
        <translation>%1 工作表“%2” %3（%4）</translation>
    </message>
    <message>
        <source>%1：缺少必填列“%2”。</source>
        <translation>%1：缺少必填列“%2”。</translation>
    </message>
    <message>
        <source>%1：名称不能为空。</source>
        <translation>%1：名称不能为空。</translation>
    </message>
    <message>
        <source>%1：机构“%2”在文件中重复出现。</source>
        <translation>%1：机构“%2”在文件中重复出现。</translation>
    </message>
    <message>
        <source>%1：“%2”不是有效的所有制，应为“公立”或“民营”。</source>
        <translation>%1：“%2”不是有效的所有制，应为“公立”或“民营”。</translation>
    </message>
    <message>
        <source>%1：“%2”不是有效的等级，应为“三级”“二级”或“一级及以下”。</source>
        <translation>%1：“%2”不是有效的等级，应为“三级”“二级”或“一级及以下”。</translation>
    </message>
    <message>
        <source>%1：“%2”不是有效的医保定点标记，应为“是”或“否”。</source>
        <translation>%1：“%2”不是有效的医保定点标记，应为“是”或“否”。</translation>
    </message>
    <message>
        <source>%1：“%2”不是有效的类别，应为“医疗机构”或“定点零售药店”。</source>
        <translation>%1：“%2”不是有效的类别，应为“医疗机构”或“定点零售药店”。</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1：无法识别的表头“%2”，可用的列为：%3。</source>
        <translation>%1：无法识别的表头“%2”，可用的列为：%3。</translation>
    </message>
    <message>
        <source>第%1列</source>
        <translation>第%1列</translation>
    </message>
    <message>
        <source>%1：与%2（%3）都是“%4”列，只能出现一次。</source>
        <translation>%1：与%2（%3）都是“%4”列，只能出现一次。</translation>
    </message>
    <message>
        <source>%1：%2。</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>%1：机构“%2”与名册中已有的“%3”只差不可见字符、全角半角或空格，视为重名。</source>
        <translation>%1：机构“%2”与名册中已有的“%3”只差不可见字符、全角半角或空格，视为重名。</translation>
    </message>
    <message>
        <source>%1：“%2”不是有效的开业日期，应写成 YYYY-MM-DD（如 2021-07-01）。</source>
        <translation>%1：“%2”不是有效的开业日期，应写成 YYYY-MM-DD（如 2021-07-01）。</translation>
    </message>
</context>
<context>
    <name>InstitutionLookup</name>
    <message>
        <source>名册中没有机构“%1”。</source>
        <translation>名册中没有机构“%1”。</translation>
    </message>
    <message>
        <source>%1（简称“%2”）</source>
        <translation>%1（简称“%2”）</translation>
    </message>
    <message>
        <source>名册中有%1家机构的全称或简称是“%2”：%3。请写其中一家的全称；若一家的全称是另一家的简称，请先在机构名册中改正简称。</source>
        <translation>名册中有%1家机构的全称或简称是“%2”：%3。请写其中一家的全称；若一家的全称是另一家的简称，请先在机构名册中改正简称。</translation>
    </message>
</context>
<context>
    <name>InstitutionRepository</name>
    <message>
        <source>机构“%1”：%2</source>
        <translation>机构“%1”：%2</translation>
    </message>
    <message>
        <source>已有名为“%1”的机构。</source>
        <translation>已有名为“%1”的机构。</translation>
    </message>
    <message>
        <source>无法保存机构“%1”：%2</source>
        <translation>无法保存机构“%1”：%2</translation>
    </message>
    <message>
        <source>找不到编号为 %1 的机构。</source>
        <translation>找不到编号为 %1 的机构。</translation>
    </message>
    <message>
        <source>机构“%1”已有%2的报表，开业日期不能晚于那个月（填的是 %3），否则那些报表将不再计入汇总。请核对开业日期，或先删除那些报表。</source>
        <translation>机构“%1”已有%2的报表，开业日期不能晚于那个月（填的是 %3），否则那些报表将不再计入汇总。请核对开业日期，或先删除那些报表。</translation>
    </message>
    <message>
        <source>机构名册</source>
        <translation>机构名册</translation>
    </message>
</context>
<context>
    <name>InstitutionXlsxImport</name>
    <message>
        <source>%1 工作表“%2”是空的。</source>
        <translation>%1 工作表“%2”是空的。</translation>
    </message>
</context>
<context>
    <name>KeptFigures</name>
    <message>
        <source>%1，保留已存的文字“%2”（第%3栏 %4）。</source>
        <translation>%1，保留已存的文字“%2”（第%3栏 %4）。</translation>
    </message>
    <message>
        <source>%1，保留已存数据 %2（第%3栏 %4）。</source>
        <translation>%1，保留已存数据 %2（第%3栏 %4）。</translation>
    </message>
</context>
<context>
    <name>LedgerCsvImport</name>
    <message>
        <source>%1：除表头外没有任何记录。</source>
        <translation>%1：除表头外没有任何记录。</translation>
    </message>
    <message>
        <source>%1 第%2行：%3</source>
        <translation>%1 第%2行：%3</translation>
    </message>
</context>
<context>
    <name>LedgerCsvParsers</name>
    <message>
        <source>与已有的记录或文件中前面的行重复。</source>
        <translation>与已有的记录或文件中前面的行重复。</translation>
    </message>
    <message>
        <source>问题描述不能为空。</source>
        <translation>问题描述不能为空。</translation>
    </message>
    <message>
        <source>状态为“整改中”时须填写开始整改日期。</source>
        <translation>状态为“整改中”时须填写开始整改日期。</translation>
    </message>
    <message>
        <source>状态为“%1”时须填写整改完成日期。</source>
        <translation>状态为“%1”时须填写整改完成日期。</translation>
    </message>
    <message>
        <source>状态为“已销号”时须填写销号日期。</source>
        <translation>状态为“已销号”时须填写销号日期。</translation>
    </message>
    <message>
        <source>填写了整改或销号日期，但状态为“发现”：请填写状态。</source>
        <translation>填写了整改或销号日期，但状态为“发现”：请填写状态。</translation>
    </message>
    <message>
        <source>反映问题摘要不能为空。</source>
        <translation>反映问题摘要不能为空。</translation>
    </message>
    <message>
        <source>状态为“核查中”时须填写开始核查日期。</source>
        <translation>状态为“核查中”时须填写开始核查日期。</translation>
    </message>
    <message>
        <source>状态为“%1”时须填写办结日期。</source>
        <translation>状态为“%1”时须填写办结日期。</translation>
    </message>
    <message>
        <source>填写了办结或销号日期，但状态为“登记”：请填写状态。</source>
        <translation>填写了办结或销号日期，但状态为“登记”：请填写状态。</translation>
    </message>
    <message>
        <source>检查日期晚于今天。</source>
        <translation>检查日期晚于今天。</translation>
    </message>
    <message>
        <source>事项不能为空。</source>
        <translation>事项不能为空。</translation>
    </message>
    <message>
        <source>供应商名称不能为空。</source>
        <translation>供应商名称不能为空。</translation>
    </message>
    <message>
        <source>请写明列入负面名单的原因。</source>
        <translation>请写明列入负面名单的原因。</translation>
    </message>
</context>
<context>
    <name>LedgerCsvRow</name>
    <message>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>日期不能为空。</source>
        <translation>日期不能为空。</translation>
    </message>
    <message>
        <source>“%1”不是有效的日期，应写成 YYYY-MM-DD。</source>
        <translation>“%1”不是有效的日期，应写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>“%1”不是有效的数目，应为0或正整数。</source>
        <translation>“%1”不是有效的数目，应为0或正整数。</translation>
    </message>
    <message>
        <source>“%1”不是有效的标记，应为“是”或“否”（空白为否）。</source>
        <translation>“%1”不是有效的标记，应为“是”或“否”（空白为否）。</translation>
    </message>
    <message>
        <source>机构不能为空。</source>
        <translation>机构不能为空。</translation>
    </message>
    <message>
        <source>找不到机构“%1”，请写机构名册中的名称或简称。</source>
        <translation>找不到机构“%1”，请写机构名册中的名称或简称。</translation>
    </message>
    <message>
        <source>不能为空。</source>
        <translation>不能为空。</translation>
    </message>
    <message>
        <source>“%1”不是有效的值，应为：%2。</source>
        <translation>“%1”不是有效的值，应为：%2。</translation>
    </message>
    <message>
        <source>“%1”不是有效的数目：%2。</source>
        <translation>“%1”不是有效的数目：%2。</translation>
    </message>
    <message>
        <source>“%1”不是有效的金额，应为以万元计、最多4位小数、小于%2的非负数。</source>
        <translation>“%1”不是有效的金额，应为以万元计、最多4位小数、小于%2的非负数。</translation>
    </message>
    <message>
        <source>日期 %1 晚于今天（%2），请核对年份。</source>
        <translation>日期 %1 晚于今天（%2），请核对年份。</translation>
    </message>
</context>
<context>
    <name>LedgerCsvSheet</name>
    <message>
        <source>%1 第%2行第%3列：无法识别的表头“%4”，可用的列为：%5。</source>
        <translation>%1 第%2行第%3列：无法识别的表头“%4”，可用的列为：%5。</translation>
    </message>
    <message>
        <source>%1 第%2行：缺少必填列“%3”。</source>
        <translation>%1 第%2行：缺少必填列“%3”。</translation>
    </message>
    <message>
        <source>%1：文件是空的。</source>
        <translation>%1：文件是空的。</translation>
    </message>
    <message>
        <source>%1 第%2行第%3列（%4）</source>
        <translation>%1 第%2行第%3列（%4）</translation>
    </message>
    <message>
        <source>%1 第%2行</source>
        <translation>%1 第%2行</translation>
    </message>
    <message>
        <source>%1 第%2行第%3列：“%4”与第%5列“%6”都是“%7”列，只能出现一次。</source>
        <translation>%1 第%2行第%3列：“%4”与第%5列“%6”都是“%7”列，只能出现一次。</translation>
    </message>
</context>
<context>
    <name>LedgerEditing</name>
    <message>
        <source>删除记录</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>从%1中删除这条记录？删除后报表中由台账计算的数字会随之改变。</source>
        <translation>从%1中删除这条记录？删除后报表中由台账计算的数字会随之改变。</translation>
    </message>
</context>
<context>
    <name>LedgerRecordActions</name>
    <message>
        <source>未知的台账种类。</source>
        <translation>未知的台账种类。</translation>
    </message>
</context>
<context>
    <name>LedgerSql</name>
    <message>
        <source>无法保存%1：%2</source>
        <translation>无法保存%1：%2</translation>
    </message>
    <message>
        <source>无法保存%1：记录已不存在（可能已被删除）。</source>
        <translation>无法保存%1：记录已不存在（可能已被删除）。</translation>
    </message>
    <message>
        <source>无法删除%1：%2</source>
        <translation>无法删除%1：%2</translation>
    </message>
    <message>
        <source>无法删除%1：记录已不存在。</source>
        <translation>无法删除%1：记录已不存在。</translation>
    </message>
    <message>
        <source>无法保存状态变更：%1</source>
        <translation>无法保存状态变更：%1</translation>
    </message>
    <message>
        <source>无法保存%1：您打开这条记录之后，别人在%2保存过它。为免覆盖别人的修改，这次没有保存；请记下您的改动，关闭后重新打开这条记录再改。</source>
        <translation>无法保存%1：您打开这条记录之后，别人在%2保存过它。为免覆盖别人的修改，这次没有保存；请记下您的改动，关闭后重新打开这条记录再改。</translation>
    </message>
    <message>
        <source>这项改动落在已验收或已签发的月份（或其之前的日期），会改变已锁定月份的数字。请核对日期，或先在报表填报中解锁该月（须说明理由）后再改。</source>
        <translation>这项改动落在已验收或已签发的月份（或其之前的日期），会改变已锁定月份的数字。请核对日期，或先在报表填报中解锁该月（须说明理由）后再改。</translation>
    </message>
    <message>
        <source>销号（以及撤销销号）是卫健局的审核，须由卫健局的账户办理。</source>
        <translation>销号（以及撤销销号）是卫健局的审核，须由卫健局的账户办理。</translation>
    </message>
</context>
<context>
    <name>LedgerStateActions</name>
    <message>
        <source>%1没有状态可改。</source>
        <translation>%1没有状态可改。</translation>
    </message>
    <message>
        <source>找不到该线索（可能已被删除）。</source>
        <translation>找不到该线索（可能已被删除）。</translation>
    </message>
</context>
<context>
    <name>LedgerTables</name>
    <message>
        <source>标记</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>机构</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>发现日期</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>问题描述</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>整改完成日期</source>
        <translation>整改完成日期</translation>
    </message>
    <message>
        <source>销号日期</source>
        <translation>销号日期</translation>
    </message>
    <message>
        <source>销号审核人</source>
        <translation>销号审核人</translation>
    </message>
    <message>
        <source>受理日期</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>来源渠道</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>涉及机构</source>
        <translation>涉及机构</translation>
    </message>
    <message>
        <source>反映问题摘要</source>
        <translation>反映问题摘要</translation>
    </message>
    <message>
        <source>承办人</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>核查结论</source>
        <translation>核查结论</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>办结日期</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>检查日期</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>医保定点</source>
        <translation>医保定点</translation>
    </message>
    <message>
        <source>检查方式</source>
        <translation>检查方式</translation>
    </message>
    <message>
        <source>检查人员</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <source>检查发现</source>
        <translation>检查发现</translation>
    </message>
    <message>
        <source>处理措施</source>
        <translation>处理措施</translation>
    </message>
    <message>
        <source>移交线索（条）</source>
        <translation>移交线索（条）</translation>
    </message>
    <message>
        <source>主动清退（万元）</source>
        <translation>主动清退（万元）</translation>
    </message>
    <message>
        <source>追回基金（万元）</source>
        <translation>追回基金（万元）</translation>
    </message>
    <message>
        <source>罚款（万元）</source>
        <translation>罚款（万元）</translation>
    </message>
    <message>
        <source>暂停执业（人）</source>
        <translation>暂停执业（人）</translation>
    </message>
    <message>
        <source>吊销执业证书（人）</source>
        <translation>吊销执业证书（人）</translation>
    </message>
    <message>
        <source>移送司法机关（人）</source>
        <translation>移送司法机关（人）</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>涉案金额（万元）</source>
        <translation>涉案金额（万元）</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>回复日期</source>
        <translation>回复日期</translation>
    </message>
    <message>
        <source>约谈日期</source>
        <translation>约谈日期</translation>
    </message>
    <message>
        <source>供应商</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>签订承诺书</source>
        <translation>签订承诺书</translation>
    </message>
    <message>
        <source>约谈人</source>
        <translation>约谈人</translation>
    </message>
    <message>
        <source>负面名单</source>
        <translation>负面名单</translation>
    </message>
    <message>
        <source>列入日期</source>
        <translation>列入日期</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>列入单位</source>
        <translation>列入单位</translation>
    </message>
    <message>
        <source>卫生健康局</source>
        <translation>卫生健康局</translation>
    </message>
    <message>
        <source>截至 %1，共 %2 条</source>
        <translation>截至 %1，共 %2 条</translation>
    </message>
    <message>
        <source>%1　截至 %2，共 %3 条</source>
        <translation>%1　截至 %2，共 %3 条</translation>
    </message>
</context>
<context>
    <name>MailCollector</name>
    <message>
        <source>“%1”是旧版 Excel/WPS 表格：请用下发的 .xlsx 模板填报。</source>
        <translation>“%1”是旧版 Excel/WPS 表格：请用下发的 .xlsx 模板填报。</translation>
    </message>
    <message>
        <source>“%1”是图片或 PDF，无法读取报表数字：请用下发的 .xlsx 模板填报。</source>
        <translation>“%1”是图片或 PDF，无法读取报表数字：请用下发的 .xlsx 模板填报。</translation>
    </message>
    <message>
        <source>“%1”是压缩包：请直接附上下发的 .xlsx 模板，不要压缩。</source>
        <translation>“%1”是压缩包：请直接附上下发的 .xlsx 模板，不要压缩。</translation>
    </message>
    <message>
        <source>“%1”不是报表文件：请用下发的 .xlsx 模板填报。</source>
        <translation>“%1”不是报表文件：请用下发的 .xlsx 模板填报。</translation>
    </message>
    <message>
        <source>（无名附件）</source>
        <translation>（无名附件）</translation>
    </message>
    <message>
        <source>邮件大小 %1 MB，超过 %2 MB，未下载。</source>
        <translation>邮件大小 %1 MB，超过 %2 MB，未下载。</translation>
    </message>
    <message>
        <source>已收取 %1 封，其余下次继续。</source>
        <translation>已收取 %1 封，其余下次继续。</translation>
    </message>
    <message>
        <source>%1 发来的%2</source>
        <translation>%1 发来的%2</translation>
    </message>
    <message>
        <source>“%1”超过 %2 MB，不是下发的模板。</source>
        <translation>“%1”超过 %2 MB，不是下发的模板。</translation>
    </message>
    <message>
        <source>邮箱“%1”的 UIDVALIDITY 已由 %2 变为 %3：服务器重新编号了邮件。收取过的邮件按 Message-ID、发件人和附件认出，不会再次导入。</source>
        <translation>邮箱“%1”的 UIDVALIDITY 已由 %2 变为 %3：服务器重新编号了邮件。收取过的邮件按 Message-ID、发件人和附件认出，不会再次导入。</translation>
    </message>
    <message>
        <source>%1 发来的邮件与 %2 收到的 %3 的邮件 Message-ID 相同，但发件人或附件不同：按另一封邮件收取，请核对。</source>
        <translation>%1 发来的邮件与 %2 收到的 %3 的邮件 Message-ID 相同，但发件人或附件不同：按另一封邮件收取，请核对。</translation>
    </message>
    <message>
        <source>（发件人不明）</source>
        <translation>（发件人不明）</translation>
    </message>
</context>
<context>
    <name>MailMessage</name>
    <message>
        <source>不是一封可以读取的邮件。</source>
        <translation>不是一封可以读取的邮件。</translation>
    </message>
    <message>
        <source>邮件嵌套超过 %1 层，更深的部分未读取。</source>
        <translation>邮件嵌套超过 %1 层，更深的部分未读取。</translation>
    </message>
    <message>
        <source>邮件超过 %1 个部分，其余部分未读取。</source>
        <translation>邮件超过 %1 个部分，其余部分未读取。</translation>
    </message>
    <message>
        <source>附件解码后合计超过 %1 MB，其余附件未读取。</source>
        <translation>附件解码后合计超过 %1 MB，其余附件未读取。</translation>
    </message>
</context>
<context>
    <name>MailMover</name>
    <message>
        <source>请给出收取后移入的文件夹名称。</source>
        <translation>请给出收取后移入的文件夹名称。</translation>
    </message>
    <message>
        <source>文件夹“%1”就是邮箱“%2”收取报表的文件夹，请另选一个。</source>
        <translation>文件夹“%1”就是邮箱“%2”收取报表的文件夹，请另选一个。</translation>
    </message>
    <message>
        <source>邮件服务器 %1 既不支持 MOVE，也不支持 UIDPLUS：无法只移动导入了的邮件，未移动任何邮件。</source>
        <translation>邮件服务器 %1 既不支持 MOVE，也不支持 UIDPLUS：无法只移动导入了的邮件，未移动任何邮件。</translation>
    </message>
    <message>
        <source>邮件未能移到文件夹“%1”。</source>
        <translation>邮件未能移到文件夹“%1”。</translation>
    </message>
    <message>
        <source>文件夹名称“%1”含有 %、* 或控制字符，请另取一个名称。</source>
        <translation>文件夹名称“%1”含有 %、* 或控制字符，请另取一个名称。</translation>
    </message>
</context>
<context>
    <name>MailRepository</name>
    <message>
        <source>邮箱的名称、地址、收信服务器和用户名都要填写。</source>
        <translation>邮箱的名称、地址、收信服务器和用户名都要填写。</translation>
    </message>
    <message>
        <source>邮箱“%1”的端口应在 1 到 65535 之间。</source>
        <translation>邮箱“%1”的端口应在 1 到 65535 之间。</translation>
    </message>
    <message>
        <source>已有名为“%1”的邮箱。</source>
        <translation>已有名为“%1”的邮箱。</translation>
    </message>
    <message>
        <source>邮箱“%1”未能保存：%2</source>
        <translation>邮箱“%1”未能保存：%2</translation>
    </message>
    <message>
        <source>邮箱“%1”已不存在。</source>
        <translation>邮箱“%1”已不存在。</translation>
    </message>
    <message>
        <source>邮箱未能删除：%1</source>
        <translation>邮箱未能删除：%1</translation>
    </message>
    <message>
        <source>已从这个邮箱收取 %1 封邮件，它们是报送的凭据：邮箱不能删除。</source>
        <translation>已从这个邮箱收取 %1 封邮件，它们是报送的凭据：邮箱不能删除。</translation>
    </message>
    <message>
        <source>邮箱已不存在。</source>
        <translation>邮箱已不存在。</translation>
    </message>
    <message>
        <source>这封邮件（UID %1）已经收取过。</source>
        <translation>这封邮件（UID %1）已经收取过。</translation>
    </message>
    <message>
        <source>邮件（UID %1）未能保存：%2</source>
        <translation>邮件（UID %1）未能保存：%2</translation>
    </message>
    <message>
        <source>附件“%1”未能保存：%2</source>
        <translation>附件“%1”未能保存：%2</translation>
    </message>
    <message>
        <source>附件的处理结果未能保存：%1</source>
        <translation>附件的处理结果未能保存：%1</translation>
    </message>
    <message>
        <source>这个附件已经处理过。</source>
        <translation>这个附件已经处理过。</translation>
    </message>
    <message>
        <source>邮箱列表</source>
        <translation>邮箱列表</translation>
    </message>
</context>
<context>
    <name>MailRun</name>
    <message>
        <source>待发送</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>无邮箱，不能发送</source>
        <translation>无邮箱，不能发送</translation>
    </message>
    <message>
        <source>已发送过</source>
        <translation>已发送过</translation>
    </message>
    <message>
        <source>上次发送中断，可能已发出</source>
        <translation>上次发送中断，可能已发出</translation>
    </message>
    <message>
        <source>没有发信邮箱</source>
        <translation>没有发信邮箱</translation>
    </message>
    <message>
        <source>邮箱“%1”现在不能发信。</source>
        <translation>邮箱“%1”现在不能发信。</translation>
    </message>
    <message>
        <source>已发送：%1 → %2 %3</source>
        <translation>已发送：%1 → %2 %3</translation>
    </message>
    <message>
        <source>连接中断，可能已发出（不会再自动发送，请到发件箱核对）：%1 → %2 %3</source>
        <translation>连接中断，可能已发出（不会再自动发送，请到发件箱核对）：%1 → %2 %3</translation>
    </message>
    <message>
        <source>未发出：%1 → %2 %3</source>
        <translation>未发出：%1 → %2 %3</translation>
    </message>
</context>
<context>
    <name>MonthLockActions</name>
    <message>
        <source>服务器上只有卫健局的账户可以验收、签发和解锁。</source>
        <translation>服务器上只有卫健局的账户可以验收、签发和解锁。</translation>
    </message>
    <message>
        <source>没有附件%1。</source>
        <translation>没有附件%1。</translation>
    </message>
    <message>
        <source>找不到该专项工作，未锁定。</source>
        <translation>找不到该专项工作，未锁定。</translation>
    </message>
    <message>
        <source>%1 不是专项整治“%2”的报送月份（%3—%4），未锁定。</source>
        <translation>%1 不是专项整治“%2”的报送月份（%3—%4），未锁定。</translation>
    </message>
    <message>
        <source>该月份</source>
        <translation>该月份</translation>
    </message>
    <message>
        <source>%1%2已签发，全部单位已锁定。</source>
        <translation>%1%2已签发，全部单位已锁定。</translation>
    </message>
    <message>
        <source>请先选中要验收的单位。</source>
        <translation>请先选中要验收的单位。</translation>
    </message>
    <message>
        <source>%1%2没有单位“%3”。</source>
        <translation>%1%2没有单位“%3”。</translation>
    </message>
    <message>
        <source>%1 尚未报送%2的报表，不能验收。</source>
        <translation>%1 尚未报送%2的报表，不能验收。</translation>
    </message>
    <message>
        <source>%1 的报表还有 %2 个错误，改正后才能验收。</source>
        <translation>%1 的报表还有 %2 个错误，改正后才能验收。</translation>
    </message>
    <message>
        <source>本月%1还有 %2 个错误，改正后才能签发。</source>
        <translation>本月%1还有 %2 个错误，改正后才能签发。</translation>
    </message>
    <message>
        <source>解锁必须说明理由。</source>
        <translation>解锁必须说明理由。</translation>
    </message>
    <message>
        <source>%1%2已签发：先取消签发，再解锁单位的验收。</source>
        <translation>%1%2已签发：先取消签发，再解锁单位的验收。</translation>
    </message>
    <message>
        <source>解锁理由含有改变文字方向的控制字符，请删去后再解锁。</source>
        <translation>解锁理由含有改变文字方向的控制字符，请删去后再解锁。</translation>
    </message>
</context>
<context>
    <name>NegativeListEntry</name>
    <message>
        <source>供应商名称不能为空。</source>
        <translation>供应商名称不能为空。</translation>
    </message>
    <message>
        <source>请填写列入日期。</source>
        <translation>请填写列入日期。</translation>
    </message>
    <message>
        <source>请写明列入负面名单的原因。</source>
        <translation>请写明列入负面名单的原因。</translation>
    </message>
</context>
<context>
    <name>NoticePainter</name>
    <message>
        <source>无法开始打印。</source>
        <translation>无法开始打印。</translation>
    </message>
    <message>
        <source>打印未能完成。</source>
        <translation>打印未能完成。</translation>
    </message>
</context>
<context>
    <name>OfficePaperWriter</name>
    <message>
        <source>无法开始打印“%1”。</source>
        <translation>无法开始打印“%1”。</translation>
    </message>
</context>
<context>
    <name>PdfFile</name>
    <message>
        <source>文件 %1 未打开。</source>
        <translation>文件 %1 未打开。</translation>
    </message>
</context>
<context>
    <name>PeriodLockRepository</name>
    <message>
        <source>无法锁定：%1</source>
        <translation>无法锁定：%1</translation>
    </message>
    <message>
        <source>解锁必须说明理由。</source>
        <translation>解锁必须说明理由。</translation>
    </message>
    <message>
        <source>无法解锁：%1</source>
        <translation>无法解锁：%1</translation>
    </message>
    <message>
        <source>该报表未锁定，无需解锁。</source>
        <translation>该报表未锁定，无需解锁。</translation>
    </message>
    <message>
        <source>%1 已由%2于%3锁定，本次锁定未生效；请刷新后再看。</source>
        <translation>%1 已由%2于%3锁定，本次锁定未生效；请刷新后再看。</translation>
    </message>
</context>
<context>
    <name>PosterBatch</name>
    <message>
        <source>举报电话</source>
        <translation>举报电话</translation>
    </message>
    <message>
        <source>举报邮箱</source>
        <translation>举报邮箱</translation>
    </message>
    <message>
        <source>%1：缺少%2</source>
        <translation>%1：缺少%2</translation>
    </message>
    <message>
        <source>市卫生健康委举报电话</source>
        <translation>市卫生健康委举报电话</translation>
    </message>
    <message>
        <source>市卫生健康委举报邮箱</source>
        <translation>市卫生健康委举报邮箱</translation>
    </message>
    <message>
        <source>%1卫生健康局举报电话</source>
        <translation>%1卫生健康局举报电话</translation>
    </message>
    <message>
        <source>%1卫生健康局举报邮箱</source>
        <translation>%1卫生健康局举报邮箱</translation>
    </message>
    <message>
        <source>专项整治“%1”缺少%2，公告无法打印。请先在专项整治中补填。</source>
        <translation>专项整治“%1”缺少%2，公告无法打印。请先在专项整治中补填。</translation>
    </message>
    <message>
        <source>以下机构的举报渠道不全，未打印任何公告：
%1</source>
        <translation>以下机构的举报渠道不全，未打印任何公告：
%1</translation>
    </message>
    <message>
        <source>没有要打印公告的机构。</source>
        <translation>没有要打印公告的机构。</translation>
    </message>
    <message>
        <source>无法开始打印。</source>
        <translation>无法开始打印。</translation>
    </message>
    <message>
        <source>打印第%1页时出错。</source>
        <translation>打印第%1页时出错。</translation>
    </message>
    <message>
        <source>已取消打印（完成%1/%2页）。</source>
        <translation>已取消打印（完成%1/%2页）。</translation>
    </message>
    <message>
        <source>打印未能完成。</source>
        <translation>打印未能完成。</translation>
    </message>
    <message>
        <source>%1 公告</source>
        <translation>%1 公告</translation>
    </message>
</context>
<context>
    <name>PosterChannelActions</name>
    <message>
        <source>“%1”的%2还没有填写。</source>
        <translation>“%1”的%2还没有填写。</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>打印预览 — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <source>打印预览</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>打印 — %1</source>
        <translation>打印 — %1</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>保存为 PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>保存为 Word</source>
        <translation>保存为 Word</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>%1 已存在。要替换它吗？</source>
        <translation>%1 已存在。要替换它吗？</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>无法创建文件夹 %1：%2</source>
        <translation>无法创建文件夹 %1：%2</translation>
    </message>
    <message>
        <source>%1 已存在，但不是文件夹。</source>
        <translation>%1 已存在，但不是文件夹。</translation>
    </message>
    <message>
        <source>无法创建文件 %1：%2</source>
        <translation>无法创建文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>请选择问题所在的机构。</source>
        <translation>请选择问题所在的机构。</translation>
    </message>
    <message>
        <source>请填写发现日期。</source>
        <translation>请填写发现日期。</translation>
    </message>
    <message>
        <source>问题描述不能为空。</source>
        <translation>问题描述不能为空。</translation>
    </message>
    <message>
        <source>问题描述过长（最多2000字）。</source>
        <translation>问题描述过长（最多2000字）。</translation>
    </message>
    <message>
        <source>整改期限（%1）早于发现日期（%2）。</source>
        <translation>整改期限（%1）早于发现日期（%2）。</translation>
    </message>
    <message>
        <source>开始整改后须写明责任人。</source>
        <translation>开始整改后须写明责任人。</translation>
    </message>
    <message>
        <source>问题的状态与其整改步骤不一致。</source>
        <translation>问题的状态与其整改步骤不一致。</translation>
    </message>
    <message>
        <source>“%1”的日期（%2）早于发现日期（%3）。</source>
        <translation>“%1”的日期（%2）早于发现日期（%3）。</translation>
    </message>
</context>
<context>
    <name>ProblemRepository</name>
    <message>
        <source>问题已销号，不能再修改。</source>
        <translation>问题已销号，不能再修改。</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>找不到该问题（可能已被删除）。</source>
        <translation>找不到该问题（可能已被删除）。</translation>
    </message>
    <message>
        <source>无法保存问题的状态：%1</source>
        <translation>无法保存问题的状态：%1</translation>
    </message>
    <message>
        <source>问题已销号，不能删除。</source>
        <translation>问题已销号，不能删除。</translation>
    </message>
    <message>
        <source>问题清单</source>
        <translation>问题清单</translation>
    </message>
</context>
<context>
    <name>ProblemWorkflow</name>
    <message>
        <source>退回整改</source>
        <translation>退回整改</translation>
    </message>
    <message>
        <source>开始整改</source>
        <translation>开始整改</translation>
    </message>
    <message>
        <source>立行立改</source>
        <translation>立行立改</translation>
    </message>
    <message>
        <source>完成整改</source>
        <translation>完成整改</translation>
    </message>
    <message>
        <source>销号</source>
        <translation>销号</translation>
    </message>
    <message>
        <source>问题已销号，不能再改为“%1”。</source>
        <translation>问题已销号，不能再改为“%1”。</translation>
    </message>
    <message>
        <source>问题处于“%1”，须先完成整改（已整改）才能销号。</source>
        <translation>问题处于“%1”，须先完成整改（已整改）才能销号。</translation>
    </message>
    <message>
        <source>不能从“%1”改为“%2”。</source>
        <translation>不能从“%1”改为“%2”。</translation>
    </message>
    <message>
        <source>请填写“%1”的日期。</source>
        <translation>请填写“%1”的日期。</translation>
    </message>
    <message>
        <source>日期 %1 早于发现日期 %2。</source>
        <translation>日期 %1 早于发现日期 %2。</translation>
    </message>
    <message>
        <source>日期 %1 早于上一步（%2，%3）。</source>
        <translation>日期 %1 早于上一步（%2，%3）。</translation>
    </message>
    <message>
        <source>日期 %1 晚于今天。</source>
        <translation>日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>销号须写明审核人。</source>
        <translation>销号须写明审核人。</translation>
    </message>
    <message>
        <source>请写明经办人。</source>
        <translation>请写明经办人。</translation>
    </message>
    <message>
        <source>销号审核人不能是整改责任人本人（%1）。</source>
        <translation>销号审核人不能是整改责任人本人（%1）。</translation>
    </message>
    <message>
        <source>退回整改须写明原因。</source>
        <translation>退回整改须写明原因。</translation>
    </message>
    <message>
        <source>请先填写整改责任人。</source>
        <translation>请先填写整改责任人。</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>已取消。</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>ProtectedFiles</name>
    <message>
        <source>不能写入 %1：这个文件正在写入（例如备份尚未完成），请稍后再试或另选文件名；未写入任何内容。</source>
        <translation>不能写入 %1：这个文件正在写入（例如备份尚未完成），请稍后再试或另选文件名；未写入任何内容。</translation>
    </message>
    <message>
        <source>不能写入 %1：它是正在使用的数据库 %2 或其日志、锁文件，写入会毁掉数据库。请另选文件名；未写入任何内容。</source>
        <translation>不能写入 %1：它是正在使用的数据库 %2 或其日志、锁文件，写入会毁掉数据库。请另选文件名；未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>ReadError</name>
    <message>
        <source>数据库连接已断开</source>
        <translation>数据库连接已断开</translation>
    </message>
    <message>
        <source>无法读取%1：%2</source>
        <translation>无法读取%1：%2</translation>
    </message>
</context>
<context>
    <name>ReminderList</name>
    <message>
        <source>，报至%1</source>
        <translation>，报至%1</translation>
    </message>
    <message>
        <source>，%1截止</source>
        <translation>，%1截止</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>，已逾期%1天</source>
        <translation>，已逾期%1天</translation>
    </message>
    <message>
        <source>，今天截止</source>
        <translation>，今天截止</translation>
    </message>
    <message>
        <source>，还有%1天</source>
        <translation>，还有%1天</translation>
    </message>
    <message>
        <source>没有需要催报的单位。</source>
        <translation>没有需要催报的单位。</translation>
    </message>
    <message>
        <source>共%1个单位未报送，其中%2个已逾期。</source>
        <translation>共%1个单位未报送，其中%2个已逾期。</translation>
    </message>
    <message>
        <source>　联系人：%1</source>
        <translation>　联系人：%1</translation>
    </message>
    <message>
        <source>（名册未登记）</source>
        <translation>（名册未登记）</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>未报事项</source>
        <translation>未报事项</translation>
    </message>
    <message>
        <source>催报记录</source>
        <translation>催报记录</translation>
    </message>
    <message>
        <source>　联系电话：%1</source>
        <translation>　联系电话：%1</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
</context>
<context>
    <name>RemoveDemoData</name>
    <message>
        <source>服务器上的示例数据只能由卫健局的账户删除。</source>
        <translation>服务器上的示例数据只能由卫健局的账户删除。</translation>
    </message>
    <message>
        <source>数据库中没有示例数据。</source>
        <translation>数据库中没有示例数据。</translation>
    </message>
    <message>
        <source>%1 家示例机构</source>
        <translation>%1 家示例机构</translation>
    </message>
    <message>
        <source>%1 个示例活动（%2）</source>
        <translation>%1 个示例活动（%2）</translation>
    </message>
    <message>
        <source>；</source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1 份报表</source>
        <translation>%1 份报表</translation>
    </message>
    <message>
        <source>%1 条台账记录</source>
        <translation>%1 条台账记录</translation>
    </message>
    <message>
        <source>，</source>
        <translation>，</translation>
    </message>
    <message>
        <source>；您修改过的示例机构（%1）保留在名册中，作为您自己的机构</source>
        <translation>；您修改过的示例机构（%1）保留在名册中，作为您自己的机构</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ReportRepository</name>
    <message>
        <source>报表数据不完整（表%1，单位%2，月份%3）。</source>
        <translation>报表数据不完整（表%1，单位%2，月份%3）。</translation>
    </message>
    <message>
        <source>无法保存%1的报表：%2</source>
        <translation>无法保存%1的报表：%2</translation>
    </message>
    <message>
        <source>无法读取报表数字：%1</source>
        <translation>无法读取报表数字：%1</translation>
    </message>
    <message>
        <source>无法保存报表数字：%1</source>
        <translation>无法保存报表数字：%1</translation>
    </message>
    <message>
        <source>无法删除报表：%1</source>
        <translation>无法删除报表：%1</translation>
    </message>
    <message>
        <source>附件%1 %2 的报表（%3）已审核锁定，如需修改请先解锁并说明理由。</source>
        <translation>附件%1 %2 的报表（%3）已审核锁定，如需修改请先解锁并说明理由。</translation>
    </message>
    <message>
        <source>%1 %2 的附件%3 在您编辑期间已由他人保存，您的修改没有保存，也没有覆盖对方的数据。请刷新（F5）后核对再录入。</source>
        <translation>%1 %2 的附件%3 在您编辑期间已由他人保存，您的修改没有保存，也没有覆盖对方的数据。请刷新（F5）后核对再录入。</translation>
    </message>
    <message>
        <source>附件%1 %2 的报表（%3）被其后一个已验收或已签发的月份沿用（该单位那个月没有单独报送），修改它会改变已锁定月份的数字。如需修改请先解锁那个月并说明理由。</source>
        <translation>附件%1 %2 的报表（%3）被其后一个已验收或已签发的月份沿用（该单位那个月没有单独报送），修改它会改变已锁定月份的数字。如需修改请先解锁那个月并说明理由。</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>报表数字</source>
        <translation>报表数字</translation>
    </message>
</context>
<context>
    <name>ReportTemplates</name>
    <message>
        <source>%1不在本专项整治的报送月份（%2至%3）内。</source>
        <translation>%1不在本专项整治的报送月份（%2至%3）内。</translation>
    </message>
    <message>
        <source>文件夹 %1 不存在。</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>无法在文件夹 %1 中写入：%2</source>
        <translation>无法在文件夹 %1 中写入：%2</translation>
    </message>
    <message>
        <source>正在生成空白报表：%1（%2/%3）</source>
        <translation>正在生成空白报表：%1（%2/%3）</translation>
    </message>
    <message>
        <source>无法写入 %1：%2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReturnedSheet</name>
    <message>
        <source>%1 %2：表中第二次出现“%3”的行（第一次在第%4行），无法确定哪一行是它的数字。</source>
        <translation>%1 %2：表中第二次出现“%3”的行（第一次在第%4行），无法确定哪一行是它的数字。</translation>
    </message>
    <message>
        <source>%1 %2：这一行是“%3”的，不是填报单位“%4”的：一个工作簿只能填写它所标明的机构自己的那一行。</source>
        <translation>%1 %2：这一行是“%3”的，不是填报单位“%4”的：一个工作簿只能填写它所标明的机构自己的那一行。</translation>
    </message>
    <message>
        <source>%1：表中找不到“%2”所在的行（第%3行以下没有以它命名的行），未导入。</source>
        <translation>%1：表中找不到“%2”所在的行（第%3行以下没有以它命名的行），未导入。</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>系统钥匙串没有应答。</source>
        <translation>系统钥匙串没有应答。</translation>
    </message>
</context>
<context>
    <name>SendReceipts</name>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>。</source>
        <translation>。</translation>
    </message>
    <message>
        <source>：</source>
        <translation>：</translation>
    </message>
    <message>
        <source>邮件没有可回复的发件人地址</source>
        <translation>邮件没有可回复的发件人地址</translation>
    </message>
    <message>
        <source>收到这封邮件的邮箱已不存在</source>
        <translation>收到这封邮件的邮箱已不存在</translation>
    </message>
</context>
<context>
    <name>SendReminders</name>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1不在本专项整治的报送月份内。</source>
        <translation>%1不在本专项整治的报送月份内。</translation>
    </message>
    <message>
        <source>没有名为“%1”的邮箱。</source>
        <translation>没有名为“%1”的邮箱。</translation>
    </message>
    <message>
        <source>无法建立临时文件夹来生成空白报表。</source>
        <translation>无法建立临时文件夹来生成空白报表。</translation>
    </message>
    <message>
        <source>已于 %1 发送</source>
        <translation>已于 %1 发送</translation>
    </message>
    <message>
        <source>%1 开始发送时中断，可能已发出，不再自动发送</source>
        <translation>%1 开始发送时中断，可能已发出，不再自动发送</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>空白报表 %1 无法读取。</source>
        <translation>空白报表 %1 无法读取。</translation>
    </message>
    <message>
        <source>还没有设置邮箱：先在 设置 → 邮箱 中添加</source>
        <translation>还没有设置邮箱：先在 设置 → 邮箱 中添加</translation>
    </message>
    <message>
        <source>名册中没有登记邮箱，请电话催报</source>
        <translation>名册中没有登记邮箱，请电话催报</translation>
    </message>
    <message>
        <source>名册中的邮箱“%1”无效，请电话催报</source>
        <translation>名册中的邮箱“%1”无效，请电话催报</translation>
    </message>
    <message>
        <source>（未指定）</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>没有收报股室为%1的邮箱，从第一个邮箱“%2”发出</source>
        <translation>没有收报股室为%1的邮箱，从第一个邮箱“%2”发出</translation>
    </message>
</context>
<context>
    <name>SentMailRepository</name>
    <message>
        <source>%1 已于 %2 发送（或正在发送）给 %3，不再发送。</source>
        <translation>%1 已于 %2 发送（或正在发送）给 %3，不再发送。</translation>
    </message>
    <message>
        <source>发送记录未能保存：%1</source>
        <translation>发送记录未能保存：%1</translation>
    </message>
    <message>
        <source>%1 正由另一次发送处理，这里跳过。</source>
        <translation>%1 正由另一次发送处理，这里跳过。</translation>
    </message>
    <message>
        <source>发送结果未能保存：%1</source>
        <translation>发送结果未能保存：%1</translation>
    </message>
</context>
<context>
    <name>SeriesXlsxWriter</name>
    <message>
        <source>%1—%2</source>
        <translation>%1—%2</translation>
    </message>
    <message>
        <source>%1　报送情况截至 %2；空白表示无从统计（未到期、未报送或无问题），不是 0。</source>
        <translation>%1　报送情况截至 %2；空白表示无从统计（未到期、未报送或无问题），不是 0。</translation>
    </message>
    <message>
        <source>%1%2（%3）</source>
        <translation>%1%2（%3）</translation>
    </message>
    <message>
        <source>%1分析数据（%2）</source>
        <translation>%1分析数据（%2）</translation>
    </message>
    <message>
        <source>全部数据</source>
        <translation>全部数据</translation>
    </message>
    <message>
        <source>%1分析数据</source>
        <translation>%1分析数据</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ServerAdmin</name>
    <message>
        <source>无法读取表 %1：%2</source>
        <translation>无法读取表 %1：%2</translation>
    </message>
    <message>
        <source>无法写入表 %1 的第 %2 行：%3</source>
        <translation>无法写入表 %1 的第 %2 行：%3</translation>
    </message>
    <message>
        <source>请用 --server 指定要导入到的服务器数据库。</source>
        <translation>请用 --server 指定要导入到的服务器数据库。</translation>
    </message>
    <message>
        <source>服务器数据库 %1 已有数据：只能导入到空的数据库，未做任何修改。</source>
        <translation>服务器数据库 %1 已有数据：只能导入到空的数据库，未做任何修改。</translation>
    </message>
    <message>
        <source>%1：%2 行</source>
        <translation>%1：%2 行</translation>
    </message>
    <message>
        <source>账户只在服务器数据库上使用，请用 --server 指定服务器。</source>
        <translation>账户只在服务器数据库上使用，请用 --server 指定服务器。</translation>
    </message>
    <message>
        <source>账户名“%1”无效：只能用小写字母、数字和下划线，以字母开头。</source>
        <translation>账户名“%1”无效：只能用小写字母、数字和下划线，以字母开头。</translation>
    </message>
    <message>
        <source>无法设置账户 %1：%2</source>
        <translation>无法设置账户 %1：%2</translation>
    </message>
    <message>
        <source>卫健局</source>
        <translation>卫健局</translation>
    </message>
    <message>
        <source>市级</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>机构</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>建立登录账户 %1</source>
        <translation>建立登录账户 %1</translation>
    </message>
    <message>
        <source>设置了新密码（只向服务器发送其 SCRAM-SHA-256 校验值）</source>
        <translation>设置了新密码（只向服务器发送其 SCRAM-SHA-256 校验值）</translation>
    </message>
    <message>
        <source>加入 %1</source>
        <translation>加入 %1</translation>
    </message>
    <message>
        <source>退出 %1（不再有其权限）</source>
        <translation>退出 %1（不再有其权限）</translation>
    </message>
    <message>
        <source>账户类别：%1 → 机构（编号 %2）</source>
        <translation>账户类别：%1 → 机构（编号 %2）</translation>
    </message>
    <message>
        <source>账户类别：%1 → %2</source>
        <translation>账户类别：%1 → %2</translation>
    </message>
    <message>
        <source>导入需要数据库的所有者账户（运行 server init 的账户）：%1</source>
        <translation>导入需要数据库的所有者账户（运行 server init 的账户）：%1</translation>
    </message>
    <message>
        <source>无法检查大对象函数的权限：%1</source>
        <translation>无法检查大对象函数的权限：%1</translation>
    </message>
    <message>
        <source>任何能登录本服务器的账户都还能创建大对象（%1），可借此占满服务器的磁盘。这些函数属于超级用户，数据库的所有者无权收回；请由超级用户在数据库 %2 中执行：</source>
        <translation>任何能登录本服务器的账户都还能创建大对象（%1），可借此占满服务器的磁盘。这些函数属于超级用户，数据库的所有者无权收回；请由超级用户在数据库 %2 中执行：</translation>
    </message>
    <message>
        <source>账户 %1 的密码太短：至少要 %2 个字符。</source>
        <translation>账户 %1 的密码太短：至少要 %2 个字符。</translation>
    </message>
</context>
<context>
    <name>ShortDate</name>
    <message>
        <source>%1月%2日</source>
        <translation>%1月%2日</translation>
    </message>
    <message>
        <source>%1年%2月%3日</source>
        <translation>%1年%2月%3日</translation>
    </message>
</context>
<context>
    <name>SignalCatalog</name>
    <message>
        <source>信号规则不是有效的 JSON：%1</source>
        <translation>信号规则不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>第%1条信号规则缺少编号、说明或已知的检查类型（%2）。</source>
        <translation>第%1条信号规则缺少编号、说明或已知的检查类型（%2）。</translation>
    </message>
</context>
<context>
    <name>SignedFigureRepository</name>
    <message>
        <source>无法保存签发时的数字：%1</source>
        <translation>无法保存签发时的数字：%1</translation>
    </message>
    <message>
        <source>该锁定已解除或已冻结，签发时的数字未改动。</source>
        <translation>该锁定已解除或已冻结，签发时的数字未改动。</translation>
    </message>
</context>
<context>
    <name>SmtpClient</name>
    <message>
        <source>邮件没有收件人。</source>
        <translation>邮件没有收件人。</translation>
    </message>
    <message>
        <source>无法初始化邮件连接（libcurl）。</source>
        <translation>无法初始化邮件连接（libcurl）。</translation>
    </message>
</context>
<context>
    <name>SmtpSender</name>
    <message>
        <source>邮箱“%1”没有设置发信服务器（SMTP），请在 设置 → 邮箱 中填写。</source>
        <translation>邮箱“%1”没有设置发信服务器（SMTP），请在 设置 → 邮箱 中填写。</translation>
    </message>
</context>
<context>
    <name>SpotCheckActions</name>
    <message>
        <source>检查人员“%1”所属的机构（编号%2）不在机构名录中。</source>
        <translation>检查人员“%1”所属的机构（编号%2）不在机构名录中。</translation>
    </message>
    <message>
        <source>抽查名单中没有编号为%1的一项。</source>
        <translation>抽查名单中没有编号为%1的一项。</translation>
    </message>
    <message>
        <source>抽查名单第%1号已记录过检查结果（检查记录%2）。</source>
        <translation>抽查名单第%1号已记录过检查结果（检查记录%2）。</translation>
    </message>
    <message>
        <source>双随机抽查</source>
        <translation>双随机抽查</translation>
    </message>
</context>
<context>
    <name>SpotCheckDraw</name>
    <message>
        <source>抽查数量须大于0。</source>
        <translation>抽查数量须大于0。</translation>
    </message>
    <message>
        <source>没有可抽查的机构。</source>
        <translation>没有可抽查的机构。</translation>
    </message>
    <message>
        <source>第%1号“%2”可派的检查人员不足两人（本单位人员和上次检查过该单位的人员不能派往）。请在检查人员库中增加人员。</source>
        <translation>第%1号“%2”可派的检查人员不足两人（本单位人员和上次检查过该单位的人员不能派往）。请在检查人员库中增加人员。</translation>
    </message>
    <message>
        <source>抽查记录的输入数据不完整，无法复核。</source>
        <translation>抽查记录的输入数据不完整，无法复核。</translation>
    </message>
    <message>
        <source>按记录的种子和输入重新抽取，结果与记录不一致。</source>
        <translation>按记录的种子和输入重新抽取，结果与记录不一致。</translation>
    </message>
    <message>
        <source>抽查记录第%1号的机构（编号%2）不在记录的候选机构中。</source>
        <translation>抽查记录第%1号的机构（编号%2）不在记录的候选机构中。</translation>
    </message>
    <message>
        <source>抽查记录第%1号的检查人员（编号%2）不在记录的检查人员库中。</source>
        <translation>抽查记录第%1号的检查人员（编号%2）不在记录的检查人员库中。</translation>
    </message>
</context>
<context>
    <name>SpotCheckPapers</name>
    <message>
        <source>抽查记录%1没有抽中任何机构。</source>
        <translation>抽查记录%1没有抽中任何机构。</translation>
    </message>
</context>
<context>
    <name>SpotCheckRepository</name>
    <message>
        <source>无法保存抽查记录：%1</source>
        <translation>无法保存抽查记录：%1</translation>
    </message>
    <message>
        <source>无法保存抽查名单第%1号：%2</source>
        <translation>无法保存抽查名单第%1号：%2</translation>
    </message>
    <message>
        <source>无法把检查记录与抽查名单关联：%1</source>
        <translation>无法把检查记录与抽查名单关联：%1</translation>
    </message>
    <message>
        <source>抽查名单中没有编号为%1的一项。</source>
        <translation>抽查名单中没有编号为%1的一项。</translation>
    </message>
    <message>
        <source>抽查记录</source>
        <translation>抽查记录</translation>
    </message>
</context>
<context>
    <name>SqliteError</name>
    <message>
        <source>磁盘空间不足</source>
        <translation>磁盘空间不足</translation>
    </message>
    <message>
        <source>文件或文件夹只读/没有写入权限</source>
        <translation>文件或文件夹只读/没有写入权限</translation>
    </message>
    <message>
        <source>无法打开文件（文件夹只读/没有写入权限，或文件夹不存在）</source>
        <translation>无法打开文件（文件夹只读/没有写入权限，或文件夹不存在）</translation>
    </message>
    <message>
        <source>磁盘读写出错（%1）</source>
        <translation>磁盘读写出错（%1）</translation>
    </message>
    <message>
        <source>数据库正被其他程序占用</source>
        <translation>数据库正被其他程序占用</translation>
    </message>
    <message>
        <source>磁盘空间不足，无法写入数据库 %1；已保存的数据没有改变。请腾出磁盘空间后重试。</source>
        <translation>磁盘空间不足，无法写入数据库 %1；已保存的数据没有改变。请腾出磁盘空间后重试。</translation>
    </message>
    <message>
        <source>数据库 %1 或其所在文件夹只读/没有写入权限；已保存的数据没有改变。请检查文件和文件夹的权限。</source>
        <translation>数据库 %1 或其所在文件夹只读/没有写入权限；已保存的数据没有改变。请检查文件和文件夹的权限。</translation>
    </message>
    <message>
        <source>无法打开数据库 %1：文件夹只读/没有写入权限，或文件夹不存在（%2）。</source>
        <translation>无法打开数据库 %1：文件夹只读/没有写入权限，或文件夹不存在（%2）。</translation>
    </message>
    <message>
        <source>读写数据库 %1 时磁盘出错（%2）。文件本身未必损坏：请检查磁盘或网络驱动器后重试。</source>
        <translation>读写数据库 %1 时磁盘出错（%2）。文件本身未必损坏：请检查磁盘或网络驱动器后重试。</translation>
    </message>
    <message>
        <source>数据库 %1 正被其他程序占用，请稍后重试（%2）。</source>
        <translation>数据库 %1 正被其他程序占用，请稍后重试（%2）。</translation>
    </message>
    <message>
        <source>数据库 %1 已损坏（%2），未做任何修改。请从备份恢复。</source>
        <translation>数据库 %1 已损坏（%2），未做任何修改。请从备份恢复。</translation>
    </message>
    <message>
        <source>无法使用数据库 %1：%2</source>
        <translation>无法使用数据库 %1：%2</translation>
    </message>
</context>
<context>
    <name>SubmissionRepository</name>
    <message>
        <source>无法保存报送登记：%1</source>
        <translation>无法保存报送登记：%1</translation>
    </message>
    <message>
        <source>报送登记不完整：缺少专项整治、报送单位或月份。</source>
        <translation>报送登记不完整：缺少专项整治、报送单位或月份。</translation>
    </message>
    <message>
        <source>请填写报送日期。</source>
        <translation>请填写报送日期。</translation>
    </message>
    <message>
        <source>附件“%1”有 %2 MB，超过 %3 MB 的上限。</source>
        <translation>附件“%1”有 %2 MB，超过 %3 MB 的上限。</translation>
    </message>
    <message>
        <source>附件缺少文件名。</source>
        <translation>附件缺少文件名。</translation>
    </message>
    <message>
        <source>无法撤销报送登记：%1</source>
        <translation>无法撤销报送登记：%1</translation>
    </message>
    <message>
        <source>报送记录</source>
        <translation>报送记录</translation>
    </message>
</context>
<context>
    <name>SubmissionState</name>
    <message>
        <source>按时报送</source>
        <translation>按时报送</translation>
    </message>
    <message>
        <source>逾期补报</source>
        <translation>逾期补报</translation>
    </message>
    <message>
        <source>未报送</source>
        <translation>未报送</translation>
    </message>
    <message>
        <source>逾期未报</source>
        <translation>逾期未报</translation>
    </message>
</context>
<context>
    <name>SubmissionTracker</name>
    <message>
        <source>数据库中还没有专项整治。</source>
        <translation>数据库中还没有专项整治。</translation>
    </message>
    <message>
        <source>找不到编号为 %1 的专项整治。</source>
        <translation>找不到编号为 %1 的专项整治。</translation>
    </message>
</context>
<context>
    <name>SummaryChartDrawing</name>
    <message>
        <source>工作总结的图表需要图形应用对象（QApplication）才能画出。</source>
        <translation>工作总结的图表需要图形应用对象（QApplication）才能画出。</translation>
    </message>
    <message>
        <source>工作总结的图表“%1”没有画出来。</source>
        <translation>工作总结的图表“%1”没有画出来。</translation>
    </message>
</context>
<context>
    <name>SummaryDocument</name>
    <message>
        <source>工作总结的句子“%1”中的“{%2}”不是可用的数字或名称。</source>
        <translation>工作总结的句子“%1”中的“{%2}”不是可用的数字或名称。</translation>
    </message>
    <message>
        <source>工作总结的句子模板为空或无法读取。</source>
        <translation>工作总结的句子模板为空或无法读取。</translation>
    </message>
    <message>
        <source>工作总结的图表“%1”不可用；可选：%2。</source>
        <translation>工作总结的图表“%1”不可用；可选：%2。</translation>
    </message>
    <message>
        <source>图%1</source>
        <translation>图%1</translation>
    </message>
    <message>
        <source>键“%1”应为一段文字。</source>
        <translation>键“%1”应为一段文字。</translation>
    </message>
    <message>
        <source>键“%1”中的“{%2}”不是工作总结可用的数字或名称；可用：%3。</source>
        <translation>键“%1”中的“{%2}”不是工作总结可用的数字或名称；可用：%3。</translation>
    </message>
    <message>
        <source>键“%1.county”应为 true（只用于全县）或 false（只用于机构）。</source>
        <translation>键“%1.county”应为 true（只用于全县）或 false（只用于机构）。</translation>
    </message>
    <message>
        <source>键“sections”应为各部分的列表（[ … ]），至少一部分。</source>
        <translation>键“sections”应为各部分的列表（[ … ]），至少一部分。</translation>
    </message>
    <message>
        <source>键“%1”应为一个部分（{ "heading": …, "paragraphs": […] }）。</source>
        <translation>键“%1”应为一个部分（{ "heading": …, "paragraphs": […] }）。</translation>
    </message>
    <message>
        <source>键“%1.paragraphs”应为段落的列表（[ … ]）。</source>
        <translation>键“%1.paragraphs”应为段落的列表（[ … ]）。</translation>
    </message>
    <message>
        <source>键“%1”应为一段的句子列表（[ … ]）或小标题（{ "heading": … }）。</source>
        <translation>键“%1”应为一段的句子列表（[ … ]）或小标题（{ "heading": … }）。</translation>
    </message>
    <message>
        <source>键“%1”应为一个句子（{ "text": … }）。</source>
        <translation>键“%1”应为一个句子（{ "text": … }）。</translation>
    </message>
    <message>
        <source>键“%1.when”的“%2”不是工作总结的数字；可用：%3。</source>
        <translation>键“%1.when”的“%2”不是工作总结的数字；可用：%3。</translation>
    </message>
    <message>
        <source>键“%1.whenList”的“%2”不是工作总结的名单；可用：%3。</source>
        <translation>键“%1.whenList”的“%2”不是工作总结的名单；可用：%3。</translation>
    </message>
    <message>
        <source>键“%1.chart”：%2</source>
        <translation>键“%1.chart”：%2</translation>
    </message>
</context>
<context>
    <name>SummaryFigures</name>
    <message>
        <source>请指定总结截至的月份。</source>
        <translation>请指定总结截至的月份。</translation>
    </message>
    <message>
        <source>%1不在专项整治“%2”的月份（%3至%4）内，无法总结。</source>
        <translation>%1不在专项整治“%2”的月份（%3至%4）内，无法总结。</translation>
    </message>
    <message>
        <source>名册中没有这家机构（编号 %1），它可能已被删除。</source>
        <translation>名册中没有这家机构（编号 %1），它可能已被删除。</translation>
    </message>
</context>
<context>
    <name>SummaryPainter</name>
    <message>
        <source>无法开始打印工作总结。</source>
        <translation>无法开始打印工作总结。</translation>
    </message>
    <message>
        <source>工作总结的插图“%1”不是有效的 PNG 图片。</source>
        <translation>工作总结的插图“%1”不是有效的 PNG 图片。</translation>
    </message>
</context>
<context>
    <name>SupplierInterview</name>
    <message>
        <source>请选择约谈的机构。</source>
        <translation>请选择约谈的机构。</translation>
    </message>
    <message>
        <source>供应商名称不能为空。</source>
        <translation>供应商名称不能为空。</translation>
    </message>
    <message>
        <source>请填写约谈日期。</source>
        <translation>请填写约谈日期。</translation>
    </message>
</context>
<context>
    <name>SupplierRepository</name>
    <message>
        <source>约谈记录</source>
        <translation>约谈记录</translation>
    </message>
    <message>
        <source>供应商“%1”已于 %2 列入负面名单。</source>
        <translation>供应商“%1”已于 %2 列入负面名单。</translation>
    </message>
    <message>
        <source>负面名单记录</source>
        <translation>负面名单记录</translation>
    </message>
    <message>
        <source>约谈供应商记录</source>
        <translation>约谈供应商记录</translation>
    </message>
    <message>
        <source>负面名单</source>
        <translation>负面名单</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>内容有 %1 个字，超过了 %2 个字的上限，未导入；请精简后再导入</source>
        <translation>内容有 %1 个字，超过了 %2 个字的上限，未导入；请精简后再导入</translation>
    </message>
</context>
<context>
    <name>Tipoff</name>
    <message>
        <source>请填写受理日期。</source>
        <translation>请填写受理日期。</translation>
    </message>
    <message>
        <source>反映问题摘要不能为空。</source>
        <translation>反映问题摘要不能为空。</translation>
    </message>
    <message>
        <source>反映问题摘要过长（最多2000字）。</source>
        <translation>反映问题摘要过长（最多2000字）。</translation>
    </message>
    <message>
        <source>已办结的线索须写明核查结论（属实、部分属实或不属实）。</source>
        <translation>已办结的线索须写明核查结论（属实、部分属实或不属实）。</translation>
    </message>
    <message>
        <source>已办结的线索须写明处理结果。</source>
        <translation>已办结的线索须写明处理结果。</translation>
    </message>
    <message>
        <source>线索的状态与其办理步骤不一致。</source>
        <translation>线索的状态与其办理步骤不一致。</translation>
    </message>
    <message>
        <source>“%1”的日期（%2）早于受理日期（%3）。</source>
        <translation>“%1”的日期（%2）早于受理日期（%3）。</translation>
    </message>
</context>
<context>
    <name>TipoffReporter</name>
    <message>
        <source>匿名举报不应填写举报人姓名或联系方式。</source>
        <translation>匿名举报不应填写举报人姓名或联系方式。</translation>
    </message>
    <message>
        <source>举报人姓名过长（最多100字）。</source>
        <translation>举报人姓名过长（最多100字）。</translation>
    </message>
    <message>
        <source>联系方式过长（最多200字）。</source>
        <translation>联系方式过长（最多200字）。</translation>
    </message>
</context>
<context>
    <name>TipoffRepository</name>
    <message>
        <source>线索已销号，不能再修改。</source>
        <translation>线索已销号，不能再修改。</translation>
    </message>
    <message>
        <source>线索</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>找不到该线索（可能已被删除）。</source>
        <translation>找不到该线索（可能已被删除）。</translation>
    </message>
    <message>
        <source>无法保存线索的状态：%1</source>
        <translation>无法保存线索的状态：%1</translation>
    </message>
    <message>
        <source>线索已销号，不能删除。</source>
        <translation>线索已销号，不能删除。</translation>
    </message>
    <message>
        <source>无法保存举报人信息：%1</source>
        <translation>无法保存举报人信息：%1</translation>
    </message>
    <message>
        <source>线索台账</source>
        <translation>线索台账</translation>
    </message>
</context>
<context>
    <name>TipoffWorkflow</name>
    <message>
        <source>重新核查</source>
        <translation>重新核查</translation>
    </message>
    <message>
        <source>开始核查</source>
        <translation>开始核查</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>销号</source>
        <translation>销号</translation>
    </message>
    <message>
        <source>线索已销号，不能再改为“%1”。</source>
        <translation>线索已销号，不能再改为“%1”。</translation>
    </message>
    <message>
        <source>线索处于“%1”，须先办结才能销号。</source>
        <translation>线索处于“%1”，须先办结才能销号。</translation>
    </message>
    <message>
        <source>不能从“%1”改为“%2”。</source>
        <translation>不能从“%1”改为“%2”。</translation>
    </message>
    <message>
        <source>请填写“%1”的日期。</source>
        <translation>请填写“%1”的日期。</translation>
    </message>
    <message>
        <source>日期 %1 早于受理日期 %2。</source>
        <translation>日期 %1 早于受理日期 %2。</translation>
    </message>
    <message>
        <source>日期 %1 早于上一步（%2，%3）。</source>
        <translation>日期 %1 早于上一步（%2，%3）。</translation>
    </message>
    <message>
        <source>日期 %1 晚于今天。</source>
        <translation>日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>销号须写明审核人。</source>
        <translation>销号须写明审核人。</translation>
    </message>
    <message>
        <source>请写明经办人。</source>
        <translation>请写明经办人。</translation>
    </message>
    <message>
        <source>办结前须填写核查结论（属实、部分属实或不属实）。</source>
        <translation>办结前须填写核查结论（属实、部分属实或不属实）。</translation>
    </message>
    <message>
        <source>办结前须填写处理结果。</source>
        <translation>办结前须填写处理结果。</translation>
    </message>
    <message>
        <source>重新核查须写明原因。</source>
        <translation>重新核查须写明原因。</translation>
    </message>
</context>
<context>
    <name>WordingFiles</name>
    <message>
        <source>键“%1”不是邮件措辞的种类；可用：reminder（催报）、receipt（回执）。</source>
        <translation>键“%1”不是邮件措辞的种类；可用：reminder（催报）、receipt（回执）。</translation>
    </message>
    <message>
        <source>键“%1”应为一组措辞（{ … }）。</source>
        <translation>键“%1”应为一组措辞（{ … }）。</translation>
    </message>
    <message>
        <source>键“%1”不是邮件的措辞；可用：%2。</source>
        <translation>键“%1”不是邮件的措辞；可用：%2。</translation>
    </message>
    <message>
        <source>键“%1”应为一段文字。</source>
        <translation>键“%1”应为一段文字。</translation>
    </message>
    <message>
        <source>键“%1”中的“{%2}”不是这段文字可用的名称；可用：%3。</source>
        <translation>键“%1”中的“{%2}”不是这段文字可用的名称；可用：%3。</translation>
    </message>
    <message>
        <source>无</source>
        <translation>无</translation>
    </message>
    <message>
        <source>措辞文件 %1 有误，未采用：%2</source>
        <translation>措辞文件 %1 有误，未采用：%2</translation>
    </message>
    <message>
        <source>措辞文件 %1 无法读取：%2</source>
        <translation>措辞文件 %1 无法读取：%2</translation>
    </message>
    <message>
        <source>措辞文件 %1 不是有效的 JSON（第%2行第%3列：%4），未采用。</source>
        <translation>措辞文件 %1 不是有效的 JSON（第%2行第%3列：%4），未采用。</translation>
    </message>
    <message>
        <source>措辞文件 %1 应为一个 JSON 对象（{ … }），未采用。</source>
        <translation>措辞文件 %1 应为一个 JSON 对象（{ … }），未采用。</translation>
    </message>
    <message>
        <source>键“%1”含有控制字符或改变文字方向的字符（如 U+202E）：请删去。</source>
        <translation>键“%1”含有控制字符或改变文字方向的字符（如 U+202E）：请删去。</translation>
    </message>
</context>
<context>
    <name>WorkPlan</name>
    <message>
        <source>工作方案的“preamble”应为文字或文字列表。</source>
        <translation>工作方案的“preamble”应为文字或文字列表。</translation>
    </message>
    <message>
        <source>工作方案的“attachments”应为文字或文字列表。</source>
        <translation>工作方案的“attachments”应为文字或文字列表。</translation>
    </message>
    <message>
        <source>工作方案的“sections”应为列表。</source>
        <translation>工作方案的“sections”应为列表。</translation>
    </message>
    <message>
        <source>工作方案第%1部分</source>
        <translation>工作方案第%1部分</translation>
    </message>
    <message>
        <source>%1：类型“%2”无效（可用 items、leadership、steps、requirements）。</source>
        <translation>%1：类型“%2”无效（可用 items、leadership、steps、requirements）。</translation>
    </message>
    <message>
        <source>%1缺少标题（heading）。</source>
        <translation>%1缺少标题（heading）。</translation>
    </message>
    <message>
        <source>%1的“paragraphs”应为文字或文字列表。</source>
        <translation>%1的“paragraphs”应为文字或文字列表。</translation>
    </message>
    <message>
        <source>%1：领导小组第%2位成员缺少姓名。</source>
        <translation>%1：领导小组第%2位成员缺少姓名。</translation>
    </message>
    <message>
        <source>%1：第（%2）项是空的。</source>
        <translation>%1：第（%2）项是空的。</translation>
    </message>
    <message>
        <source>%1的“closing”应为文字或文字列表。</source>
        <translation>%1的“closing”应为文字或文字列表。</translation>
    </message>
    <message>
        <source>工作方案中“%1”含有控制字符（第%2个字符，U+%3），请删除。</source>
        <translation>工作方案中“%1”含有控制字符（第%2个字符，U+%3），请删除。</translation>
    </message>
</context>
<context>
    <name>WorkPlanActions</name>
    <message>
        <source>请先保存专项整治，再保存它的工作方案。</source>
        <translation>请先保存专项整治，再保存它的工作方案。</translation>
    </message>
</context>
<context>
    <name>WorkPlanRepository</name>
    <message>
        <source>无法读取工作方案：%1</source>
        <translation>无法读取工作方案：%1</translation>
    </message>
    <message>
        <source>专项整治 %1 存储的工作方案无法读取：%2</source>
        <translation>专项整治 %1 存储的工作方案无法读取：%2</translation>
    </message>
    <message>
        <source>专项整治 %1 存储的工作方案有误：%2</source>
        <translation>专项整治 %1 存储的工作方案有误：%2</translation>
    </message>
    <message>
        <source>无法保存工作方案：%1</source>
        <translation>无法保存工作方案：%1</translation>
    </message>
</context>
<context>
    <name>WorkbookImport</name>
    <message>
        <source>新增</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>有变化</source>
        <translation>有变化</translation>
    </message>
    <message>
        <source>无变化</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>有错误</source>
        <translation>有错误</translation>
    </message>
    <message>
        <source>%1 工作表“%2”：标注为附件%3，标题却是附件%4的，无法确定是哪张表。</source>
        <translation>%1 工作表“%2”：标注为附件%3，标题却是附件%4的，无法确定是哪张表。</translation>
    </message>
    <message>
        <source>%1 工作表“%2”：这是附件%3，由卫生健康局汇总填写，不是机构填报的附件1或附件3。</source>
        <translation>%1 工作表“%2”：这是附件%3，由卫生健康局汇总填写，不是机构填报的附件1或附件3。</translation>
    </message>
    <message>
        <source>%1 工作表“%2”：这是附件%3，不是机构填报的附件1或附件3。</source>
        <translation>%1 工作表“%2”：这是附件%3，不是机构填报的附件1或附件3。</translation>
    </message>
    <message>
        <source>%1 工作表“%2”：文件中已有一张附件%3，不能重复。</source>
        <translation>%1 工作表“%2”：文件中已有一张附件%3，不能重复。</translation>
    </message>
    <message>
        <source>%1：不是附件1或附件3的报表（各工作表中都没有“附件1”“附件3”字样或统计表标题）。</source>
        <translation>%1：不是附件1或附件3的报表（各工作表中都没有“附件1”“附件3”字样或统计表标题）。</translation>
    </message>
    <message>
        <source>%1 工作表“%2”</source>
        <translation>%1 工作表“%2”</translation>
    </message>
    <message>
        <source>%1：找不到“%2”单元格，无法确定月份（请用本软件生成的空白报表填写）。</source>
        <translation>%1：找不到“%2”单元格，无法确定月份（请用本软件生成的空白报表填写）。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1：“%2”不是有效的月份。</source>
        <translation>%1：“%2”不是有效的月份。</translation>
    </message>
    <message>
        <source>%1：月份%2与同一文件中的%3不同。</source>
        <translation>%1：月份%2与同一文件中的%3不同。</translation>
    </message>
    <message>
        <source>%1：找不到“填报单位”，无法确定是哪个机构的报表。</source>
        <translation>%1：找不到“填报单位”，无法确定是哪个机构的报表。</translation>
    </message>
    <message>
        <source>%1：机构名册中没有“%2”。</source>
        <translation>%1：机构名册中没有“%2”。</translation>
    </message>
    <message>
        <source>%1：填报单位“%2”与同一文件中的“%3”不同。</source>
        <translation>%1：填报单位“%2”与同一文件中的“%3”不同。</translation>
    </message>
    <message>
        <source>%1：%2不在本专项整治的报送月份（%3至%4）内。</source>
        <translation>%1：%2不在本专项整治的报送月份（%3至%4）内。</translation>
    </message>
    <message>
        <source>%1：“%2”在%3不需报送%4（停用、未开业或不是医疗机构）。</source>
        <translation>%1：“%2”在%3不需报送%4（停用、未开业或不是医疗机构）。</translation>
    </message>
    <message>
        <source>%1：找不到表头下的栏号行（%2），表格结构已被改动。</source>
        <translation>%1：找不到表头下的栏号行（%2），表格结构已被改动。</translation>
    </message>
    <message>
        <source>%1 %2（第%3栏 %4）</source>
        <translation>%1 %2（第%3栏 %4）</translation>
    </message>
    <message>
        <source>%1：公式的结果是错误值 %2。</source>
        <translation>%1：公式的结果是错误值 %2。</translation>
    </message>
    <message>
        <source>%1：“%2”不是数字。</source>
        <translation>%1：“%2”不是数字。</translation>
    </message>
    <message>
        <source>%1 %2（第%3栏）</source>
        <translation>%1 %2（第%3栏）</translation>
    </message>
    <message>
        <source>%1 第%2行</source>
        <translation>%1 第%2行</translation>
    </message>
    <message>
        <source>%1：%2 %3的%4已在 %5 中，同一张表不能导入两次。</source>
        <translation>%1：%2 %3的%4已在 %5 中，同一张表不能导入两次。</translation>
    </message>
    <message>
        <source>%1 有错误，未导入。</source>
        <translation>%1 有错误，未导入。</translation>
    </message>
    <message>
        <source>%1：所有填报栏都是空的，不是一份报表，未导入任何数据；已存的数据不变。</source>
        <translation>%1：所有填报栏都是空的，不是一份报表，未导入任何数据；已存的数据不变。</translation>
    </message>
    <message>
        <source>%1 没有这一栏</source>
        <translation>%1 没有这一栏</translation>
    </message>
    <message>
        <source>%1 %2 为空</source>
        <translation>%1 %2 为空</translation>
    </message>
    <message>
        <source>%1 %2（第%3栏）：%4。</source>
        <translation>%1 %2（第%3栏）：%4。</translation>
    </message>
    <message>
        <source>%1 第%2行：“%3”的填报栏全部为空，不是一份报表，%4未导入，已存的数据不变。</source>
        <translation>%1 第%2行：“%3”的填报栏全部为空，不是一份报表，%4未导入，已存的数据不变。</translation>
    </message>
    <message>
        <source>%1 第%2行第%3栏</source>
        <translation>%1 第%2行第%3栏</translation>
    </message>
    <message>
        <source>%1：公式没有计算结果，请在 Excel/WPS 中打开并保存后再导入。</source>
        <translation>%1：公式没有计算结果，请在 Excel/WPS 中打开并保存后再导入。</translation>
    </message>
    <message>
        <source>%1：将已存的%2累计数%3改为%4（减少），请确认这是更正。</source>
        <translation>%1：将已存的%2累计数%3改为%4（减少），请确认这是更正。</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1：收到日期 %2 早于专项整治开始的日期 %3。</source>
        <translation>%1：收到日期 %2 早于专项整治开始的日期 %3。</translation>
    </message>
    <message>
        <source>%1：收到日期 %2 早于所报月份%3的第一天。</source>
        <translation>%1：收到日期 %2 早于所报月份%3的第一天。</translation>
    </message>
    <message>
        <source>正在检查 %1（%2/%3）</source>
        <translation>正在检查 %1（%2/%3）</translation>
    </message>
    <message>
        <source>%1：无法读取已存的数据，未检查也未导入：%2</source>
        <translation>%1：无法读取已存的数据，未检查也未导入：%2</translation>
    </message>
</context>
<context>
    <name>XlsxFormSheet</name>
    <message>
        <source>工作表“%1”%2 单元格写入失败：%3</source>
        <translation>工作表“%1”%2 单元格写入失败：%3</translation>
    </message>
    <message>
        <source>请填写不小于 0 的整数。</source>
        <translation>请填写不小于 0 的整数。</translation>
    </message>
    <message>
        <source>请填写不小于 0 的金额（万元）。</source>
        <translation>请填写不小于 0 的金额（万元）。</translation>
    </message>
    <message>
        <source>工作表“%1”%2 单元格的数字 %3 不是有效数字，未导出：请检查该单位这个月的报表</source>
        <translation>工作表“%1”%2 单元格的数字 %3 不是有效数字，未导出：请检查该单位这个月的报表</translation>
    </message>
    <message>
        <source>&amp;C第 &amp;P 页</source>
        <translation>&amp;C第 &amp;P 页</translation>
    </message>
</context>
<context>
    <name>XlsxFormWriter</name>
    <message>
        <source>没有要导出的表格，未写入 %1。</source>
        <translation>没有要导出的表格，未写入 %1。</translation>
    </message>
    <message>
        <source>表格缺少格式描述，未写入 %1。</source>
        <translation>表格缺少格式描述，未写入 %1。</translation>
    </message>
    <message>
        <source>%1：工作表名“%2”不可用（%3）。</source>
        <translation>%1：工作表名“%2”不可用（%3）。</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 过大（超过 %2 MiB），不是可导入的工作簿。</source>
        <translation>%1 过大（超过 %2 MiB），不是可导入的工作簿。</translation>
    </message>
    <message>
        <source>%1 已损坏：%2。</source>
        <translation>%1 已损坏：%2。</translation>
    </message>
    <message>
        <source>%1 含有 DTD 声明，工作簿中不应出现</source>
        <translation>%1 含有 DTD 声明，工作簿中不应出现</translation>
    </message>
    <message>
        <source>%1 第 %2 行第 %3 列的 XML 格式错误（%4）</source>
        <translation>%1 第 %2 行第 %3 列的 XML 格式错误（%4）</translation>
    </message>
    <message>
        <source>%1 的单元格和文字过多（超过 %2 个），拒绝读取：文件可能已损坏。</source>
        <translation>%1 的单元格和文字过多（超过 %2 个），拒绝读取：文件可能已损坏。</translation>
    </message>
    <message>
        <source>%1 是加密或旧版 .xls 格式的工作簿，无法读取：请在 Excel 或 WPS 中取消密码保护，并另存为 Excel 工作簿（.xlsx）后重试。</source>
        <translation>%1 是加密或旧版 .xls 格式的工作簿，无法读取：请在 Excel 或 WPS 中取消密码保护，并另存为 Excel 工作簿（.xlsx）后重试。</translation>
    </message>
    <message>
        <source>%1 是空文件，不是 .xlsx 工作簿。</source>
        <translation>%1 是空文件，不是 .xlsx 工作簿。</translation>
    </message>
    <message>
        <source>缺少工作表“%1”的内容（%2）</source>
        <translation>缺少工作表“%1”的内容（%2）</translation>
    </message>
    <message>
        <source>%1 不是 Excel 工作簿：%2 不是工作簿的内容。</source>
        <translation>%1 不是 Excel 工作簿：%2 不是工作簿的内容。</translation>
    </message>
    <message>
        <source>%1 中没有列出任何工作表</source>
        <translation>%1 中没有列出任何工作表</translation>
    </message>
    <message>
        <source>%1 是 Excel 二进制工作簿（.xlsb），请另存为 Excel 工作簿（.xlsx）后重试。</source>
        <translation>%1 是 Excel 二进制工作簿（.xlsb），请另存为 Excel 工作簿（.xlsx）后重试。</translation>
    </message>
    <message>
        <source>%1 是 OpenDocument 表格（.ods），不是 .xlsx 工作簿：请在 WPS、Excel 或 LibreOffice 中另存为 Excel 工作簿（.xlsx）后重试。</source>
        <translation>%1 是 OpenDocument 表格（.ods），不是 .xlsx 工作簿：请在 WPS、Excel 或 LibreOffice 中另存为 Excel 工作簿（.xlsx）后重试。</translation>
    </message>
    <message>
        <source>%1 不是 Excel 工作簿：缺少 xl/workbook.xml。</source>
        <translation>%1 不是 Excel 工作簿：缺少 xl/workbook.xml。</translation>
    </message>
    <message>
        <source>缺少 %1</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>工作表“%1”</source>
        <translation>工作表“%1”</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 的行号“%2”无效或超出 Excel 的范围</source>
        <translation>%1 的行号“%2”无效或超出 Excel 的范围</translation>
    </message>
    <message>
        <source>%1 第 %2 行的单元格超出 Excel 的列范围</source>
        <translation>%1 第 %2 行的单元格超出 Excel 的列范围</translation>
    </message>
    <message>
        <source>%1 的单元格地址“%2”无效或超出 Excel 的范围</source>
        <translation>%1 的单元格地址“%2”无效或超出 Excel 的范围</translation>
    </message>
    <message>
        <source>%1 单元格 %2</source>
        <translation>%1 单元格 %2</translation>
    </message>
    <message>
        <source>%1 的合并区域“%2”无效</source>
        <translation>%1 的合并区域“%2”无效</translation>
    </message>
    <message>
        <source>%1 的%2合并单元格过多（超过 %3 个），拒绝读取：文件可能已损坏。</source>
        <translation>%1 的%2合并单元格过多（超过 %3 个），拒绝读取：文件可能已损坏。</translation>
    </message>
    <message>
        <source>%1 引用了不存在的共享字符串 %2</source>
        <translation>%1 引用了不存在的共享字符串 %2</translation>
    </message>
    <message>
        <source>%1 的逻辑值“%2”无效</source>
        <translation>%1 的逻辑值“%2”无效</translation>
    </message>
    <message>
        <source>%1 的数值“%2”无效</source>
        <translation>%1 的数值“%2”无效</translation>
    </message>
    <message>
        <source>%1 的合并区域“%2”与“%3”重叠</source>
        <translation>%1 的合并区域“%2”与“%3”重叠</translation>
    </message>
    <message>
        <source>%1 的第 %2 行出现了两次</source>
        <translation>%1 的第 %2 行出现了两次</translation>
    </message>
    <message>
        <source>%1 的单元格 %2 出现了两次</source>
        <translation>%1 的单元格 %2 出现了两次</translation>
    </message>
</context>
<context>
    <name>XlsxTarget</name>
    <message>
        <source>文件夹 %1 不存在，未写入 %2。</source>
        <translation>文件夹 %1 不存在，未写入 %2。</translation>
    </message>
    <message>
        <source>无法生成 Excel 文件 %1（内存不足或临时文件不可写）。</source>
        <translation>无法生成 Excel 文件 %1（内存不足或临时文件不可写）。</translation>
    </message>
    <message>
        <source>无法生成 Excel 文件 %1。</source>
        <translation>无法生成 Excel 文件 %1。</translation>
    </message>
    <message>
        <source>未写入 %1。</source>
        <translation>未写入 %1。</translation>
    </message>
    <message>
        <source>无法生成 Excel 文件 %1：%2</source>
        <translation>无法生成 Excel 文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>XlsxWriteError</name>
    <message>
        <source>Excel 文件生成失败（%1）</source>
        <translation>Excel 文件生成失败（%1）</translation>
    </message>
</context>
<context>
    <name>YearMonth</name>
    <message>
        <source>yyyy年M月</source>
        <comment>date format of a month</comment>
        <translation>yyyy年M月</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>%1 不是 .xlsx 工作簿：文件不是 ZIP 格式或已损坏。</source>
        <translation>%1 不是 .xlsx 工作簿：文件不是 ZIP 格式或已损坏。</translation>
    </message>
    <message>
        <source>%1 已损坏：ZIP 目录无法读取。</source>
        <translation>%1 已损坏：ZIP 目录无法读取。</translation>
    </message>
    <message>
        <source>%1 包含的文件过多（超过 %2 个），拒绝读取。</source>
        <translation>%1 包含的文件过多（超过 %2 个），拒绝读取。</translation>
    </message>
    <message>
        <source>%1 缺少 %2。</source>
        <translation>%1 缺少 %2。</translation>
    </message>
    <message>
        <source>%1 已损坏：无法解压其中的 %2。</source>
        <translation>%1 已损坏：无法解压其中的 %2。</translation>
    </message>
    <message>
        <source>%1 中的 %2 解压后过大（超过 %3 MiB），拒绝读取：文件可能已损坏。</source>
        <translation>%1 中的 %2 解压后过大（超过 %3 MiB），拒绝读取：文件可能已损坏。</translation>
    </message>
    <message>
        <source>%1 中的 %2 设有密码，无法读取：请取消密码保护并另存为 .xlsx 后重试。</source>
        <translation>%1 中的 %2 设有密码，无法读取：请取消密码保护并另存为 .xlsx 后重试。</translation>
    </message>
    <message>
        <source>%1 已损坏：其中有两个同名的部件“%2”和“%3”（名称只差大小写或斜杠），无法确定该读哪一个。</source>
        <translation>%1 已损坏：其中有两个同名的部件“%2”和“%3”（名称只差大小写或斜杠），无法确定该读哪一个。</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>无法写入压缩包成员“%1”：压缩包已结束或出错。</source>
        <translation>无法写入压缩包成员“%1”：压缩包已结束或出错。</translation>
    </message>
    <message>
        <source>压缩包中已有成员“%1”。</source>
        <translation>压缩包中已有成员“%1”。</translation>
    </message>
    <message>
        <source>无法把“%1”写入压缩包（错误 %2）。</source>
        <translation>无法把“%1”写入压缩包（错误 %2）。</translation>
    </message>
    <message>
        <source>压缩包出错，未能生成。</source>
        <translation>压缩包出错，未能生成。</translation>
    </message>
    <message>
        <source>无法结束压缩包（错误 %1）。</source>
        <translation>无法结束压缩包（错误 %1）。</translation>
    </message>
</context>
<context>
    <name>qf::AnalysisSignals</name>
    <message>
        <source>%1检查发现问题（%2）</source>
        <translation>%1检查发现问题（%2）</translation>
    </message>
    <message>
        <source>线索%1（%2受理）经核查%3</source>
        <translation>线索%1（%2受理）经核查%3</translation>
    </message>
    <message>
        <source>问题%1（%2）</source>
        <translation>问题%1（%2）</translation>
    </message>
    <message>
        <source>%1：%2发现、%3整改</source>
        <translation>%1：%2发现、%3整改</translation>
    </message>
</context>
<context>
    <name>qf::Ledgers</name>
    <message>
        <source>诫勉谈话</source>
        <translation>诫勉谈话</translation>
    </message>
    <message>
        <source>通报批评</source>
        <translation>通报批评</translation>
    </message>
    <message>
        <source>第一种形态其他</source>
        <translation>第一种形态其他</translation>
    </message>
    <message>
        <source>检查监察建议书</source>
        <translation>检查监察建议书</translation>
    </message>
    <message>
        <source>民主（组织）生活会</source>
        <translation>民主（组织）生活会</translation>
    </message>
    <message>
        <source>警示教育活动</source>
        <translation>警示教育活动</translation>
    </message>
    <message>
        <source>建立完善制度</source>
        <translation>建立完善制度</translation>
    </message>
    <message>
        <source>解决群众实际问题</source>
        <translation>解决群众实际问题</translation>
    </message>
    <message>
        <source>培训班</source>
        <translation>培训班</translation>
    </message>
    <message>
        <source>编制警示教育案例</source>
        <translation>编制警示教育案例</translation>
    </message>
    <message>
        <source>主动交待问题</source>
        <translation>主动交待问题</translation>
    </message>
    <message>
        <source>收受回扣案件</source>
        <translation>收受回扣案件</translation>
    </message>
    <message>
        <source>收受红包礼金案件</source>
        <translation>收受红包礼金案件</translation>
    </message>
    <message>
        <source>明察暗访</source>
        <translation>明察暗访</translation>
    </message>
    <message>
        <source>飞行检查</source>
        <translation>飞行检查</translation>
    </message>
    <message>
        <source>突击检查</source>
        <translation>突击检查</translation>
    </message>
    <message>
        <source>专项检查</source>
        <translation>专项检查</translation>
    </message>
    <message>
        <source>日常检查</source>
        <translation>日常检查</translation>
    </message>
    <message>
        <source>问题清单中发现日期在月末之前的问题（自查和上级检查）</source>
        <translation>问题清单中发现日期在月末之前的问题（自查和上级检查）</translation>
    </message>
    <message>
        <source>月末时处于“已整改”或“已销号”的问题</source>
        <translation>月末时处于“已整改”或“已销号”的问题</translation>
    </message>
    <message>
        <source>诫勉谈话记录的涉及人数之和</source>
        <translation>诫勉谈话记录的涉及人数之和</translation>
    </message>
    <message>
        <source>通报批评记录的涉及人数之和（本级印发的通报）</source>
        <translation>通报批评记录的涉及人数之和（本级印发的通报）</translation>
    </message>
    <message>
        <source>第一种形态其他措施记录的涉及人数之和</source>
        <translation>第一种形态其他措施记录的涉及人数之和</translation>
    </message>
    <message>
        <source>收到的检查、监察建议书份数</source>
        <translation>收到的检查、监察建议书份数</translation>
    </message>
    <message>
        <source>月末之前已执行完成并回复的建议书份数</source>
        <translation>月末之前已执行完成并回复的建议书份数</translation>
    </message>
    <message>
        <source>召开民主（组织）生活会的次数</source>
        <translation>召开民主（组织）生活会的次数</translation>
    </message>
    <message>
        <source>开展警示教育活动的次数</source>
        <translation>开展警示教育活动的次数</translation>
    </message>
    <message>
        <source>建立完善的制度个数</source>
        <translation>建立完善的制度个数</translation>
    </message>
    <message>
        <source>解决群众实际问题的个数</source>
        <translation>解决群众实际问题的个数</translation>
    </message>
    <message>
        <source>被检查过的医保定点机构家数（同一机构多次检查计1家）</source>
        <translation>被检查过的医保定点机构家数（同一机构多次检查计1家）</translation>
    </message>
    <message>
        <source>受到第4至10栏任一处理的机构家数</source>
        <translation>受到第4至10栏任一处理的机构家数</translation>
    </message>
    <message>
        <source>被约谈的机构家数</source>
        <translation>被约谈的机构家数</translation>
    </message>
    <message>
        <source>被通报批评的机构家数</source>
        <translation>被通报批评的机构家数</translation>
    </message>
    <message>
        <source>被责令限期整改的机构家数</source>
        <translation>被责令限期整改的机构家数</translation>
    </message>
    <message>
        <source>移交线索的条数之和</source>
        <translation>移交线索的条数之和</translation>
    </message>
    <message>
        <source>被追回资金的机构家数</source>
        <translation>被追回资金的机构家数</translation>
    </message>
    <message>
        <source>被行政罚款的机构家数</source>
        <translation>被行政罚款的机构家数</translation>
    </message>
    <message>
        <source>受到其他处理的机构家数</source>
        <translation>受到其他处理的机构家数</translation>
    </message>
    <message>
        <source>主动清退、追回基金和行政罚款金额之和（万元）</source>
        <translation>主动清退、追回基金和行政罚款金额之和（万元）</translation>
    </message>
    <message>
        <source>主动清退基金金额之和（万元）</source>
        <translation>主动清退基金金额之和（万元）</translation>
    </message>
    <message>
        <source>追回基金金额之和（万元）</source>
        <translation>追回基金金额之和（万元）</translation>
    </message>
    <message>
        <source>行政罚款金额之和（万元）</source>
        <translation>行政罚款金额之和（万元）</translation>
    </message>
    <message>
        <source>暂停执业人数之和</source>
        <translation>暂停执业人数之和</translation>
    </message>
    <message>
        <source>吊销执业证书人数之和</source>
        <translation>吊销执业证书人数之和</translation>
    </message>
    <message>
        <source>移送司法机关人数之和</source>
        <translation>移送司法机关人数之和</translation>
    </message>
    <message>
        <source>举办培训班的次数</source>
        <translation>举办培训班的次数</translation>
    </message>
    <message>
        <source>培训班参训人数之和</source>
        <translation>培训班参训人数之和</translation>
    </message>
    <message>
        <source>编制的警示教育案例个数</source>
        <translation>编制的警示教育案例个数</translation>
    </message>
    <message>
        <source>涉及本机构、月末时已核查办结（含销号）的线索条数</source>
        <translation>涉及本机构、月末时已核查办结（含销号）的线索条数</translation>
    </message>
    <message>
        <source>主动交待问题的人数之和</source>
        <translation>主动交待问题的人数之和</translation>
    </message>
    <message>
        <source>约谈供应商的家次</source>
        <translation>约谈供应商的家次</translation>
    </message>
    <message>
        <source>查处收受回扣案件的起数</source>
        <translation>查处收受回扣案件的起数</translation>
    </message>
    <message>
        <source>收受回扣案件涉及人数之和</source>
        <translation>收受回扣案件涉及人数之和</translation>
    </message>
    <message>
        <source>收受回扣案件涉案金额之和（万元）</source>
        <translation>收受回扣案件涉案金额之和（万元）</translation>
    </message>
    <message>
        <source>查处收受红包礼金等案件的起数</source>
        <translation>查处收受红包礼金等案件的起数</translation>
    </message>
    <message>
        <source>红包礼金等案件涉及人数之和</source>
        <translation>红包礼金等案件涉及人数之和</translation>
    </message>
    <message>
        <source>红包礼金等案件涉案金额之和（万元）</source>
        <translation>红包礼金等案件涉案金额之和（万元）</translation>
    </message>
    <message>
        <source>问题清单</source>
        <translation>问题清单</translation>
    </message>
    <message>
        <source>线索台账</source>
        <translation>线索台账</translation>
    </message>
    <message>
        <source>监督检查</source>
        <translation>监督检查</translation>
    </message>
    <message>
        <source>以案促改与教育</source>
        <translation>以案促改与教育</translation>
    </message>
    <message>
        <source>约谈供应商</source>
        <translation>约谈供应商</translation>
    </message>
    <message>
        <source>负面名单</source>
        <translation>负面名单</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>临近期限</source>
        <translation>临近期限</translation>
    </message>
    <message>
        <source>按期推进</source>
        <translation>按期推进</translation>
    </message>
    <message>
        <source>自查</source>
        <translation>自查</translation>
    </message>
    <message>
        <source>上级检查</source>
        <translation>上级检查</translation>
    </message>
    <message>
        <source>发现</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>整改中</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>已整改</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>已销号</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>来信</source>
        <translation>来信</translation>
    </message>
    <message>
        <source>来访</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>网络</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>上级交办</source>
        <translation>上级交办</translation>
    </message>
    <message>
        <source>部门移送</source>
        <translation>部门移送</translation>
    </message>
    <message>
        <source>下级报送</source>
        <translation>下级报送</translation>
    </message>
    <message>
        <source>巡视巡察移交</source>
        <translation>巡视巡察移交</translation>
    </message>
    <message>
        <source>纪律审查</source>
        <translation>纪律审查</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>核查中</source>
        <translation>核查中</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>未核实</source>
        <translation>未核实</translation>
    </message>
    <message>
        <source>属实</source>
        <translation>属实</translation>
    </message>
    <message>
        <source>部分属实</source>
        <translation>部分属实</translation>
    </message>
    <message>
        <source>不属实</source>
        <translation>不属实</translation>
    </message>
    <message>
        <source>%1第%2栏的台账计算方法“%3”不存在。</source>
        <translation>%1第%2栏的台账计算方法“%3”不存在。</translation>
    </message>
    <message>
        <source>%1第%2栏的台账计算方法“%3”已用于另一栏。</source>
        <translation>%1第%2栏的台账计算方法“%3”已用于另一栏。</translation>
    </message>
</context>
<context>
    <name>qf::MailAccountActions</name>
    <message>
        <source>还没有专项整治，无法核对收报股室“%1”：请先新建专项整治，或不填收报股室。</source>
        <translation>还没有专项整治，无法核对收报股室“%1”：请先新建专项整治，或不填收报股室。</translation>
    </message>
    <message>
        <source>专项整治“%1”没有设置股室，收报股室“%2”无从核对：请先在专项整治中添加股室，或不填收报股室。</source>
        <translation>专项整治“%1”没有设置股室，收报股室“%2”无从核对：请先在专项整治中添加股室，或不填收报股室。</translation>
    </message>
    <message>
        <source>收报股室“%1”不是专项整治中的股室（%2）：催报按股室找发信邮箱，请选择其中之一，或不填。</source>
        <translation>收报股室“%1”不是专项整治中的股室（%2）：催报按股室找发信邮箱，请选择其中之一，或不填。</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>邮箱“%1”的文件夹名称“%2”含有 %、* 或控制字符：请填写服务器上文件夹的确切名称。</source>
        <translation>邮箱“%1”的文件夹名称“%2”含有 %、* 或控制字符：请填写服务器上文件夹的确切名称。</translation>
    </message>
</context>
<context>
    <name>qf::charts::ChartView</name>
    <message>
        <source>无数据</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>%1 · %2：%3</source>
        <translation>%1 · %2：%3</translation>
    </message>
</context>
<context>
    <name>qf::cli</name>
    <message>
        <source>请用 --out 指定输出的 PDF 文件。</source>
        <translation>请用 --out 指定输出的 PDF 文件。</translation>
    </message>
    <message>
        <source>--kind 只能是“医疗机构”或“定点零售药店”。</source>
        <translation>--kind 只能是“医疗机构”或“定点零售药店”。</translation>
    </message>
    <message>
        <source>以下机构举报渠道不全，已跳过：</source>
        <translation>以下机构举报渠道不全，已跳过：</translation>
    </message>
    <message>
        <source>以下机构举报渠道不全，未生成任何公告：</source>
        <translation>以下机构举报渠道不全，未生成任何公告：</translation>
    </message>
    <message>
        <source>请在机构名册中补填，或加 --skip-incomplete 跳过这些机构。</source>
        <translation>请在机构名册中补填，或加 --skip-incomplete 跳过这些机构。</translation>
    </message>
    <message>
        <source>没有符合条件的机构，未生成公告。</source>
        <translation>没有符合条件的机构，未生成公告。</translation>
    </message>
    <message>
        <source>已生成 %1 张公告（每家机构一页）：%2</source>
        <translation>已生成 %1 张公告（每家机构一页）：%2</translation>
    </message>
    <message>
        <source>已生成通知（共 %1 页）：%2</source>
        <translation>已生成通知（共 %1 页）：%2</translation>
    </message>
    <message>
        <source>把专项整治工作公告（附件4）生成一个 PDF，每家机构一页</source>
        <translation>把专项整治工作公告（附件4）生成一个 PDF，每家机构一页</translation>
    </message>
    <message>
        <source>不指定机构时为全部在用机构；--township、--kind 进一步筛选；--institution 可重复，写全称或简称。
举报电话或举报邮箱为空的机构会被列出，并且不生成任何公告（退出码 1），
除非加 --skip-incomplete 跳过它们。落款日期默认为今天（专项整治期间外为通知日期）。
专项整治默认为最近新建的一个。</source>
        <translation>不指定机构时为全部在用机构；--township、--kind 进一步筛选；--institution 可重复，写全称或简称。
举报电话或举报邮箱为空的机构会被列出，并且不生成任何公告（退出码 1），
除非加 --skip-incomplete 跳过它们。落款日期默认为今天（专项整治期间外为通知日期）。
专项整治默认为最近新建的一个。</translation>
    </message>
    <message>
        <source>必须给出 --form 1|2|3 和 --out 文件.pdf。</source>
        <translation>必须给出 --form 1|2|3 和 --out 文件.pdf。</translation>
    </message>
    <message>
        <source>必须用 --month YYYY-MM 指定月份（如 2021-08）。</source>
        <translation>必须用 --month YYYY-MM 指定月份（如 2021-08）。</translation>
    </message>
    <message>
        <source>已生成%1（%2，共 %3 页）：%4</source>
        <translation>已生成%1（%2，共 %3 页）：%4</translation>
    </message>
    <message>
        <source>把某月的统计表（附件1—3）生成 PDF，版式与导出的 Excel 相同</source>
        <translation>把某月的统计表（附件1—3）生成 PDF，版式与导出的 Excel 相同</translation>
    </message>
    <message>
        <source>A4 横向，一页宽；表头在每页重复，页脚有页码。--date 为填报时间，缺省为今天。
数据有错误时照样生成（便于核对），错误和提示列在标准错误上。
专项整治默认为最近新建的一个。</source>
        <translation>A4 横向，一页宽；表头在每页重复，页脚有页码。--date 为填报时间，缺省为今天。
数据有错误时照样生成（便于核对），错误和提示列在标准错误上。
专项整治默认为最近新建的一个。</translation>
    </message>
    <message>
        <source>请用 --month YYYY-MM 指定月份，用 --out DIR 指定输出文件夹。</source>
        <translation>请用 --month YYYY-MM 指定月份，用 --out DIR 指定输出文件夹。</translation>
    </message>
    <message>
        <source>“%1”不是有效的月份，应写成 YYYY-MM。</source>
        <translation>“%1”不是有效的月份，应写成 YYYY-MM。</translation>
    </message>
    <message>
        <source>无法创建文件夹 %1。</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>已生成 %1 个机构的%2空白报表。</source>
        <translation>已生成 %1 个机构的%2空白报表。</translation>
    </message>
    <message>
        <source>请指定要导入的 .xlsx 文件或文件夹。</source>
        <translation>请指定要导入的 .xlsx 文件或文件夹。</translation>
    </message>
    <message>
        <source>错误　</source>
        <translation>错误　</translation>
    </message>
    <message>
        <source>提示　</source>
        <translation>提示　</translation>
    </message>
    <message>
        <source>%1 个文件有错误，未导入任何数据（加 --accept-clean 只导入无误的文件）。</source>
        <translation>%1 个文件有错误，未导入任何数据（加 --accept-clean 只导入无误的文件）。</translation>
    </message>
    <message>
        <source>已导入 %1 个文件，%2 个文件有错误未导入。</source>
        <translation>已导入 %1 个文件，%2 个文件有错误未导入。</translation>
    </message>
    <message>
        <source>为每个报送机构生成当月的空白报表（附件1、附件3）</source>
        <translation>为每个报送机构生成当月的空白报表（附件1、附件3）</translation>
    </message>
    <message>
        <source>每个机构一个 .xlsx 文件，已填好填报单位和报表月份，并预填截至上月的累计数；
只有填报栏可以修改。机构填好后用 reports import 导入。</source>
        <translation>每个机构一个 .xlsx 文件，已填好填报单位和报表月份，并预填截至上月的累计数；
只有填报栏可以修改。机构填好后用 reports import 导入。</translation>
    </message>
    <message>
        <source>导入机构填好的报表（.xlsx）</source>
        <translation>导入机构填好的报表（.xlsx）</translation>
    </message>
    <message>
        <source>收到日期 %1 晚于今天。</source>
        <translation>收到日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>收到 %1</source>
        <translation>收到 %1</translation>
    </message>
    <message>
        <source>按单元格中的附件、填报单位和报表月份识别每个文件，检查后与已存数据比较。
任何文件有错误时不导入任何数据并返回 1；加 --accept-clean 则只导入无误的文件（仍返回 1）。
每个文件在一个事务中导入，要么全部导入，要么都不导入。
空白的填报栏不是0：已存有当月数字的，保留已存数字并逐格提示；所有填报栏都为空的文件不是报表，不导入。
只读取填报单位所标明的机构自己那一行；找不到这一行或别的机构的行中填了数字时报错。
收到日期决定按时还是补报：默认取每个文件的修改日期，--received 为所有文件指定收到日期。</source>
        <translation>按单元格中的附件、填报单位和报表月份识别每个文件，检查后与已存数据比较。
任何文件有错误时不导入任何数据并返回 1；加 --accept-clean 则只导入无误的文件（仍返回 1）。
每个文件在一个事务中导入，要么全部导入，要么都不导入。
空白的填报栏不是0：已存有当月数字的，保留已存数字并逐格提示；所有填报栏都为空的文件不是报表，不导入。
只读取填报单位所标明的机构自己那一行；找不到这一行或别的机构的行中填了数字时报错。
收到日期决定按时还是补报：默认取每个文件的修改日期，--received 为所有文件指定收到日期。</translation>
    </message>
    <message>
        <source>--%1 应是 1 到 65535 之间的端口号。</source>
        <translation>--%1 应是 1 到 65535 之间的端口号。</translation>
    </message>
    <message>
        <source>请给出邮箱名称，并用 --address 和 --imap-host 指定邮箱地址和收信服务器。</source>
        <translation>请给出邮箱名称，并用 --address 和 --imap-host 指定邮箱地址和收信服务器。</translation>
    </message>
    <message>
        <source>邮箱“%1”已修改。</source>
        <translation>邮箱“%1”已修改。</translation>
    </message>
    <message>
        <source>邮箱“%1”已添加。</source>
        <translation>邮箱“%1”已添加。</translation>
    </message>
    <message>
        <source>授权码已保存在系统密钥环中。</source>
        <translation>授权码已保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>授权码未能保存：%1（收取时再输入）。</source>
        <translation>授权码未能保存：%1（收取时再输入）。</translation>
    </message>
    <message>
        <source>名称	地址	收信服务器	用户名	邮箱文件夹	股室</source>
        <translation>名称	地址	收信服务器	用户名	邮箱文件夹	股室</translation>
    </message>
    <message>
        <source>请给出要删除的邮箱名称。</source>
        <translation>请给出要删除的邮箱名称。</translation>
    </message>
    <message>
        <source>没有名为“%1”的邮箱。</source>
        <translation>没有名为“%1”的邮箱。</translation>
    </message>
    <message>
        <source>邮箱“%1”已删除。</source>
        <translation>邮箱“%1”已删除。</translation>
    </message>
    <message>
        <source>还没有设置邮箱：先用 mail account add 添加。</source>
        <translation>还没有设置邮箱：先用 mail account add 添加。</translation>
    </message>
    <message>
        <source>邮箱“%1”：系统密钥环中没有保存授权码，请用 --password-stdin 输入。</source>
        <translation>邮箱“%1”：系统密钥环中没有保存授权码，请用 --password-stdin 输入。</translation>
    </message>
    <message>
        <source>邮箱“%1”：新邮件 %2 封，已收取 %3 封（重复 %4 封），待导入报表 %5 个。</source>
        <translation>邮箱“%1”：新邮件 %2 封，已收取 %3 封（重复 %4 封），待导入报表 %5 个。</translation>
    </message>
    <message>
        <source>预览：以上 %1 个报表尚未导入。</source>
        <translation>预览：以上 %1 个报表尚未导入。</translation>
    </message>
    <message>
        <source>已导入 %1 个报表，%2 个有错误未导入（已记下，可回复机构更正）。</source>
        <translation>已导入 %1 个报表，%2 个有错误未导入（已记下，可回复机构更正）。</translation>
    </message>
    <message>
        <source>添加（或修改）一个股室的收报邮箱</source>
        <translation>添加（或修改）一个股室的收报邮箱</translation>
    </message>
    <message>
        <source>列出收报邮箱</source>
        <translation>列出收报邮箱</translation>
    </message>
    <message>
        <source>删除一个收报邮箱</source>
        <translation>删除一个收报邮箱</translation>
    </message>
    <message>
        <source>已从邮箱收取过邮件的不能删除：那些邮件是报送的凭据。</source>
        <translation>已从邮箱收取过邮件的不能删除：那些邮件是报送的凭据。</translation>
    </message>
    <message>
        <source>收取报表：从邮箱收取新邮件并导入其中的报表</source>
        <translation>收取报表：从邮箱收取新邮件并导入其中的报表</translation>
    </message>
    <message>
        <source>请用 --out 指定输出的 .docx 或 .pdf 文件。</source>
        <translation>请用 --out 指定输出的 .docx 或 .pdf 文件。</translation>
    </message>
    <message>
        <source>--month 需要 YYYY-MM 格式的月份（如 2021-11）。</source>
        <translation>--month 需要 YYYY-MM 格式的月份（如 2021-11）。</translation>
    </message>
    <message>
        <source>已生成工作总结（共 %1 页）：%2</source>
        <translation>已生成工作总结（共 %1 页）：%2</translation>
    </message>
    <message>
        <source>已生成工作总结：%1</source>
        <translation>已生成工作总结：%1</translation>
    </message>
    <message>
        <source>根据数据起草工作总结（基本情况、主要做法和成效、存在问题、下一步打算），保存为 Word 或 PDF</source>
        <translation>根据数据起草工作总结（基本情况、主要做法和成效、存在问题、下一步打算），保存为 Word 或 PDF</translation>
    </message>
    <message>
        <source>按党政机关公文格式排版：发文机关标志、发文字号、标题、主送机关、正文、附件说明、署名、成文日期、页码；工作方案另起一页，版记在末页（偶数页）。
专项整治默认为最近新建的一个。</source>
        <translation>按党政机关公文格式排版：发文机关标志、发文字号、标题、主送机关、正文、附件说明、署名、成文日期、页码；工作方案另起一页，版记在末页（偶数页）。
专项整治默认为最近新建的一个。</translation>
    </message>
    <message>
        <source>请用 --out 指定输出的 PDF 或 Word（.docx）文件。</source>
        <translation>请用 --out 指定输出的 PDF 或 Word（.docx）文件。</translation>
    </message>
    <message>
        <source>已生成通知（Word 文档）：%1</source>
        <translation>已生成通知（Word 文档）：%1</translation>
    </message>
    <message>
        <source>把专项整治的通知（红头文件格式）及其工作方案生成 PDF 或可编辑的 Word 文档</source>
        <translation>把专项整治的通知（红头文件格式）及其工作方案生成 PDF 或可编辑的 Word 文档</translation>
    </message>
    <message>
        <source>邮箱“%1”：另有 %2 封由同时进行的另一次收取记下，这里跳过。</source>
        <translation>邮箱“%1”：另有 %2 封由同时进行的另一次收取记下，这里跳过。</translation>
    </message>
    <message>
        <source>--%1 应是不小于 %2 的整数。</source>
        <translation>--%1 应是不小于 %2 的整数。</translation>
    </message>
    <message>
        <source>状态	单位	收件人	发信邮箱	主题	附件</source>
        <translation>状态	单位	收件人	发信邮箱	主题	附件</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>发件人：%1 &lt;%2&gt;</source>
        <translation>发件人：%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>收件人：%1 &lt;%2&gt;</source>
        <translation>收件人：%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>主题：%1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <source>发送：%1 → %2</source>
        <translation>发送：%1 → %2</translation>
    </message>
    <message>
        <source>已发送 %1 封，未发出 %2 封，可能已发出 %3 封，留待下次 %4 封。</source>
        <translation>已发送 %1 封，未发出 %2 封，可能已发出 %3 封，留待下次 %4 封。</translation>
    </message>
    <message>
        <source>月份“%1”无效，应为 YYYY-MM。</source>
        <translation>月份“%1”无效，应为 YYYY-MM。</translation>
    </message>
    <message>
        <source>催报邮件（%1，截至%2）：%3 封待发送，共 %4 个逾期单位。</source>
        <translation>催报邮件（%1，截至%2）：%3 封待发送，共 %4 个逾期单位。</translation>
    </message>
    <message>
        <source>预览：没有发送任何邮件；加 --send 发送。</source>
        <translation>预览：没有发送任何邮件；加 --send 发送。</translation>
    </message>
    <message>
        <source>回执：%1 封待发送。</source>
        <translation>回执：%1 封待发送。</translation>
    </message>
    <message>
        <source>不加 --send 只预览（列出收件人、主题和正文，不发送）。--send 发送：每封之间暂停 --pause 秒（默认 5），一次最多 --max 封（默认 30），其余下次再发。同一事项只发送一次：发送记录在数据库中，中断后重新运行不会重发，可能已发出的会列出请核对。授权码取自系统密钥环，或用 --password-stdin 输入。</source>
        <translation>不加 --send 只预览（列出收件人、主题和正文，不发送）。--send 发送：每封之间暂停 --pause 秒（默认 5），一次最多 --max 封（默认 30），其余下次再发。同一事项只发送一次：发送记录在数据库中，中断后重新运行不会重发，可能已发出的会列出请核对。授权码取自系统密钥环，或用 --password-stdin 输入。</translation>
    </message>
    <message>
        <source>催报邮件：给逾期未报的单位发送催报，附该月空白报表</source>
        <translation>催报邮件：给逾期未报的单位发送催报，附该月空白报表</translation>
    </message>
    <message>
        <source>每个逾期未报的单位一封，从其报送股室的邮箱（--account 指定则都从该邮箱）发往名册中登记的邮箱，附该单位该月的空白报表（与 templates 生成的相同）。名册中没有邮箱的单位列为不能发送，请电话催报。
</source>
        <translation>每个逾期未报的单位一封，从其报送股室的邮箱（--account 指定则都从该邮箱）发往名册中登记的邮箱，附该单位该月的空白报表（与 templates 生成的相同）。名册中没有邮箱的单位列为不能发送，请电话催报。
</translation>
    </message>
    <message>
        <source>回执：告诉发来报表的单位已收到，以及有无错误</source>
        <translation>回执：告诉发来报表的单位已收到，以及有无错误</translation>
    </message>
    <message>
        <source>对收取报表导入（或因错误未导入）的每个报表，回复发件人：“已收到2021年11月附件1，核对无误”，或列出每处错误（工作表和单元格）。没有报表只有 .xls、图片等附件的邮件回复原因。
</source>
        <translation>对收取报表导入（或因错误未导入）的每个报表，回复发件人：“已收到2021年11月附件1，核对无误”，或列出每处错误（工作表和单元格）。没有报表只有 .xls、图片等附件的邮件回复原因。
</translation>
    </message>
    <message>
        <source>请用 --draw ID 指定抽查记录的编号。</source>
        <translation>请用 --draw ID 指定抽查记录的编号。</translation>
    </message>
    <message>
        <source>--%1 应为不小于 0 的整数，而不是“%2”。</source>
        <translation>--%1 应为不小于 0 的整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>请用 --out 指定抽查名单、用 --notices 指定检查通知的 PDF 或 Word（.docx）文件。</source>
        <translation>请用 --out 指定抽查名单、用 --notices 指定检查通知的 PDF 或 Word（.docx）文件。</translation>
    </message>
    <message>
        <source>请用 --position N 指定抽查名单中的序号。</source>
        <translation>请用 --position N 指定抽查名单中的序号。</translation>
    </message>
    <message>
        <source>请用 --date YYYY-MM-DD 指定检查日期。</source>
        <translation>请用 --date YYYY-MM-DD 指定检查日期。</translation>
    </message>
    <message>
        <source>找不到抽查记录 %1。</source>
        <translation>找不到抽查记录 %1。</translation>
    </message>
    <message>
        <source>抽查记录 %1 只有 %2 家，没有第 %3 号。</source>
        <translation>抽查记录 %1 只有 %2 家，没有第 %3 号。</translation>
    </message>
    <message>
        <source>已记录抽查记录 %1 第 %2 号的检查结果：检查记录 %3（%4，%5）。</source>
        <translation>已记录抽查记录 %1 第 %2 号的检查结果：检查记录 %3（%4，%5）。</translation>
    </message>
    <message>
        <source>抽查名单</source>
        <translation>抽查名单</translation>
    </message>
    <message>
        <source>检查通知（%1份）</source>
        <translation>检查通知（%1份）</translation>
    </message>
    <message>
        <source>已生成%1（Word 文档）：%2</source>
        <translation>已生成%1（Word 文档）：%2</translation>
    </message>
    <message>
        <source>已生成%1（共 %2 页）：%3</source>
        <translation>已生成%1（共 %2 页）：%3</translation>
    </message>
    <message>
        <source>打印抽查记录的抽查名单和检查通知（PDF 或 Word）</source>
        <translation>打印抽查记录的抽查名单和检查通知（PDF 或 Word）</translation>
    </message>
    <message>
        <source>--out 写抽查名单（序号、机构、所有制、等级、乡镇、检查人员，附种子和复核命令）；--notices 写检查通知，每家被抽中的机构一份。
--inspect-on 为通知中的检查时间（不给则留空待填）；--date 为落款日期（默认今天）。措辞取自专项整治模板的“spotCheck”。</source>
        <translation>--out 写抽查名单（序号、机构、所有制、等级、乡镇、检查人员，附种子和复核命令）；--notices 写检查通知，每家被抽中的机构一份。
--inspect-on 为通知中的检查时间（不给则留空待填）；--date 为落款日期（默认今天）。措辞取自专项整治模板的“spotCheck”。</translation>
    </message>
    <message>
        <source>把抽查名单中一家机构的检查结果记为监督检查台账的一条记录（计入附件2）</source>
        <translation>把抽查名单中一家机构的检查结果记为监督检查台账的一条记录（计入附件2）</translation>
    </message>
    <message>
        <source>--position 为抽查名单的序号；检查人员不给时取抽中的两名，检查方式不给时为“双随机抽查”。每家只能记录一次；检查日期所在月份已签发或已验收时拒绝。金额以元为单位。</source>
        <translation>--position 为抽查名单的序号；检查人员不给时取抽中的两名，检查方式不给时为“双随机抽查”。每家只能记录一次；检查日期所在月份已签发或已验收时拒绝。金额以元为单位。</translation>
    </message>
    <message>
        <source>--preview 只显示将导入什么，不能同时用 --move-to 移动邮件。</source>
        <translation>--preview 只显示将导入什么，不能同时用 --move-to 移动邮件。</translation>
    </message>
    <message>
        <source>邮箱“%1”：</source>
        <translation>邮箱“%1”：</translation>
    </message>
    <message>
        <source>邮箱“%1”：%2 封报表全部导入的邮件已移到文件夹“%3”，%4 封留在邮箱中（报表有错误、未导入，或没有报表）。</source>
        <translation>邮箱“%1”：%2 封报表全部导入的邮件已移到文件夹“%3”，%4 封留在邮箱中（报表有错误、未导入，或没有报表）。</translation>
    </message>
    <message>
        <source>收信用 IMAP，始终加密：端口 993 为 SSL，--starttls 为 143 端口升级加密；不能加密的服务器不会登录。
用户名默认为邮箱地址。密码是邮箱的授权码（不是登录密码），--password-stdin 从标准输入读取并保存在系统密钥环中，
不写入数据库。
--office 须是专项整治（默认最新的一个，或 --campaign）中的股室：催报按股室找发信邮箱。</source>
        <translation>收信用 IMAP，始终加密：端口 993 为 SSL，--starttls 为 143 端口升级加密；不能加密的服务器不会登录。
用户名默认为邮箱地址。密码是邮箱的授权码（不是登录密码），--password-stdin 从标准输入读取并保存在系统密钥环中，
不写入数据库。
--office 须是专项整治（默认最新的一个，或 --campaign）中的股室：催报按股室找发信邮箱。</translation>
    </message>
    <message>
        <source>只收取上次之后到达的邮件，同一封邮件不会收取或导入两次；邮箱中的邮件不作改动（--mark-read 则标为已读）。
每个 .xlsx 附件按 reports import 的规则识别和检查，收到日期取邮件到达邮箱服务器的时间，决定按时还是补报。
有错误的报表不导入，记下错误以便回复机构；.xls、.et、图片等附件记下原因。--preview 只显示将导入什么。
--move-to 在导入后把报表全部导入（或与已存的相同）的邮件移到该文件夹（没有则新建）；有报表出错、未导入或没有报表的
邮件留在邮箱中。
授权码取自系统密钥环，或用 --password-stdin 输入。</source>
        <translation>只收取上次之后到达的邮件，同一封邮件不会收取或导入两次；邮箱中的邮件不作改动（--mark-read 则标为已读）。
每个 .xlsx 附件按 reports import 的规则识别和检查，收到日期取邮件到达邮箱服务器的时间，决定按时还是补报。
有错误的报表不导入，记下错误以便回复机构；.xls、.et、图片等附件记下原因。--preview 只显示将导入什么。
--move-to 在导入后把报表全部导入（或与已存的相同）的邮件移到该文件夹（没有则新建）；有报表出错、未导入或没有报表的
邮件留在邮箱中。
授权码取自系统密钥环，或用 --password-stdin 输入。</translation>
    </message>
    <message>
        <source>请指定 --form 1|2|3 和 --month YYYY-MM。</source>
        <translation>请指定 --form 1|2|3 和 --month YYYY-MM。</translation>
    </message>
    <message>
        <source>附件%1在%2没有单位“%3”。</source>
        <translation>附件%1在%2没有单位“%3”。</translation>
    </message>
    <message>
        <source>请用 --unit 指定要验收的单位。</source>
        <translation>请用 --unit 指定要验收的单位。</translation>
    </message>
    <message>
        <source>已验收 %1 %2的%3，数字已锁定。</source>
        <translation>已验收 %1 %2的%3，数字已锁定。</translation>
    </message>
    <message>
        <source>已签发 %1%2，全部单位的数字已锁定。</source>
        <translation>已签发 %1%2，全部单位的数字已锁定。</translation>
    </message>
    <message>
        <source>解锁必须用 --reason 说明理由（记入变更记录）。</source>
        <translation>解锁必须用 --reason 说明理由（记入变更记录）。</translation>
    </message>
    <message>
        <source>已取消 %1%2的签发，可再修改。</source>
        <translation>已取消 %1%2的签发，可再修改。</translation>
    </message>
    <message>
        <source>已解锁 %1 %2的%3，可再修改。</source>
        <translation>已解锁 %1 %2的%3，可再修改。</translation>
    </message>
    <message>
        <source>--unit 为机构名称或简称，附件2 为“公立医院 三级”等分类。--campaign 指定专项整治编号，缺省为最近新建的一个。</source>
        <translation>--unit 为机构名称或简称，附件2 为“公立医院 三级”等分类。--campaign 指定专项整治编号，缺省为最近新建的一个。</translation>
    </message>
    <message>
        <source>验收一个单位某月的报表：数字锁定，不能再修改</source>
        <translation>验收一个单位某月的报表：数字锁定，不能再修改</translation>
    </message>
    <message>
        <source>单位须已报送该月报表且没有错误。验收时的数字随锁定保存。</source>
        <translation>单位须已报送该月报表且没有错误。验收时的数字随锁定保存。</translation>
    </message>
    <message>
        <source>签发某月的一张表：全部单位的数字锁定</source>
        <translation>签发某月的一张表：全部单位的数字锁定</translation>
    </message>
    <message>
        <source>该月的表有错误时不签发（先用 check 查看）；提示和未报的单位不妨碍签发，请先核对。</source>
        <translation>该月的表有错误时不签发（先用 check 查看）；提示和未报的单位不妨碍签发，请先核对。</translation>
    </message>
    <message>
        <source>解除验收（--unit）或签发（不加 --unit）的锁定，须说明理由</source>
        <translation>解除验收（--unit）或签发（不加 --unit）的锁定，须说明理由</translation>
    </message>
    <message>
        <source>理由与解锁人一起记入变更记录。已签发的月份须先取消签发，才能解锁单位的验收。</source>
        <translation>理由与解锁人一起记入变更记录。已签发的月份须先取消签发，才能解锁单位的验收。</translation>
    </message>
    <message>
        <source>数字全部取自该月的统计表（附件1—3 的合计）、报送情况和台账；--unit 为某一机构的总结（全称或简称），
缺省为全县。--month 缺省为专项整治已开始的最后一个月；--date 为报送情况的查看日期和落款日期，缺省为今天。
总结附报送情况和问题整改的逐月图表（某一机构的总结为该机构自己的；只有一个月的数据时不附）。
句子来自专项整治模板，或本局的措辞文件（见 wording init）。专项整治默认为最近新建的一个。</source>
        <translation>数字全部取自该月的统计表（附件1—3 的合计）、报送情况和台账；--unit 为某一机构的总结（全称或简称），
缺省为全县。--month 缺省为专项整治已开始的最后一个月；--date 为报送情况的查看日期和落款日期，缺省为今天。
总结附报送情况和问题整改的逐月图表（某一机构的总结为该机构自己的；只有一个月的数据时不附）。
句子来自专项整治模板，或本局的措辞文件（见 wording init）。专项整治默认为最近新建的一个。</translation>
    </message>
    <message>
        <source>已写出内置措辞：%1</source>
        <translation>已写出内置措辞：%1</translation>
    </message>
    <message>
        <source>程序使用的措辞文件夹是 %1：改好后把文件放到那里才生效。</source>
        <translation>程序使用的措辞文件夹是 %1：改好后把文件放到那里才生效。</translation>
    </message>
    <message>
        <source>%1：没有，使用内置措辞（或专项整治模板的）。</source>
        <translation>%1：没有，使用内置措辞（或专项整治模板的）。</translation>
    </message>
    <message>
        <source>%1：无误，正在使用。</source>
        <translation>%1：无误，正在使用。</translation>
    </message>
    <message>
        <source>写出内置的工作总结句子和催报、回执邮件措辞，作为本局自己措辞的起点</source>
        <translation>写出内置的工作总结句子和催报、回执邮件措辞，作为本局自己措辞的起点</translation>
    </message>
    <message>
        <source>写出 summary-sentences.json 和 mail-sentences.json；缺省写到程序使用的措辞文件夹
（环境变量 QINGFENG_WORDING_DIR 所指的文件夹，否则为用户数据文件夹下的 wording），已有的文件不覆盖。
文件夹中有这两个文件时，所有专项整治都用其中的措辞；{名称} 只能用内置措辞中同一处已有的。</source>
        <translation>写出 summary-sentences.json 和 mail-sentences.json；缺省写到程序使用的措辞文件夹
（环境变量 QINGFENG_WORDING_DIR 所指的文件夹，否则为用户数据文件夹下的 wording），已有的文件不覆盖。
文件夹中有这两个文件时，所有专项整治都用其中的措辞；{名称} 只能用内置措辞中同一处已有的。</translation>
    </message>
    <message>
        <source>检查措辞文件夹中的措辞文件，说明正在使用哪些</source>
        <translation>检查措辞文件夹中的措辞文件，说明正在使用哪些</translation>
    </message>
    <message>
        <source>有误时指出文件和键，退出状态为 1；有误的文件不会被使用（起草总结和发送邮件都会拒绝）。</source>
        <translation>有误时指出文件和键，退出状态为 1；有误的文件不会被使用（起草总结和发送邮件都会拒绝）。</translation>
    </message>
</context>
<context>
    <name>qf::ui::AnalysisPage</name>
    <message>
        <source>走过场信号</source>
        <translation>走过场信号</translation>
    </message>
    <message>
        <source>双随机抽查</source>
        <translation>双随机抽查</translation>
    </message>
    <message>
        <source>图表</source>
        <translation>图表</translation>
    </message>
</context>
<context>
    <name>qf::ui::BackgroundJob</name>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>正在取消…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>qf::ui::CampaignEditorDialog</name>
    <message>
        <source>编辑专项整治方案</source>
        <translation>编辑专项整治方案</translation>
    </message>
    <message>
        <source>核对新建的专项整治方案</source>
        <translation>核对新建的专项整治方案</translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>工作阶段</source>
        <translation>工作阶段</translation>
    </message>
    <message>
        <source>责任股室</source>
        <translation>责任股室</translation>
    </message>
    <message>
        <source>报送截止事项</source>
        <translation>报送截止事项</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>如：鹿卫医〔2021〕22号</source>
        <translation>如：鹿卫医〔2021〕22号</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>发文单位</source>
        <translation>发文单位</translation>
    </message>
    <message>
        <source>县（区）</source>
        <translation>县（区）</translation>
    </message>
    <message>
        <source>所属市</source>
        <translation>所属市</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>发文日期</source>
        <translation>发文日期</translation>
    </message>
    <message>
        <source>主送</source>
        <translation>主送</translation>
    </message>
    <message>
        <source>通知正文</source>
        <translation>通知正文</translation>
    </message>
    <message>
        <source>县卫生健康局举报电话</source>
        <translation>县卫生健康局举报电话</translation>
    </message>
    <message>
        <source>县卫生健康局举报邮箱</source>
        <translation>县卫生健康局举报邮箱</translation>
    </message>
    <message>
        <source>市卫生健康委举报电话</source>
        <translation>市卫生健康委举报电话</translation>
    </message>
    <message>
        <source>市卫生健康委举报邮箱</source>
        <translation>市卫生健康委举报邮箱</translation>
    </message>
    <message>
        <source>检查通过，可以保存。</source>
        <translation>检查通过，可以保存。</translation>
    </message>
    <message>
        <source>有 %1 处需要修改后才能保存：</source>
        <translation>有 %1 处需要修改后才能保存：</translation>
    </message>
    <message>
        <source>打印公告前还需补填（不影响保存）：</source>
        <translation>打印公告前还需补填（不影响保存）：</translation>
    </message>
    <message>
        <source>……另有 %1 个单位，见机构名录。</source>
        <translation>……另有 %1 个单位，见机构名录。</translation>
    </message>
    <message>
        <source>工作方案</source>
        <translation>工作方案</translation>
    </message>
</context>
<context>
    <name>qf::ui::CampaignPage</name>
    <message>
        <source>专项整治概览</source>
        <translation>专项整治概览</translation>
    </message>
    <message>
        <source>按模板新建…</source>
        <translation>按模板新建…</translation>
    </message>
    <message>
        <source>编辑方案…</source>
        <translation>编辑方案…</translation>
    </message>
    <message>
        <source>修改名称、日期、工作阶段、责任股室和报送截止事项。</source>
        <translation>修改名称、日期、工作阶段、责任股室和报送截止事项。</translation>
    </message>
    <message>
        <source>专项整治：</source>
        <translation>专项整治：</translation>
    </message>
    <message>
        <source>工作步骤</source>
        <translation>工作步骤</translation>
    </message>
    <message>
        <source>报送截止事项</source>
        <translation>报送截止事项</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>报送单位</source>
        <translation>报送单位</translation>
    </message>
    <message>
        <source>报至</source>
        <translation>报至</translation>
    </message>
    <message>
        <source>所属月份</source>
        <translation>所属月份</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1年 %2</source>
        <translation>%1年 %2</translation>
    </message>
    <message>
        <source>（示例）</source>
        <translation>（示例）</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>文号：%1　　发文单位：%2　　期间：%3 至 %4
责任股室：%5
举报电话：%6　举报邮箱：%7　　市卫生健康委：%8　%9</source>
        <translation>文号：%1　　发文单位：%2　　期间：%3 至 %4
责任股室：%5
举报电话：%6　举报邮箱：%7　　市卫生健康委：%8　%9</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <source>各医疗机构</source>
        <translation>各医疗机构</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>已过 · 已报 %1/%2</source>
        <translation>已过 · 已报 %1/%2</translation>
    </message>
    <message>
        <source>，逾期未报 %1</source>
        <translation>，逾期未报 %1</translation>
    </message>
    <message>
        <source>今天截止 · 已报 %1/%2</source>
        <translation>今天截止 · 已报 %1/%2</translation>
    </message>
    <message>
        <source>还有 %1 天</source>
        <translation>还有 %1 天</translation>
    </message>
    <message>
        <source>（截止日为%1，不顺延）</source>
        <translation>（截止日为%1，不顺延）</translation>
    </message>
    <message>
        <source>正在统计报送情况…</source>
        <translation>正在统计报送情况…</translation>
    </message>
    <message>
        <source>无法统计报送情况：%1</source>
        <translation>无法统计报送情况：%1</translation>
    </message>
    <message>
        <source>统计中…</source>
        <translation>统计中…</translation>
    </message>
    <message>
        <source>还没有专项整治：按模板新建后在这里选择</source>
        <translation>还没有专项整治：按模板新建后在这里选择</translation>
    </message>
    <message>
        <source>服务器上只有卫健局的账户可以新建和编辑专项整治</source>
        <translation>服务器上只有卫健局的账户可以新建和编辑专项整治</translation>
    </message>
    <message>
        <source>还没有专项整治：先按模板新建</source>
        <translation>还没有专项整治：先按模板新建</translation>
    </message>
    <message>
        <source>还没有专项整治：卫健局新建后在这里显示。</source>
        <translation>还没有专项整治：卫健局新建后在这里显示。</translation>
    </message>
    <message>
        <source>还没有专项整治。按下面的三步开始。</source>
        <translation>还没有专项整治。按下面的三步开始。</translation>
    </message>
</context>
<context>
    <name>qf::ui::CaseRecordDialog</name>
    <message>
        <source>以案促改与教育记录 #%1</source>
        <translation>以案促改与教育记录 #%1</translation>
    </message>
    <message>
        <source>登记以案促改与教育记录</source>
        <translation>登记以案促改与教育记录</translation>
    </message>
    <message>
        <source>如：观看警示教育片《蜕变》</source>
        <translation>如：观看警示教育片《蜕变》</translation>
    </message>
    <message>
        <source>机构（必填）</source>
        <translation>机构（必填）</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>事项（必填）</source>
        <translation>事项（必填）</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>涉案金额</source>
        <translation>涉案金额</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>执行完成回复日期</source>
        <translation>执行完成回复日期</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>附件1（3）</source>
        <translation>附件1（3）</translation>
    </message>
    <message>
        <source>附件1（4）</source>
        <translation>附件1（4）</translation>
    </message>
    <message>
        <source>附件1（5）</source>
        <translation>附件1（5）</translation>
    </message>
    <message>
        <source>附件1（6），回复后（7）</source>
        <translation>附件1（6），回复后（7）</translation>
    </message>
    <message>
        <source>附件1（8）</source>
        <translation>附件1（8）</translation>
    </message>
    <message>
        <source>附件1（9）</source>
        <translation>附件1（9）</translation>
    </message>
    <message>
        <source>附件3 第1栏</source>
        <translation>附件3 第1栏</translation>
    </message>
    <message>
        <source>附件1（10）</source>
        <translation>附件1（10）</translation>
    </message>
    <message>
        <source>附件1（11）</source>
        <translation>附件1（11）</translation>
    </message>
    <message>
        <source>附件3 第2、3栏</source>
        <translation>附件3 第2、3栏</translation>
    </message>
    <message>
        <source>附件3 第4栏</source>
        <translation>附件3 第4栏</translation>
    </message>
    <message>
        <source>附件3 第6栏</source>
        <translation>附件3 第6栏</translation>
    </message>
    <message>
        <source>附件3 第8—10栏</source>
        <translation>附件3 第8—10栏</translation>
    </message>
    <message>
        <source>附件3 第11—13栏</source>
        <translation>附件3 第11—13栏</translation>
    </message>
    <message>
        <source>计入：%1</source>
        <translation>计入：%1</translation>
    </message>
</context>
<context>
    <name>qf::ui::ChartsPanel</name>
    <message>
        <source>栏目</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>导出图片…</source>
        <translation>导出图片…</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>图表</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>截至</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>点击柱形或数据点，查看其背后的机构或记录。</source>
        <translation>点击柱形或数据点，查看其背后的机构或记录。</translation>
    </message>
    <message>
        <source>机构</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>还没有专项整治。</source>
        <translation>还没有专项整治。</translation>
    </message>
    <message>
        <source>正在计算……</source>
        <translation>正在计算……</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>没有可导出或打印的图表：%1</source>
        <translation>没有可导出或打印的图表：%1</translation>
    </message>
    <message>
        <source>%1 — %2 家机构</source>
        <translation>%1 — %2 家机构</translation>
    </message>
    <message>
        <source>%1 — %2 家机构或记录，合计 %3</source>
        <translation>%1 — %2 家机构或记录，合计 %3</translation>
    </message>
    <message>
        <source>导出图片</source>
        <translation>导出图片</translation>
    </message>
    <message>
        <source>PNG 图片 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>已导出到 %1。</source>
        <translation>已导出到 %1。</translation>
    </message>
</context>
<context>
    <name>qf::ui::DeadlineListEditor</name>
    <message>
        <source>事项</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>材料</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>报送单位</source>
        <translation>报送单位</translation>
    </message>
    <message>
        <source>报至</source>
        <translation>报至</translation>
    </message>
    <message>
        <source>频次</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>每月截止日</source>
        <translation>每月截止日</translation>
    </message>
    <message>
        <source>起始月份</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <source>结束月份</source>
        <translation>结束月份</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>生成的截止日</source>
        <translation>生成的截止日</translation>
    </message>
    <message>
        <source>添加截止事项</source>
        <translation>添加截止事项</translation>
    </message>
    <message>
        <source>新截止事项</source>
        <translation>新截止事项</translation>
    </message>
    <message>
        <source>（月份范围无效）</source>
        <translation>（月份范围无效）</translation>
    </message>
    <message>
        <source>%1（%2，不顺延）</source>
        <translation>%1（%2，不顺延）</translation>
    </message>
    <message>
        <source>%1 起共 %2 次</source>
        <translation>%1 起共 %2 次</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>，%1 次逢休息日</source>
        <translation>，%1 次逢休息日</translation>
    </message>
    <message>
        <source>各医疗机构</source>
        <translation>各医疗机构</translation>
    </message>
    <message>
        <source>每月</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>一次</source>
        <translation>一次</translation>
    </message>
    <message>
        <source>次月</source>
        <translation>次月</translation>
    </message>
    <message>
        <source>日前</source>
        <translation>日前</translation>
    </message>
</context>
<context>
    <name>qf::ui::DemoRemoval</name>
    <message>
        <source>删除示例数据</source>
        <translation>删除示例数据</translation>
    </message>
    <message>
        <source>示例数据没有删除：

%1</source>
        <translation>示例数据没有删除：

%1</translation>
    </message>
    <message>
        <source>现在显示专项整治“%1”。</source>
        <translation>现在显示专项整治“%1”。</translation>
    </message>
    <message>
        <source>已删除示例数据：%1。

%2</source>
        <translation>已删除示例数据：%1。

%2</translation>
    </message>
    <message>
        <source>

注意：以下示例数据您修改过，删除时这些修改也一并删除：
· %1
如需保留，请先把它们作为您自己的机构或专项整治另行录入，再删除示例数据。</source>
        <translation>

注意：以下示例数据您修改过，删除时这些修改也一并删除：
· %1
如需保留，请先把它们作为您自己的机构或专项整治另行录入，再删除示例数据。</translation>
    </message>
    <message>
        <source>删除鹿寨县示例数据？

将删除：%1。%2

您自己录入的机构和专项整治不受影响。删除记入变更记录，不能撤销；如需保留，请先备份数据库（文件 → 备份数据库…）。</source>
        <translation>删除鹿寨县示例数据？

将删除：%1。%2

您自己录入的机构和专项整治不受影响。删除记入变更记录，不能撤销；如需保留，请先备份数据库（文件 → 备份数据库…）。</translation>
    </message>
    <message>
        <source>数据库中还没有专项整治：“专项整治概览”中的“开始使用”列出接下来的步骤。</source>
        <translation>数据库中还没有专项整治：“专项整治概览”中的“开始使用”列出接下来的步骤。</translation>
    </message>
</context>
<context>
    <name>qf::ui::EntryDelegate</name>
    <message>
        <source>整数</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>万元</source>
        <translation>万元</translation>
    </message>
</context>
<context>
    <name>qf::ui::EntryModel</name>
    <message>
        <source>错误：%1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>疑点：%1</source>
        <translation>疑点：%1</translation>
    </message>
    <message>
        <source>自动合计</source>
        <translation>自动合计</translation>
    </message>
    <message>
        <source>由各单位数字自动计算，不能直接填写。</source>
        <translation>由各单位数字自动计算，不能直接填写。</translation>
    </message>
    <message>
        <source>本月未报：%1</source>
        <translation>本月未报：%1</translation>
    </message>
    <message>
        <source>沿用以前月份数字：%1</source>
        <translation>沿用以前月份数字：%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>已修改 %1</source>
        <translation>已修改 %1</translation>
    </message>
    <message>
        <source>已报 %1</source>
        <translation>已报 %1</translation>
    </message>
    <message>
        <source>沿用%1</source>
        <translation>沿用%1</translation>
    </message>
    <message>
        <source>缺报</source>
        <translation>缺报</translation>
    </message>
    <message>
        <source>已修改，尚未保存；报送日期 %1（双击修改）</source>
        <translation>已修改，尚未保存；报送日期 %1（双击修改）</translation>
    </message>
    <message>
        <source>本月已报，报送日期 %1（双击修改）</source>
        <translation>本月已报，报送日期 %1（双击修改）</translation>
    </message>
    <message>
        <source>本月未报，汇总时沿用%1的累计数。填写任一数字即作为本月报表（从上月数开始）。</source>
        <translation>本月未报，汇总时沿用%1的累计数。填写任一数字即作为本月报表（从上月数开始）。</translation>
    </message>
    <message>
        <source>本月未报，也没有以前月份的数字。</source>
        <translation>本月未报，也没有以前月份的数字。</translation>
    </message>
    <message>
        <source>由机构名册自动计算（医保定点机构家数），不能填写。</source>
        <translation>由机构名册自动计算（医保定点机构家数），不能填写。</translation>
    </message>
    <message>
        <source>合计数由各单位数字自动计算，不能填写。</source>
        <translation>合计数由各单位数字自动计算，不能填写。</translation>
    </message>
    <message>
        <source>累计 %1，本月增加 %2</source>
        <translation>累计 %1，本月增加 %2</translation>
    </message>
    <message>
        <source>沿用%1的数字</source>
        <translation>沿用%1的数字</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>报送情况</source>
        <translation>报送情况</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>由机构名册自动计算，不能填写。</source>
        <translation>由机构名册自动计算，不能填写。</translation>
    </message>
    <message>
        <source>填写整数（累计数）</source>
        <translation>填写整数（累计数）</translation>
    </message>
    <message>
        <source>单位万元，最多两位小数（累计数）</source>
        <translation>单位万元，最多两位小数（累计数）</translation>
    </message>
    <message>
        <source>已签发</source>
        <translation>已签发</translation>
    </message>
    <message>
        <source>已验收</source>
        <translation>已验收</translation>
    </message>
    <message>
        <source>本月报表已由卫生健康局签发，全部单位的数字已锁定。修改须先解锁并说明理由。</source>
        <translation>本月报表已由卫生健康局签发，全部单位的数字已锁定。修改须先解锁并说明理由。</translation>
    </message>
    <message>
        <source>本单位本月报表已验收，数字已锁定。修改须先解锁并说明理由。</source>
        <translation>本单位本月报表已验收，数字已锁定。修改须先解锁并说明理由。</translation>
    </message>
    <message>
        <source>以填报数覆盖台账数，理由：%1（右键可恢复台账计算）</source>
        <translation>以填报数覆盖台账数，理由：%1（右键可恢复台账计算）</translation>
    </message>
    <message>
        <source>由台账计算，不能直接填写（双击查看组成此数的记录；台账不全时可右键以填报数覆盖）</source>
        <translation>由台账计算，不能直接填写（双击查看组成此数的记录；台账不全时可右键以填报数覆盖）</translation>
    </message>
    <message>
        <source>由台账计算（双击查看组成此数的记录）</source>
        <translation>由台账计算（双击查看组成此数的记录）</translation>
    </message>
    <message>
        <source>本月已签发，已锁定</source>
        <translation>本月已签发，已锁定</translation>
    </message>
    <message>
        <source>本月已验收，已锁定</source>
        <translation>本月已验收，已锁定</translation>
    </message>
    <message>
        <source>撤销全部修改</source>
        <translation>撤销全部修改</translation>
    </message>
    <message>
        <source>撤销此单位的修改</source>
        <translation>撤销此单位的修改</translation>
    </message>
    <message>
        <source>按上月数报送</source>
        <translation>按上月数报送</translation>
    </message>
    <message>
        <source>此格不能填写</source>
        <translation>此格不能填写</translation>
    </message>
    <message>
        <source>%1 第%2栏（%3）：%4</source>
        <translation>%1 第%2栏（%3）：%4</translation>
    </message>
    <message>
        <source>修改报送日期</source>
        <translation>修改报送日期</translation>
    </message>
    <message>
        <source>填写 %1</source>
        <translation>填写 %1</translation>
    </message>
</context>
<context>
    <name>qf::ui::EntryPage</name>
    <message>
        <source>报表填报</source>
        <translation>报表填报</translation>
    </message>
    <message>
        <source>逐单位填报</source>
        <translation>逐单位填报</translation>
    </message>
    <message>
        <source>汇总表</source>
        <translation>汇总表</translation>
    </message>
    <message>
        <source>逐个单位填写本月累计数，随填随查</source>
        <translation>逐个单位填写本月累计数，随填随查</translation>
    </message>
    <message>
        <source>按正式表式显示本月汇总表（与导出、打印的表格一致）</source>
        <translation>按正式表式显示本月汇总表（与导出、打印的表格一致）</translation>
    </message>
    <message>
        <source>显示本月增量</source>
        <translation>显示本月增量</translation>
    </message>
    <message>
        <source>在累计数旁显示本月比上月增加的数</source>
        <translation>在累计数旁显示本月比上月增加的数</translation>
    </message>
    <message>
        <source>撤销全部修改</source>
        <translation>撤销全部修改</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>把本月修改过的报表一次性保存（Ctrl+S）</source>
        <translation>把本月修改过的报表一次性保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>报表：</source>
        <translation>报表：</translation>
    </message>
    <message>
        <source>月份：</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>放弃本月%1的全部未保存修改？</source>
        <translation>放弃本月%1的全部未保存修改？</translation>
    </message>
    <message>
        <source>&lt;span style='color:#1f5fbf'&gt;%1 个单位的修改尚未保存&lt;/span&gt;</source>
        <translation>&lt;span style='color:#1f5fbf'&gt;%1 个单位的修改尚未保存&lt;/span&gt;</translation>
    </message>
    <message>
        <source>所有修改均已保存</source>
        <translation>所有修改均已保存</translation>
    </message>
    <message>
        <source>%1　已报 %2 / 应报 %3，缺报 %4（沿用上月数 %5）</source>
        <translation>%1　已报 %2 / 应报 %3，缺报 %4（沿用上月数 %5）</translation>
    </message>
    <message>
        <source>沿用2021年10月</source>
        <translation>沿用2021年10月</translation>
    </message>
    <message>
        <source>保存报表</source>
        <translation>保存报表</translation>
    </message>
    <message>
        <source>已保存 %1 个单位的报表</source>
        <translation>已保存 %1 个单位的报表</translation>
    </message>
    <message>
        <source>未保存的修改</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>%1 %2 有 %3 个单位的修改尚未保存。

保存这些修改吗？</source>
        <translation>%1 %2 有 %3 个单位的修改尚未保存。

保存这些修改吗？</translation>
    </message>
    <message>
        <source>按上月数报送（本月无变化）</source>
        <translation>按上月数报送（本月无变化）</translation>
    </message>
    <message>
        <source>修改报送日期…</source>
        <translation>修改报送日期…</translation>
    </message>
    <message>
        <source>撤销此单位的修改</source>
        <translation>撤销此单位的修改</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>生成空白报表…</source>
        <translation>生成空白报表…</translation>
    </message>
    <message>
        <source>为每个报送机构生成本月的 Excel 空白报表（已填好单位和月份，预填上月累计数）</source>
        <translation>为每个报送机构生成本月的 Excel 空白报表（已填好单位和月份，预填上月累计数）</translation>
    </message>
    <message>
        <source>导入报表…</source>
        <translation>导入报表…</translation>
    </message>
    <message>
        <source>导入各机构填好的 Excel 报表，逐个检查后导入无误的文件</source>
        <translation>导入各机构填好的 Excel 报表，逐个检查后导入无误的文件</translation>
    </message>
    <message>
        <source>选择保存%1空白报表的文件夹</source>
        <translation>选择保存%1空白报表的文件夹</translation>
    </message>
    <message>
        <source>生成空白报表</source>
        <translation>生成空白报表</translation>
    </message>
    <message>
        <source>已为 %1 个机构生成%2的空白报表，保存在 %3。</source>
        <translation>已为 %1 个机构生成%2的空白报表，保存在 %3。</translation>
    </message>
    <message>
        <source>查看台账记录…</source>
        <translation>查看台账记录…</translation>
    </message>
    <message>
        <source>恢复台账计算</source>
        <translation>恢复台账计算</translation>
    </message>
    <message>
        <source>以填报数覆盖…</source>
        <translation>以填报数覆盖…</translation>
    </message>
    <message>
        <source>解锁…</source>
        <translation>解锁…</translation>
    </message>
    <message>
        <source>验收本月</source>
        <translation>验收本月</translation>
    </message>
    <message>
        <source>变更记录…</source>
        <translation>变更记录…</translation>
    </message>
    <message>
        <source>已锁定</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>%1 %2的%3%4，数字已锁定，不能修改。

如确需修改，请先“解锁…”并说明理由。</source>
        <translation>%1 %2的%3%4，数字已锁定，不能修改。

如确需修改，请先“解锁…”并说明理由。</translation>
    </message>
    <message>
        <source>已签发</source>
        <translation>已签发</translation>
    </message>
    <message>
        <source>已验收</source>
        <translation>已验收</translation>
    </message>
    <message>
        <source>由台账计算</source>
        <translation>由台账计算</translation>
    </message>
    <message>
        <source>此数由台账计算，不能直接填写。双击可查看组成此数的记录；若本单位台账不全，请右键选择“以填报数覆盖…”并写明理由。</source>
        <translation>此数由台账计算，不能直接填写。双击可查看组成此数的记录；若本单位台账不全，请右键选择“以填报数覆盖…”并写明理由。</translation>
    </message>
    <message>
        <source>请选择一个由台账计算的单位数字。</source>
        <translation>请选择一个由台账计算的单位数字。</translation>
    </message>
    <message>
        <source>%1 本月已锁定，请先解锁。</source>
        <translation>%1 本月已锁定，请先解锁。</translation>
    </message>
    <message>
        <source>请先保存或撤销尚未保存的修改。</source>
        <translation>请先保存或撤销尚未保存的修改。</translation>
    </message>
    <message>
        <source>请选择一个单位的数字。</source>
        <translation>请选择一个单位的数字。</translation>
    </message>
    <message>
        <source>以填报数覆盖</source>
        <translation>以填报数覆盖</translation>
    </message>
    <message>
        <source>%1 %2 第%3栏（%4）：台账计算为 %5。
填写采用的数字，并说明为什么以填报数为准（如：台账记录不全）。</source>
        <translation>%1 %2 第%3栏（%4）：台账计算为 %5。
填写采用的数字，并说明为什么以填报数为准（如：台账记录不全）。</translation>
    </message>
    <message>
        <source>填报数：</source>
        <translation>填报数：</translation>
    </message>
    <message>
        <source>删除此栏的填报数和理由，改用台账计算的数字？</source>
        <translation>删除此栏的填报数和理由，改用台账计算的数字？</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>已刷新</source>
        <translation>已刷新</translation>
    </message>
    <message>
        <source>与服务器 %1 的连接已断开，什么也没有保存。

您的 %2 个单位的修改仍保留在本窗口中：连接恢复后再点“保存”。</source>
        <translation>与服务器 %1 的连接已断开，什么也没有保存。

您的 %2 个单位的修改仍保留在本窗口中：连接恢复后再点“保存”。</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>按官方格式把本月的统计表导出为 Excel 工作簿（三张表一起，或只导出一张）</source>
        <translation>按官方格式把本月的统计表导出为 Excel 工作簿（三张表一起，或只导出一张）</translation>
    </message>
    <message>
        <source>%1。未修改，此格仍为空。</source>
        <translation>%1。未修改，此格仍为空。</translation>
    </message>
    <message>
        <source>%1。未修改，此格仍为 %2。</source>
        <translation>%1。未修改，此格仍为 %2。</translation>
    </message>
    <message>
        <source>已验收或已签发</source>
        <translation>已验收或已签发</translation>
    </message>
    <message>
        <source>合计行</source>
        <translation>合计行</translation>
    </message>
    <message>
        <source>由名册计算</source>
        <translation>由名册计算</translation>
    </message>
    <message>
        <source>单位、报送情况栏</source>
        <translation>单位、报送情况栏</translation>
    </message>
    <message>
        <source>%1 %2 格</source>
        <translation>%1 %2 格</translation>
    </message>
    <message>
        <source>跳过不能填写的 %1 格（%2）</source>
        <translation>跳过不能填写的 %1 格（%2）</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>已复制 %1 行 %2 列</source>
        <translation>已复制 %1 行 %2 列</translation>
    </message>
    <message>
        <source>剪贴板中没有可粘贴的内容</source>
        <translation>剪贴板中没有可粘贴的内容</translation>
    </message>
    <message>
        <source>请先选中粘贴的起始单元格</source>
        <translation>请先选中粘贴的起始单元格</translation>
    </message>
    <message>
        <source>未粘贴：%1 个值不符合要求</source>
        <translation>未粘贴：%1 个值不符合要求</translation>
    </message>
    <message>
        <source>粘贴</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>粘贴的内容中有 %1 个值不符合要求，什么也没有粘贴：

%2

请在表格中改正后再复制粘贴。</source>
        <translation>粘贴的内容中有 %1 个值不符合要求，什么也没有粘贴：

%2

请在表格中改正后再复制粘贴。</translation>
    </message>
    <message>
        <source>已粘贴 %1 行 %2 列，修改 %3 格</source>
        <translation>已粘贴 %1 行 %2 列，修改 %3 格</translation>
    </message>
    <message>
        <source>粘贴内容有 %1 行 %2 列，超出表格的 %3 行 %4 列未粘贴</source>
        <translation>粘贴内容有 %1 行 %2 列，超出表格的 %3 行 %4 列未粘贴</translation>
    </message>
    <message>
        <source>；</source>
        <translation>；</translation>
    </message>
    <message>
        <source>已清除 %1 格</source>
        <translation>已清除 %1 格</translation>
    </message>
    <message>
        <source>清除</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>导入报表</source>
        <translation>导入报表</translation>
    </message>
    <message>
        <source>只能导入 Excel 工作簿（.xlsx）或含有工作簿的文件夹。以下 %1 项未导入：

%2

旧版 .xls 文件请先在 Excel 或 WPS 中另存为 .xlsx。</source>
        <translation>只能导入 Excel 工作簿（.xlsx）或含有工作簿的文件夹。以下 %1 项未导入：

%2

旧版 .xls 文件请先在 Excel 或 WPS 中另存为 .xlsx。</translation>
    </message>
    <message>
        <source>使用台账数（%1）</source>
        <translation>使用台账数（%1）</translation>
    </message>
    <message>
        <source>使用台账数</source>
        <translation>使用台账数</translation>
    </message>
    <message>
        <source>要保存的报表中有 %1 个错误（见下方检查结果）。</source>
        <translation>要保存的报表中有 %1 个错误（见下方检查结果）。</translation>
    </message>
    <message>
        <source>……另有 %1 处</source>
        <translation>……另有 %1 处</translation>
    </message>
    <message>
        <source>与以后月份已存的累计数矛盾（%1 处）：
%2</source>
        <translation>与以后月份已存的累计数矛盾（%1 处）：
%2</translation>
    </message>
    <message>
        <source>%1

仍然保存为草稿吗？签发或导出前还需改正。</source>
        <translation>%1

仍然保存为草稿吗？签发或导出前还需改正。</translation>
    </message>
    <message>
        <source>还没有专项整治：先在“专项整治概览”中新建</source>
        <translation>还没有专项整治：先在“专项整治概览”中新建</translation>
    </message>
    <message>
        <source>该专项整治的期间内没有要报的月份：请在“编辑方案…”中核对日期</source>
        <translation>该专项整治的期间内没有要报的月份：请在“编辑方案…”中核对日期</translation>
    </message>
    <message>
        <source>没有未保存的修改</source>
        <translation>没有未保存的修改</translation>
    </message>
    <message>
        <source>汇总表按正式表式只显示累计数；在“逐单位填报”中可显示本月增量</source>
        <translation>汇总表按正式表式只显示累计数；在“逐单位填报”中可显示本月增量</translation>
    </message>
    <message>
        <source>前往“开始使用”</source>
        <translation>前往“开始使用”</translation>
    </message>
    <message>
        <source>在“专项整治概览”中按三步开始：导入机构名册、新建专项整治、生成空白报表</source>
        <translation>在“专项整治概览”中按三步开始：导入机构名册、新建专项整治、生成空白报表</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;还没有专项整治，暂时没有报表可填。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;报表填报按专项整治的报送截止事项逐月进行。请先在“专项整治概览”中导入机构名册、按模板新建专项整治，然后在这里生成空白报表发给各机构、导入收回的报表或直接录入。&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;还没有专项整治，暂时没有报表可填。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;报表填报按专项整治的报送截止事项逐月进行。请先在“专项整治概览”中导入机构名册、按模板新建专项整治，然后在这里生成空白报表发给各机构、导入收回的报表或直接录入。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;名册中还没有机构，本月没有单位要报。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;请先在“机构名册”中导入或添加医疗机构；有了机构，这里就列出每个单位的报表，也可以为它们生成空白报表。&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;名册中还没有机构，本月没有单位要报。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;请先在“机构名册”中导入或添加医疗机构；有了机构，这里就列出每个单位的报表，也可以为它们生成空白报表。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1没有单位要报这张表。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;在名册中核对机构的类别和开业日期，或选择另一张表、另一个月份。&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1没有单位要报这张表。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;在名册中核对机构的类别和开业日期，或选择另一张表、另一个月份。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>本月没有单位要报</source>
        <translation>本月没有单位要报</translation>
    </message>
    <message>
        <source>撤销上一步未保存的修改（Ctrl+Z）</source>
        <translation>撤销上一步未保存的修改（Ctrl+Z）</translation>
    </message>
    <message>
        <source>没有可撤销的修改</source>
        <translation>没有可撤销的修改</translation>
    </message>
    <message>
        <source>重做刚撤销的修改（Ctrl+Y）</source>
        <translation>重做刚撤销的修改（Ctrl+Y）</translation>
    </message>
    <message>
        <source>没有可重做的修改</source>
        <translation>没有可重做的修改</translation>
    </message>
    <message>
        <source>已取消，没有生成空白报表；文件夹 %1 保持原样。</source>
        <translation>已取消，没有生成空白报表；文件夹 %1 保持原样。</translation>
    </message>
</context>
<context>
    <name>qf::ui::ErrorListDialog</name>
    <message>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>复制全部</source>
        <translation>复制全部</translation>
    </message>
    <message>
        <source>把全部错误复制为文字，可粘贴到邮件或聊天中</source>
        <translation>把全部错误复制为文字，可粘贴到邮件或聊天中</translation>
    </message>
</context>
<context>
    <name>qf::ui::EvidencePanel</name>
    <message>
        <source>附加整改前材料…</source>
        <translation>附加整改前材料…</translation>
    </message>
    <message>
        <source>附加整改后材料…</source>
        <translation>附加整改后材料…</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>整改后</source>
        <translation>整改后</translation>
    </message>
    <message>
        <source>整改前</source>
        <translation>整改前</translation>
    </message>
    <message>
        <source>【%1】%2（%3 KB，%4）</source>
        <translation>【%1】%2（%3 KB，%4）</translation>
    </message>
    <message>
        <source>附加整改后材料</source>
        <translation>附加整改后材料</translation>
    </message>
    <message>
        <source>附加整改前材料</source>
        <translation>附加整改前材料</translation>
    </message>
    <message>
        <source>附加材料</source>
        <translation>附加材料</translation>
    </message>
    <message>
        <source>打开材料</source>
        <translation>打开材料</translation>
    </message>
    <message>
        <source>删除材料</source>
        <translation>删除材料</translation>
    </message>
    <message>
        <source>删除佐证材料“%1”？</source>
        <translation>删除佐证材料“%1”？</translation>
    </message>
</context>
<context>
    <name>qf::ui::FindingsPanel</name>
    <message>
        <source>%1至%2之和</source>
        <translation>%1至%2之和</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>栏目</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>不能为负数</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>应为整数</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>累计数不少于上月</source>
        <translation>累计数不少于上月</translation>
    </message>
    <message>
        <source>本月增加异常</source>
        <translation>本月增加异常</translation>
    </message>
    <message>
        <source>%1&gt;0 时 %2&gt;0</source>
        <translation>%1&gt;0 时 %2&gt;0</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>疑点</source>
        <translation>疑点</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>检查结果：本月没有发现错误或疑点。</source>
        <translation>检查结果：本月没有发现错误或疑点。</translation>
    </message>
    <message>
        <source>检查结果：&lt;b style='color:#b3261e'&gt;错误 %1 个&lt;/b&gt;，&lt;b style='color:#9a6200'&gt;疑点 %2 个&lt;/b&gt;　（点击一条定位到单元格）</source>
        <translation>检查结果：&lt;b style='color:#b3261e'&gt;错误 %1 个&lt;/b&gt;，&lt;b style='color:#9a6200'&gt;疑点 %2 个&lt;/b&gt;　（点击一条定位到单元格）</translation>
    </message>
    <message>
        <source>与台账不符</source>
        <translation>与台账不符</translation>
    </message>
    <message>
        <source>以填报数覆盖台账</source>
        <translation>以填报数覆盖台账</translation>
    </message>
</context>
<context>
    <name>qf::ui::FormExportDialog</name>
    <message>
        <source>导出报表（Excel）</source>
        <translation>导出报表（Excel）</translation>
    </message>
    <message>
        <source>本月三张表，一个工作簿（工作表 附件1、附件2、附件3）</source>
        <translation>本月三张表，一个工作簿（工作表 附件1、附件2、附件3）</translation>
    </message>
    <message>
        <source>只导出一张表：</source>
        <translation>只导出一张表：</translation>
    </message>
    <message>
        <source>表头右侧的“填报时间”</source>
        <translation>表头右侧的“填报时间”</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>专项整治：</source>
        <translation>专项整治：</translation>
    </message>
    <message>
        <source>月份：</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>报表：</source>
        <translation>报表：</translation>
    </message>
    <message>
        <source>填报时间：</source>
        <translation>填报时间：</translation>
    </message>
    <message>
        <source>保存为：</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <source>导出前先检查本月数据；有错误时列出错误，可改正后再导出，也可以仍然导出。</source>
        <translation>导出前先检查本月数据；有错误时列出错误，可改正后再导出，也可以仍然导出。</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>请填写要保存的文件名。</source>
        <translation>请填写要保存的文件名。</translation>
    </message>
    <message>
        <source>文件夹 %1 不存在，请另选保存位置。</source>
        <translation>文件夹 %1 不存在，请另选保存位置。</translation>
    </message>
    <message>
        <source>%1 已存在，要替换它吗？</source>
        <translation>%1 已存在，要替换它吗？</translation>
    </message>
</context>
<context>
    <name>qf::ui::FormExporter</name>
    <message>
        <source>还没有专项整治，请先在“专项整治概览”中新建。</source>
        <translation>还没有专项整治，请先在“专项整治概览”中新建。</translation>
    </message>
    <message>
        <source>%1的数据有 %2 个错误：</source>
        <translation>%1的数据有 %2 个错误：</translation>
    </message>
    <message>
        <source>可以先在“报表填报”中改正，也可以仍然导出（表中照样是这些数字）。</source>
        <translation>可以先在“报表填报”中改正，也可以仍然导出（表中照样是这些数字）。</translation>
    </message>
    <message>
        <source>导出报表（Excel）</source>
        <translation>导出报表（Excel）</translation>
    </message>
    <message>
        <source>仍然导出</source>
        <translation>仍然导出</translation>
    </message>
    <message>
        <source>已导出%1（%2）：
%3</source>
        <translation>已导出%1（%2）：
%3</translation>
    </message>
    <message>
        <source>表中含 %1 个错误。</source>
        <translation>表中含 %1 个错误。</translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <source>……另有 %1 个错误。</source>
        <translation>……另有 %1 个错误。</translation>
    </message>
    <message>
        <source>已取消，没有导出；%1 保持原样。</source>
        <translation>已取消，没有导出；%1 保持原样。</translation>
    </message>
</context>
<context>
    <name>qf::ui::FormPrintPanel</name>
    <message>
        <source>表头右侧的“填报时间”</source>
        <translation>表头右侧的“填报时间”</translation>
    </message>
    <message>
        <source>预览…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>保存为 PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <source>报表：</source>
        <translation>报表：</translation>
    </message>
    <message>
        <source>月份：</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>填报时间：</source>
        <translation>填报时间：</translation>
    </message>
    <message>
        <source>A4 横向打印，版式与导出的 Excel 表相同；表头在每一页重复，页脚有页码。</source>
        <translation>A4 横向打印，版式与导出的 Excel 表相同；表头在每一页重复，页脚有页码。</translation>
    </message>
    <message>
        <source>还没有专项整治，请先在“专项整治概览”中新建。</source>
        <translation>还没有专项整治，请先在“专项整治概览”中新建。</translation>
    </message>
    <message>
        <source>%1 个单位本月未报送</source>
        <translation>%1 个单位本月未报送</translation>
    </message>
    <message>
        <source>%1 个错误</source>
        <translation>%1 个错误</translation>
    </message>
    <message>
        <source>%1 个提示</source>
        <translation>%1 个提示</translation>
    </message>
    <message>
        <source>数据完整，没有发现问题。</source>
        <translation>数据完整，没有发现问题。</translation>
    </message>
    <message>
        <source>注意：%1。仍可打印，便于核对。</source>
        <translation>注意：%1。仍可打印，便于核对。</translation>
    </message>
    <message>
        <source>还没有专项整治，无法打印报表。</source>
        <translation>还没有专项整治，无法打印报表。</translation>
    </message>
    <message>
        <source>%1 %2.pdf</source>
        <translation>%1 %2.pdf</translation>
    </message>
    <message>
        <source>保存为 PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <source>已保存（共 %1 页）：%2</source>
        <translation>已保存（共 %1 页）：%2</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>按官方格式导出为 Excel 工作簿：这张表，或本月三张表一起</source>
        <translation>按官方格式导出为 Excel 工作簿：这张表，或本月三张表一起</translation>
    </message>
    <message>
        <source>还没有专项整治：先在“专项整治概览”中新建</source>
        <translation>还没有专项整治：先在“专项整治概览”中新建</translation>
    </message>
    <message>
        <source>该专项整治的期间内没有要报的月份：请在“编辑方案…”中核对日期</source>
        <translation>该专项整治的期间内没有要报的月份：请在“编辑方案…”中核对日期</translation>
    </message>
</context>
<context>
    <name>qf::ui::GroupedHeaderView</name>
    <message>
        <source>%1 自动</source>
        <translation>%1 自动</translation>
    </message>
</context>
<context>
    <name>qf::ui::GuidedStart</name>
    <message>
        <source>开始使用：三步开展专项整治</source>
        <translation>开始使用：三步开展专项整治</translation>
    </message>
    <message>
        <source>导入本县的医疗机构名册（Excel 或 CSV），报表、跟踪和海报都从名册来。</source>
        <translation>导入本县的医疗机构名册（Excel 或 CSV），报表、跟踪和海报都从名册来。</translation>
    </message>
    <message>
        <source>按模板新建专项整治：选择模板，填写本县名称和年度，核对工作阶段和报送截止事项。</source>
        <translation>按模板新建专项整治：选择模板，填写本县名称和年度，核对工作阶段和报送截止事项。</translation>
    </message>
    <message>
        <source>为每个报送机构生成本月的空白报表，发给各机构填写；收到第一份报表后此步完成。</source>
        <translation>为每个报送机构生成本月的空白报表，发给各机构填写；收到第一份报表后此步完成。</translation>
    </message>
    <message>
        <source>导入机构名册…</source>
        <translation>导入机构名册…</translation>
    </message>
    <message>
        <source>新建专项整治…</source>
        <translation>新建专项整治…</translation>
    </message>
    <message>
        <source>生成空白报表…</source>
        <translation>生成空白报表…</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>尚未完成</source>
        <translation>尚未完成</translation>
    </message>
    <message>
        <source>先新建专项整治（第 2 步），才能生成它的空白报表</source>
        <translation>先新建专项整治（第 2 步），才能生成它的空白报表</translation>
    </message>
    <message>
        <source>名册中还没有机构：先导入机构名册（第 1 步）</source>
        <translation>名册中还没有机构：先导入机构名册（第 1 步）</translation>
    </message>
</context>
<context>
    <name>qf::ui::HelpDialog</name>
    <message>
        <source>使用说明</source>
        <translation>使用说明</translation>
    </message>
    <message>
        <source>zh_CN</source>
        <comment>the language code of this translation (zh_CN or en); it picks the user guide</comment>
        <translation>zh_CN</translation>
    </message>
</context>
<context>
    <name>qf::ui::HistoryDialog</name>
    <message>
        <source>新增</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>变更记录 — %1</source>
        <translation>变更记录 — %1</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>建立记录</source>
        <translation>建立记录</translation>
    </message>
    <message>
        <source>没有变更记录。</source>
        <translation>没有变更记录。</translation>
    </message>
    <message>
        <source>变更记录由数据库自动保存，任何人都不能修改或删除。</source>
        <translation>变更记录由数据库自动保存，任何人都不能修改或删除。</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>签发本月：全部单位锁定</source>
        <translation>签发本月：全部单位锁定</translation>
    </message>
    <message>
        <source>验收本月：锁定</source>
        <translation>验收本月：锁定</translation>
    </message>
    <message>
        <source>取消签发，解锁。理由：%1</source>
        <translation>取消签发，解锁。理由：%1</translation>
    </message>
    <message>
        <source>解锁。理由：%1</source>
        <translation>解锁。理由：%1</translation>
    </message>
    <message>
        <source>第%1栏恢复台账计算</source>
        <translation>第%1栏恢复台账计算</translation>
    </message>
    <message>
        <source>第%1栏以填报数覆盖台账数。理由：%2</source>
        <translation>第%1栏以填报数覆盖台账数。理由：%2</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>第%1栏填写 %2</source>
        <translation>第%1栏填写 %2</translation>
    </message>
    <message>
        <source>第%1栏删除（原为 %2）</source>
        <translation>第%1栏删除（原为 %2）</translation>
    </message>
    <message>
        <source>第%1栏 %2 → %3</source>
        <translation>第%1栏 %2 → %3</translation>
    </message>
    <message>
        <source>锁定时的数字已保存，此后按其显示</source>
        <translation>锁定时的数字已保存，此后按其显示</translation>
    </message>
</context>
<context>
    <name>qf::ui::ImportReportsDialog</name>
    <message>
        <source>导入机构填好的报表</source>
        <translation>导入机构填好的报表</translation>
    </message>
    <message>
        <source>选择各机构填好的 Excel 报表（本软件生成的空白报表）。每个文件按单元格中的附件、填报单位和报表月份识别，检查无误后才能导入；有错误的文件不会改动任何数据。</source>
        <translation>选择各机构填好的 Excel 报表（本软件生成的空白报表）。每个文件按单元格中的附件、填报单位和报表月份识别，检查无误后才能导入；有错误的文件不会改动任何数据。</translation>
    </message>
    <message>
        <source>添加文件…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>添加文件夹…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>机构</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>检查结果</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>导入全部无误文件</source>
        <translation>导入全部无误文件</translation>
    </message>
    <message>
        <source>选择填好的报表</source>
        <translation>选择填好的报表</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>选择存放报表的文件夹</source>
        <translation>选择存放报表的文件夹</translation>
    </message>
    <message>
        <source>已导入</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>无误</source>
        <translation>无误</translation>
    </message>
    <message>
        <source>尚未选择文件</source>
        <translation>尚未选择文件</translation>
    </message>
    <message>
        <source>共 %1 个文件：%2 个无误，%3 个有错误</source>
        <translation>共 %1 个文件：%2 个无误，%3 个有错误</translation>
    </message>
    <message>
        <source>；已导入 %1 个文件</source>
        <translation>；已导入 %1 个文件</translation>
    </message>
    <message>
        <source>收到日期</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>收到文件的日期，决定按时还是补报；默认为文件的修改日期，双击修改</source>
        <translation>收到文件的日期，决定按时还是补报；默认为文件的修改日期，双击修改</translation>
    </message>
    <message>
        <source>检查报表</source>
        <translation>检查报表</translation>
    </message>
    <message>
        <source>；已取消检查，新添加的文件未列入</source>
        <translation>；已取消检查，新添加的文件未列入</translation>
    </message>
    <message>
        <source>导入报表</source>
        <translation>导入报表</translation>
    </message>
    <message>
        <source>；已取消，没有导入任何文件</source>
        <translation>；已取消，没有导入任何文件</translation>
    </message>
</context>
<context>
    <name>qf::ui::IncompleteInstitutionsBox</name>
    <message>
        <source>公告上的举报电话和举报邮箱不能空着。请补填后保存到机构名册，或跳过这些机构（本次不打印）。</source>
        <translation>公告上的举报电话和举报邮箱不能空着。请补填后保存到机构名册，或跳过这些机构（本次不打印）。</translation>
    </message>
    <message>
        <source>机构</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>举报电话</source>
        <translation>举报电话</translation>
    </message>
    <message>
        <source>举报邮箱</source>
        <translation>举报邮箱</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>举报渠道不全的机构（%1家）</source>
        <translation>举报渠道不全的机构（%1家）</translation>
    </message>
    <message>
        <source>必填，如 0772-6812120</source>
        <translation>必填，如 0772-6812120</translation>
    </message>
    <message>
        <source>必填，如 xxx@126.com</source>
        <translation>必填，如 xxx@126.com</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>跳过</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>把举报电话和邮箱保存到机构名册</source>
        <translation>把举报电话和邮箱保存到机构名册</translation>
    </message>
    <message>
        <source>本次不打印这家机构的公告</source>
        <translation>本次不打印这家机构的公告</translation>
    </message>
</context>
<context>
    <name>qf::ui::InspectionDialog</name>
    <message>
        <source>检查记录 #%1</source>
        <translation>检查记录 #%1</translation>
    </message>
    <message>
        <source>登记检查</source>
        <translation>登记检查</translation>
    </message>
    <message>
        <source>约谈</source>
        <translation>约谈</translation>
    </message>
    <message>
        <source>通报批评</source>
        <translation>通报批评</translation>
    </message>
    <message>
        <source>限期整改</source>
        <translation>限期整改</translation>
    </message>
    <message>
        <source>追回资金</source>
        <translation>追回资金</translation>
    </message>
    <message>
        <source>行政罚款</source>
        <translation>行政罚款</translation>
    </message>
    <message>
        <source> 条</source>
        <translation> 条</translation>
    </message>
    <message>
        <source>其他处理措施（填写即计入“其他”）</source>
        <translation>其他处理措施（填写即计入“其他”）</translation>
    </message>
    <message>
        <source>移交线索</source>
        <translation>移交线索</translation>
    </message>
    <message>
        <source>被检查机构（必填）</source>
        <translation>被检查机构（必填）</translation>
    </message>
    <message>
        <source>检查日期</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>检查方式</source>
        <translation>检查方式</translation>
    </message>
    <message>
        <source>检查人员</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <source>检查发现</source>
        <translation>检查发现</translation>
    </message>
    <message>
        <source>处理措施</source>
        <translation>处理措施</translation>
    </message>
    <message>
        <source>主动清退基金</source>
        <translation>主动清退基金</translation>
    </message>
    <message>
        <source>追回基金</source>
        <translation>追回基金</translation>
    </message>
    <message>
        <source>暂停执业（人）</source>
        <translation>暂停执业（人）</translation>
    </message>
    <message>
        <source>吊销执业证书（人）</source>
        <translation>吊销执业证书（人）</translation>
    </message>
    <message>
        <source>移送司法机关（人）</source>
        <translation>移送司法机关（人）</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>检查日期晚于今天。</source>
        <translation>检查日期晚于今天。</translation>
    </message>
    <message>
        <source>非医保定点</source>
        <translation>非医保定点</translation>
    </message>
    <message>
        <source>提示：%1非医保定点机构，本次检查不计入附件2。再按一次“确定”保存。</source>
        <translation>提示：%1非医保定点机构，本次检查不计入附件2。再按一次“确定”保存。</translation>
    </message>
</context>
<context>
    <name>qf::ui::InstitutionDialog</name>
    <message>
        <source>编辑机构</source>
        <translation>编辑机构</translation>
    </message>
    <message>
        <source>新增机构</source>
        <translation>新增机构</translation>
    </message>
    <message>
        <source>如：鹿寨县人民医院</source>
        <translation>如：鹿寨县人民医院</translation>
    </message>
    <message>
        <source>与医保经办机构签订了服务协议</source>
        <translation>与医保经办机构签订了服务协议</translation>
    </message>
    <message>
        <source>如：0772-6812120</source>
        <translation>如：0772-6812120</translation>
    </message>
    <message>
        <source>开业日期</source>
        <translation>开业日期</translation>
    </message>
    <message>
        <source>名称（必填）</source>
        <translation>名称（必填）</translation>
    </message>
    <message>
        <source>简称</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>所有制</source>
        <translation>所有制</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>医保定点</source>
        <translation>医保定点</translation>
    </message>
    <message>
        <source>乡镇</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>举报电话</source>
        <translation>举报电话</translation>
    </message>
    <message>
        <source>举报邮箱</source>
        <translation>举报邮箱</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>催报时拨打的办公电话，不公开</source>
        <translation>催报时拨打的办公电话，不公开</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
</context>
<context>
    <name>qf::ui::InstitutionTableModel</name>
    <message>
        <source>示例数据</source>
        <translation>示例数据</translation>
    </message>
    <message>
        <source>是</source>
        <translation>是</translation>
    </message>
    <message>
        <source>否</source>
        <translation>否</translation>
    </message>
    <message>
        <source>停用（%1起）</source>
        <translation>停用（%1起）</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>在用</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>简称</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>所有制</source>
        <translation>所有制</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>医保定点</source>
        <translation>医保定点</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>乡镇</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>举报电话</source>
        <translation>举报电话</translation>
    </message>
    <message>
        <source>举报邮箱</source>
        <translation>举报邮箱</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
</context>
<context>
    <name>qf::ui::LedgerCellDialog</name>
    <message>
        <source>%1 第%2栏的台账记录</source>
        <translation>%1 第%2栏的台账记录</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1　%2　%3（第%4栏）：%5&lt;/b&gt;&lt;br&gt;计算方法：%6</source>
        <translation>&lt;b&gt;%1　%2　%3（第%4栏）：%5&lt;/b&gt;&lt;br&gt;计算方法：%6</translation>
    </message>
    <message>
        <source>未建台账</source>
        <translation>未建台账</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>台账</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>机构</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>计数</source>
        <translation>计数</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>已计</source>
        <translation>已计</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>月末前没有计入此栏的记录，故为0。</source>
        <translation>月末前没有计入此栏的记录，故为0。</translation>
    </message>
    <message>
        <source>该单位没有建立此栏所用的台账，数字以填报为准。</source>
        <translation>该单位没有建立此栏所用的台账，数字以填报为准。</translation>
    </message>
    <message>
        <source>合计：%1（%2 条记录计入）</source>
        <translation>合计：%1（%2 条记录计入）</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>qf::ui::LedgerFiguresTab</name>
    <message>
        <source>只看不一致</source>
        <translation>只看不一致</translation>
    </message>
    <message>
        <source>查看记录…</source>
        <translation>查看记录…</translation>
    </message>
    <message>
        <source>以填报数为准…</source>
        <translation>以填报数为准…</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>数字为台账在月末的累计数；红色：填报数与台账不符；黄色：已写明理由、以填报数为准；“—”：该单位未建此项台账，以填报为准。双击查看组成该数字的记录。</source>
        <translation>数字为台账在月末的累计数；红色：填报数与台账不符；黄色：已写明理由、以填报数为准；“—”：该单位未建此项台账，以填报为准。双击查看组成该数字的记录。</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>%1（填报%2）</source>
        <translation>%1（填报%2）</translation>
    </message>
    <message>
        <source>填报数与台账不符：请核对台账，或写明理由后以填报数为准。</source>
        <translation>填报数与台账不符：请核对台账，或写明理由后以填报数为准。</translation>
    </message>
    <message>
        <source>以填报数为准，理由：%1</source>
        <translation>以填报数为准，理由：%1</translation>
    </message>
    <message>
        <source>%1 %2：台账计算 %3 个数字；与填报不符 %4 个；以填报数为准 %5 个。</source>
        <translation>%1 %2：台账计算 %3 个数字；与填报不符 %4 个；以填报数为准 %5 个。</translation>
    </message>
    <message>
        <source>以填报数为准</source>
        <translation>以填报数为准</translation>
    </message>
    <message>
        <source>请选择一个填报数与台账不符的单元格（红色）。</source>
        <translation>请选择一个填报数与台账不符的单元格（红色）。</translation>
    </message>
    <message>
        <source>%1 第%2栏：为什么填报数比台账更准确？（如：台账不全、由其他股室统计）
清空理由则恢复以台账为准。</source>
        <translation>%1 第%2栏：为什么填报数比台账更准确？（如：台账不全、由其他股室统计）
清空理由则恢复以台账为准。</translation>
    </message>
    <message>
        <source>理由：</source>
        <translation>理由：</translation>
    </message>
</context>
<context>
    <name>qf::ui::LedgerTab</name>
    <message>
        <source>新增</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>查看/编辑</source>
        <translation>查看/编辑</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>办理</source>
        <translation>办理</translation>
    </message>
    <message>
        <source>导入 CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>搜索任一栏…</source>
        <translation>搜索任一栏…</translation>
    </message>
    <message>
        <source>只看逾期和临近期限</source>
        <translation>只看逾期和临近期限</translation>
    </message>
    <message>
        <source>全部机构</source>
        <translation>全部机构</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>全部类型</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>这条记录已办理完毕。</source>
        <translation>这条记录已办理完毕。</translation>
    </message>
    <message>
        <source>；逾期 %1 条，临近期限 %2 条</source>
        <translation>；逾期 %1 条，临近期限 %2 条</translation>
    </message>
    <message>
        <source>显示 %1 条，共 %2 条%3。</source>
        <translation>显示 %1 条，共 %2 条%3。</translation>
    </message>
    <message>
        <source>请先新建专项整治。</source>
        <translation>请先新建专项整治。</translation>
    </message>
    <message>
        <source>请先在表中选择一条记录。</source>
        <translation>请先在表中选择一条记录。</translation>
    </message>
    <message>
        <source>导入%1</source>
        <translation>导入%1</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv);;所有文件 (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>文件有 %1 处错误，未导入任何记录。</source>
        <translation>文件有 %1 处错误，未导入任何记录。</translation>
    </message>
    <message>
        <source>表头应为：%1</source>
        <translation>表头应为：%1</translation>
    </message>
    <message>
        <source>已导入 %1 条。</source>
        <translation>已导入 %1 条。</translation>
    </message>
    <message>
        <source>导出%1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>已导出 %1 条到 %2。</source>
        <translation>已导出 %1 条到 %2。</translation>
    </message>
    <message>
        <source>还没有专项整治：先在“专项整治概览”中新建</source>
        <translation>还没有专项整治：先在“专项整治概览”中新建</translation>
    </message>
    <message>
        <source>先在列表中选中一条记录</source>
        <translation>先在列表中选中一条记录</translation>
    </message>
</context>
<context>
    <name>qf::ui::LedgerWidgets</name>
    <message>
        <source>未填</source>
        <translation>未填</translation>
    </message>
    <message>
        <source> 万元</source>
        <translation> 万元</translation>
    </message>
</context>
<context>
    <name>qf::ui::LedgersPage</name>
    <message>
        <source>台账</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>报表对照</source>
        <translation>报表对照</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>尚未新建专项整治</source>
        <translation>尚未新建专项整治</translation>
    </message>
    <message>
        <source>无法读取专项整治</source>
        <translation>无法读取专项整治</translation>
    </message>
</context>
<context>
    <name>qf::ui::MailAccountDialog</name>
    <message>
        <source>修改邮箱</source>
        <translation>修改邮箱</translation>
    </message>
    <message>
        <source>添加邮箱</source>
        <translation>添加邮箱</translation>
    </message>
    <message>
        <source>例如：党建办邮箱</source>
        <translation>例如：党建办邮箱</translation>
    </message>
    <message>
        <source>例如：djb_luzhai@126.com</source>
        <translation>例如：djb_luzhai@126.com</translation>
    </message>
    <message>
        <source>例如：imap.126.com</source>
        <translation>例如：imap.126.com</translation>
    </message>
    <message>
        <source>用 STARTTLS 升级加密（端口 143）</source>
        <translation>用 STARTTLS 升级加密（端口 143）</translation>
    </message>
    <message>
        <source>默认为邮箱地址</source>
        <translation>默认为邮箱地址</translation>
    </message>
    <message>
        <source>邮箱设置中生成的授权码，不是登录密码</source>
        <translation>邮箱设置中生成的授权码，不是登录密码</translation>
    </message>
    <message>
        <source>记住授权码（保存在系统密钥环中）</source>
        <translation>记住授权码（保存在系统密钥环中）</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>邮箱地址</source>
        <translation>邮箱地址</translation>
    </message>
    <message>
        <source>收信服务器（IMAP）</source>
        <translation>收信服务器（IMAP）</translation>
    </message>
    <message>
        <source>端口</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>邮件文件夹</source>
        <translation>邮件文件夹</translation>
    </message>
    <message>
        <source>收报股室</source>
        <translation>收报股室</translation>
    </message>
    <message>
        <source>授权码</source>
        <translation>授权码</translation>
    </message>
    <message>
        <source>例如：smtp.126.com（发送催报和回执用）</source>
        <translation>例如：smtp.126.com（发送催报和回执用）</translation>
    </message>
    <message>
        <source>465 为 SSL 加密；587 为 STARTTLS 升级加密</source>
        <translation>465 为 SSL 加密；587 为 STARTTLS 升级加密</translation>
    </message>
    <message>
        <source>发信服务器（SMTP）</source>
        <translation>发信服务器（SMTP）</translation>
    </message>
    <message>
        <source>发信端口</source>
        <translation>发信端口</translation>
    </message>
    <message>
        <source>不填：不按股室区分</source>
        <translation>不填：不按股室区分</translation>
    </message>
    <message>
        <source>例如：%1（不填则不按股室区分）</source>
        <translation>例如：%1（不填则不按股室区分）</translation>
    </message>
    <message>
        <source>催报按截止期限的“报至”股室找发信邮箱，须是专项整治中的股室</source>
        <translation>催报按截止期限的“报至”股室找发信邮箱，须是专项整治中的股室</translation>
    </message>
</context>
<context>
    <name>qf::ui::MailAccountEditing</name>
    <message>
        <source>添加邮箱</source>
        <translation>添加邮箱</translation>
    </message>
    <message>
        <source>修改邮箱</source>
        <translation>修改邮箱</translation>
    </message>
    <message>
        <source>删除邮箱</source>
        <translation>删除邮箱</translation>
    </message>
    <message>
        <source>删除邮箱“%1”的设置？</source>
        <translation>删除邮箱“%1”的设置？</translation>
    </message>
</context>
<context>
    <name>qf::ui::MailAccountsDialog</name>
    <message>
        <source>邮箱</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>各股室收取报表、发送催报和回执的邮箱。催报从截止期限“报至”股室的邮箱发出。</source>
        <translation>各股室收取报表、发送催报和回执的邮箱。催报从截止期限“报至”股室的邮箱发出。</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>邮箱地址</source>
        <translation>邮箱地址</translation>
    </message>
    <message>
        <source>收信服务器</source>
        <translation>收信服务器</translation>
    </message>
    <message>
        <source>收报股室</source>
        <translation>收报股室</translation>
    </message>
    <message>
        <source>添加…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>（不按股室区分）</source>
        <translation>（不按股室区分）</translation>
    </message>
    <message>
        <source>%1（不是本专项整治的股室，催报不会按它选用此邮箱）</source>
        <translation>%1（不是本专项整治的股室，催报不会按它选用此邮箱）</translation>
    </message>
</context>
<context>
    <name>qf::ui::MailFetchDialog</name>
    <message>
        <source>收取报表</source>
        <translation>收取报表</translation>
    </message>
    <message>
        <source>邮箱</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>添加…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>授权码（已记住的会自动填入）</source>
        <translation>授权码（已记住的会自动填入）</translation>
    </message>
    <message>
        <source>授权码</source>
        <translation>授权码</translation>
    </message>
    <message>
        <source>收取新邮件</source>
        <translation>收取新邮件</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>发件人</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>机构</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>收到</source>
        <translation>收到</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>错误和提示</source>
        <translation>错误和提示</translation>
    </message>
    <message>
        <source>收取时的提示（旧版表格、图片等附件）显示在这里，可复制后回复机构。</source>
        <translation>收取时的提示（旧版表格、图片等附件）显示在这里，可复制后回复机构。</translation>
    </message>
    <message>
        <source>导入无误的报表</source>
        <translation>导入无误的报表</translation>
    </message>
    <message>
        <source>上次收取的报表中有 %1 个尚未导入。</source>
        <translation>上次收取的报表中有 %1 个尚未导入。</translation>
    </message>
    <message>
        <source>请先添加一个邮箱</source>
        <translation>请先添加一个邮箱</translation>
    </message>
    <message>
        <source>请输入邮箱“%1”的授权码。</source>
        <translation>请输入邮箱“%1”的授权码。</translation>
    </message>
    <message>
        <source>正在收取邮箱“%1”的新邮件…</source>
        <translation>正在收取邮箱“%1”的新邮件…</translation>
    </message>
    <message>
        <source>新邮件 %1 封，已收取 %2 封（重复 %3 封），待导入报表 %4 个。</source>
        <translation>新邮件 %1 封，已收取 %2 封（重复 %3 封），待导入报表 %4 个。</translation>
    </message>
    <message>
        <source>正在导入…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>已导入 %1 个报表，%2 个有错误未导入（错误已记下，可回复机构更正）。</source>
        <translation>已导入 %1 个报表，%2 个有错误未导入（错误已记下，可回复机构更正）。</translation>
    </message>
    <message>
        <source>有错误</source>
        <translation>有错误</translation>
    </message>
    <message>
        <source>另有 %1 封由同时进行的另一次收取记下，这里跳过。</source>
        <translation>另有 %1 封由同时进行的另一次收取记下，这里跳过。</translation>
    </message>
    <message>
        <source>发送回执…</source>
        <translation>发送回执…</translation>
    </message>
    <message>
        <source>告诉发来报表的单位已收到、有无错误；发送前先列出收件人和主题</source>
        <translation>告诉发来报表的单位已收到、有无错误；发送前先列出收件人和主题</translation>
    </message>
    <message>
        <source>导入后，把报表全部导入的邮件移到文件夹</source>
        <translation>导入后，把报表全部导入的邮件移到文件夹</translation>
    </message>
    <message>
        <source>有报表出错、未导入或没有报表的邮件留在邮箱中，等待处理</source>
        <translation>有报表出错、未导入或没有报表的邮件留在邮箱中，等待处理</translation>
    </message>
    <message>
        <source>已导入报表</source>
        <translation>已导入报表</translation>
    </message>
    <message>
        <source>邮箱中没有这个文件夹时自动新建</source>
        <translation>邮箱中没有这个文件夹时自动新建</translation>
    </message>
    <message>
        <source>没有选定邮箱，邮件未移动。</source>
        <translation>没有选定邮箱，邮件未移动。</translation>
    </message>
    <message>
        <source>请输入邮箱“%1”的授权码，邮件未移动。</source>
        <translation>请输入邮箱“%1”的授权码，邮件未移动。</translation>
    </message>
    <message>
        <source>正在把导入完毕的邮件移到文件夹“%1”…</source>
        <translation>正在把导入完毕的邮件移到文件夹“%1”…</translation>
    </message>
    <message>
        <source>%1 封报表全部导入的邮件已移到文件夹“%2”，%3 封留在邮箱中。</source>
        <translation>%1 封报表全部导入的邮件已移到文件夹“%2”，%3 封留在邮箱中。</translation>
    </message>
</context>
<context>
    <name>qf::ui::MailSendDialog</name>
    <message>
        <source>发送催报邮件（%1）</source>
        <translation>发送催报邮件（%1）</translation>
    </message>
    <message>
        <source>发送回执</source>
        <translation>发送回执</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>收件人</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>主题</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>选中一行，查看将发出的邮件全文</source>
        <translation>选中一行，查看将发出的邮件全文</translation>
    </message>
    <message>
        <source>授权码（已记住的会自动填入）</source>
        <translation>授权码（已记住的会自动填入）</translation>
    </message>
    <message>
        <source> 秒</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>两封邮件之间暂停，免得邮箱服务商把连续发出的邮件当作垃圾邮件</source>
        <translation>两封邮件之间暂停，免得邮箱服务商把连续发出的邮件当作垃圾邮件</translation>
    </message>
    <message>
        <source> 封</source>
        <translation> 封</translation>
    </message>
    <message>
        <source>授权码</source>
        <translation>授权码</translation>
    </message>
    <message>
        <source>每封间隔</source>
        <translation>每封间隔</translation>
    </message>
    <message>
        <source>本次最多</source>
        <translation>本次最多</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>发送…</source>
        <translation>发送…</translation>
    </message>
    <message>
        <source>正在列出将发送的邮件…</source>
        <translation>正在列出将发送的邮件…</translation>
    </message>
    <message>
        <source>将发送 %1 封；共 %2 项。尚未发送任何邮件。</source>
        <translation>将发送 %1 封；共 %2 项。尚未发送任何邮件。</translation>
    </message>
    <message>
        <source>：</source>
        <translation>：</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>发件人：%1 &lt;%2&gt;
收件人：%3 &lt;%4&gt;
主题：%5

%6</source>
        <translation>发件人：%1 &lt;%2&gt;
收件人：%3 &lt;%4&gt;
主题：%5

%6</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>请输入发信邮箱的授权码。</source>
        <translation>请输入发信邮箱的授权码。</translation>
    </message>
    <message>
        <source>
……等 %1 个</source>
        <translation>
……等 %1 个</translation>
    </message>
    <message>
        <source>现在发送 %1 封邮件（每封间隔 %2 秒）？

%3</source>
        <translation>现在发送 %1 封邮件（每封间隔 %2 秒）？

%3</translation>
    </message>
    <message>
        <source>正在发送 %1 封邮件…</source>
        <translation>正在发送 %1 封邮件…</translation>
    </message>
    <message>
        <source>已发送 %1 封，未发出 %2 封，可能已发出 %3 封，留待下次 %4 封。</source>
        <translation>已发送 %1 封，未发出 %2 封，可能已发出 %3 封，留待下次 %4 封。</translation>
    </message>
</context>
<context>
    <name>qf::ui::MainWindow</name>
    <message>
        <source>清风 · 专项整治工作台</source>
        <translation>清风 · 专项整治工作台</translation>
    </message>
    <message>
        <source>专项整治概览</source>
        <translation>专项整治概览</translation>
    </message>
    <message>
        <source>报表填报</source>
        <translation>报表填报</translation>
    </message>
    <message>
        <source>机构名册</source>
        <translation>机构名册</translation>
    </message>
    <message>
        <source>报送跟踪</source>
        <translation>报送跟踪</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>打开数据库…</source>
        <translation>打开数据库…</translation>
    </message>
    <message>
        <source>新建数据库…</source>
        <translation>新建数据库…</translation>
    </message>
    <message>
        <source>备份数据库…</source>
        <translation>备份数据库…</translation>
    </message>
    <message>
        <source>从备份恢复…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>关于清风</source>
        <translation>关于清风</translation>
    </message>
    <message>
        <source>示例数据</source>
        <translation>示例数据</translation>
    </message>
    <message>
        <source>当前数据库含有鹿寨县示例数据，仅供熟悉软件使用。</source>
        <translation>当前数据库含有鹿寨县示例数据，仅供熟悉软件使用。</translation>
    </message>
    <message>
        <source>数据库：%1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>打开数据库</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>清风数据库 (*.sqlite *.db);;所有文件 (*)</source>
        <translation>清风数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>新建数据库</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>清风数据库 (*.sqlite)</source>
        <translation>清风数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>备份数据库</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>已备份到 %1。</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>用备份 %1 替换当前数据库？当前数据库会先另存一份。请确认没有其他清风程序在使用该数据库。</source>
        <translation>用备份 %1 替换当前数据库？当前数据库会先另存一份。请确认没有其他清风程序在使用该数据库。</translation>
    </message>
    <message>
        <source>已恢复。原数据库另存为 %1。</source>
        <translation>已恢复。原数据库另存为 %1。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;清风 · 专项整治工作台&lt;/h3&gt;&lt;p&gt;版本 %1&lt;/p&gt;&lt;p&gt;县级卫生健康局医疗领域专项整治的登记、报表、跟踪与打印工具。&lt;/p&gt;&lt;p&gt;许可证：GNU GPL v3 或更高版本。&lt;/p&gt;&lt;p&gt;数据文件：%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;清风 · 专项整治工作台&lt;/h3&gt;&lt;p&gt;版本 %1&lt;/p&gt;&lt;p&gt;县级卫生健康局医疗领域专项整治的登记、报表、跟踪与打印工具。&lt;/p&gt;&lt;p&gt;许可证：GNU GPL v3 或更高版本。&lt;/p&gt;&lt;p&gt;数据文件：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>台账</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>多处打开</source>
        <translation>多处打开</translation>
    </message>
    <message>
        <source>（%1 的账户）</source>
        <translation>（%1 的账户）</translation>
    </message>
    <message>
        <source>服务器：%1%2</source>
        <translation>服务器：%1%2</translation>
    </message>
    <message>
        <source>此数据库也在%1中打开。</source>
        <translation>此数据库也在%1中打开。</translation>
    </message>
    <message>
        <source>数据库已在别处打开</source>
        <translation>数据库已在别处打开</translation>
    </message>
    <message>
        <source>数据库 %1 也在%2中打开。

两处都可以继续工作：每次保存都是完整的一步，不会写坏文件；同一单位同一月在另一处已保存过新数字时，本窗口的保存会被拒绝并提示，不会覆盖。另一处保存的更改在本窗口按 F5 刷新后显示。</source>
        <translation>数据库 %1 也在%2中打开。

两处都可以继续工作：每次保存都是完整的一步，不会写坏文件；同一单位同一月在另一处已保存过新数字时，本窗口的保存会被拒绝并提示，不会覆盖。另一处保存的更改在本窗口按 F5 刷新后显示。</translation>
    </message>
    <message>
        <source>连接服务器</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>导出报表（Excel）…</source>
        <translation>导出报表（Excel）…</translation>
    </message>
    <message>
        <source>按官方格式把某月的统计表（附件1—3）导出为 Excel 工作簿</source>
        <translation>按官方格式把某月的统计表（附件1—3）导出为 Excel 工作簿</translation>
    </message>
    <message>
        <source>使用说明</source>
        <translation>使用说明</translation>
    </message>
    <message>
        <source>专项整治工作台 — %1</source>
        <translation>专项整治工作台 — %1</translation>
    </message>
    <message>
        <source>专项整治工作台</source>
        <translation>专项整治工作台</translation>
    </message>
    <message>
        <source>尚未选择专项整治</source>
        <translation>尚未选择专项整治</translation>
    </message>
    <message>
        <source>专项整治：%1</source>
        <translation>专项整治：%1</translation>
    </message>
    <message>
        <source>收取报表（邮箱）…</source>
        <translation>收取报表（邮箱）…</translation>
    </message>
    <message>
        <source>从股室邮箱收取机构发来的报表，按邮件到达的时间记为收到日期</source>
        <translation>从股室邮箱收取机构发来的报表，按邮件到达的时间记为收到日期</translation>
    </message>
    <message>
        <source>分析</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>删除示例数据…</source>
        <translation>删除示例数据…</translation>
    </message>
    <message>
        <source>删除鹿寨县示例机构和示例活动，您自己录入的数据原样保留</source>
        <translation>删除鹿寨县示例机构和示例活动，您自己录入的数据原样保留</translation>
    </message>
    <message>
        <source>文件 %1 已存在，请另选文件名。新建数据库不会覆盖已有的文件。</source>
        <translation>文件 %1 已存在，请另选文件名。新建数据库不会覆盖已有的文件。</translation>
    </message>
    <message>
        <source>把当前数据库完整复制一份，可在使用中进行</source>
        <translation>把当前数据库完整复制一份，可在使用中进行</translation>
    </message>
    <message>
        <source>用以前的备份替换当前数据库（当前数据库先另存一份）</source>
        <translation>用以前的备份替换当前数据库（当前数据库先另存一份）</translation>
    </message>
    <message>
        <source>服务器上的示例数据只能由卫健局的账户删除</source>
        <translation>服务器上的示例数据只能由卫健局的账户删除</translation>
    </message>
    <message>
        <source>数据库中没有示例数据</source>
        <translation>数据库中没有示例数据</translation>
    </message>
    <message>
        <source>还没有专项整治，没有可导出的报表：先在“专项整治概览”中新建</source>
        <translation>还没有专项整治，没有可导出的报表：先在“专项整治概览”中新建</translation>
    </message>
    <message>
        <source>还没有专项整治，收到的报表无处导入：先在“专项整治概览”中新建</source>
        <translation>还没有专项整治，收到的报表无处导入：先在“专项整治概览”中新建</translation>
    </message>
    <message>
        <source>服务器上的数据库由管理员用服务器的工具备份和恢复</source>
        <translation>服务器上的数据库由管理员用服务器的工具备份和恢复</translation>
    </message>
    <message>
        <source>已取消，没有写入备份。</source>
        <translation>已取消，没有写入备份。</translation>
    </message>
</context>
<context>
    <name>qf::ui::MonthLockBar</name>
    <message>
        <source>验收本月</source>
        <translation>验收本月</translation>
    </message>
    <message>
        <source>验收选中单位本月的报表：数字锁定，不能再修改（可说明理由后解锁）</source>
        <translation>验收选中单位本月的报表：数字锁定，不能再修改（可说明理由后解锁）</translation>
    </message>
    <message>
        <source>签发本月</source>
        <translation>签发本月</translation>
    </message>
    <message>
        <source>卫生健康局签发本月报表：全部单位本月的数字锁定</source>
        <translation>卫生健康局签发本月报表：全部单位本月的数字锁定</translation>
    </message>
    <message>
        <source>解锁…</source>
        <translation>解锁…</translation>
    </message>
    <message>
        <source>解除验收或签发的锁定，须说明理由（记入变更记录）</source>
        <translation>解除验收或签发的锁定，须说明理由（记入变更记录）</translation>
    </message>
    <message>
        <source>变更记录…</source>
        <translation>变更记录…</translation>
    </message>
    <message>
        <source>选中单位本月报表的修改、覆盖、验收和解锁记录</source>
        <translation>选中单位本月报表的修改、覆盖、验收和解锁记录</translation>
    </message>
    <message>
        <source>&lt;b&gt;本月已签发&lt;/b&gt;，全部单位已锁定</source>
        <translation>&lt;b&gt;本月已签发&lt;/b&gt;，全部单位已锁定</translation>
    </message>
    <message>
        <source>请先在表中选中要验收的单位。</source>
        <translation>请先在表中选中要验收的单位。</translation>
    </message>
    <message>
        <source>%1 有尚未保存的修改，请先保存再验收。</source>
        <translation>%1 有尚未保存的修改，请先保存再验收。</translation>
    </message>
    <message>
        <source>还有尚未保存的修改，请先保存再签发。</source>
        <translation>还有尚未保存的修改，请先保存再签发。</translation>
    </message>
    <message>
        <source>签发%1%2？

签发后全部单位本月的数字锁定，修改须先解锁并说明理由。</source>
        <translation>签发%1%2？

签发后全部单位本月的数字锁定，修改须先解锁并说明理由。</translation>
    </message>
    <message>
        <source>注意：还有 %1 个单位本月未报，汇总表沿用其以前月份的数字。</source>
        <translation>注意：还有 %1 个单位本月未报，汇总表沿用其以前月份的数字。</translation>
    </message>
    <message>
        <source>取消%1%2的签发，全部单位可再修改。请说明理由（记入变更记录）：</source>
        <translation>取消%1%2的签发，全部单位可再修改。请说明理由（记入变更记录）：</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>请先在表中选中一个已验收的单位。</source>
        <translation>请先在表中选中一个已验收的单位。</translation>
    </message>
    <message>
        <source>解锁%1%2的%3，解锁后可再修改。请说明理由（记入变更记录）：</source>
        <translation>解锁%1%2的%3，解锁后可再修改。请说明理由（记入变更记录）：</translation>
    </message>
    <message>
        <source>变更记录</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>请先在表中选中一个单位。</source>
        <translation>请先在表中选中一个单位。</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>本月已验收的单位数 / 应报单位数</source>
        <translation>本月已验收的单位数 / 应报单位数</translation>
    </message>
    <message>
        <source>已验收 %1/%2</source>
        <translation>已验收 %1/%2</translation>
    </message>
    <message>
        <source>……另有 %1 条，见检查结果列表。</source>
        <translation>……另有 %1 条，见检查结果列表。</translation>
    </message>
    <message>
        <source>%1%2还有 %3 个错误，改正后才能签发：

%4</source>
        <translation>%1%2还有 %3 个错误，改正后才能签发：

%4</translation>
    </message>
    <message>
        <source>检查发现 %1 个疑点：</source>
        <translation>检查发现 %1 个疑点：</translation>
    </message>
    <message>
        <source>仍要签发？</source>
        <translation>仍要签发？</translation>
    </message>
    <message>
        <source>还没有专项整治：先在“专项整治概览”中新建</source>
        <translation>还没有专项整治：先在“专项整治概览”中新建</translation>
    </message>
    <message>
        <source>该专项整治没有可填报的月份</source>
        <translation>该专项整治没有可填报的月份</translation>
    </message>
    <message>
        <source>服务器上只有卫健局的账户可以验收、签发和解锁</source>
        <translation>服务器上只有卫健局的账户可以验收、签发和解锁</translation>
    </message>
    <message>
        <source>本月已签发，全部单位已锁定；解锁后才能修改</source>
        <translation>本月已签发，全部单位已锁定；解锁后才能修改</translation>
    </message>
    <message>
        <source>本月没有已验收或已签发的报表，无需解锁</source>
        <translation>本月没有已验收或已签发的报表，无需解锁</translation>
    </message>
</context>
<context>
    <name>qf::ui::NegativeListDialog</name>
    <message>
        <source>负面名单 #%1</source>
        <translation>负面名单 #%1</translation>
    </message>
    <message>
        <source>列入负面名单</source>
        <translation>列入负面名单</translation>
    </message>
    <message>
        <source>如：向本院医务人员给予回扣，取消供货资格</source>
        <translation>如：向本院医务人员给予回扣，取消供货资格</translation>
    </message>
    <message>
        <source>卫生健康局</source>
        <translation>卫生健康局</translation>
    </message>
    <message>
        <source>供应商（必填）</source>
        <translation>供应商（必填）</translation>
    </message>
    <message>
        <source>列入日期</source>
        <translation>列入日期</translation>
    </message>
    <message>
        <source>原因（必填）</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <source>列入单位</source>
        <translation>列入单位</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>qf::ui::NewCampaignDialog</name>
    <message>
        <source>按模板新建专项整治</source>
        <translation>按模板新建专项整治</translation>
    </message>
    <message>
        <source>如：鹿寨县</source>
        <translation>如：鹿寨县</translation>
    </message>
    <message>
        <source>如：柳州市</source>
        <translation>如：柳州市</translation>
    </message>
    <message>
        <source>留空则按模板生成</source>
        <translation>留空则按模板生成</translation>
    </message>
    <message>
        <source>如：鹿卫医〔2021〕22号</source>
        <translation>如：鹿卫医〔2021〕22号</translation>
    </message>
    <message>
        <source>方案模板</source>
        <translation>方案模板</translation>
    </message>
    <message>
        <source>县（区）</source>
        <translation>县（区）</translation>
    </message>
    <message>
        <source>所属市</source>
        <translation>所属市</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>县卫生健康局举报电话</source>
        <translation>县卫生健康局举报电话</translation>
    </message>
    <message>
        <source>县卫生健康局举报邮箱</source>
        <translation>县卫生健康局举报邮箱</translation>
    </message>
    <message>
        <source>市卫生健康委举报电话</source>
        <translation>市卫生健康委举报电话</translation>
    </message>
    <message>
        <source>市卫生健康委举报邮箱</source>
        <translation>市卫生健康委举报邮箱</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>请选择一个方案模板。</source>
        <translation>请选择一个方案模板。</translation>
    </message>
</context>
<context>
    <name>qf::ui::NoticePanel</name>
    <message>
        <source>如 鹿卫医〔2021〕22号</source>
        <translation>如 鹿卫医〔2021〕22号</translation>
    </message>
    <message>
        <source>通知正文：每段一行，打印时自动首行缩进两字。可用 Ctrl+B 加粗。</source>
        <translation>通知正文：每段一行，打印时自动首行缩进两字。可用 Ctrl+B 加粗。</translation>
    </message>
    <message>
        <source>加粗</source>
        <translation>加粗</translation>
    </message>
    <message>
        <source>成文日期：</source>
        <translation>成文日期：</translation>
    </message>
    <message>
        <source>发文字号：</source>
        <translation>发文字号：</translation>
    </message>
    <message>
        <source>主送机关：</source>
        <translation>主送机关：</translation>
    </message>
    <message>
        <source>正文：</source>
        <translation>正文：</translation>
    </message>
    <message>
        <source>附件：</source>
        <translation>附件：</translation>
    </message>
    <message>
        <source>保存到专项整治</source>
        <translation>保存到专项整治</translation>
    </message>
    <message>
        <source>恢复模板正文</source>
        <translation>恢复模板正文</translation>
    </message>
    <message>
        <source>预览…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>保存为 PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <source>保存通知</source>
        <translation>保存通知</translation>
    </message>
    <message>
        <source>还没有专项整治，请先在“专项整治概览”中新建。</source>
        <translation>还没有专项整治，请先在“专项整治概览”中新建。</translation>
    </message>
    <message>
        <source>还没有专项整治。</source>
        <translation>还没有专项整治。</translation>
    </message>
    <message>
        <source>通知已保存。</source>
        <translation>通知已保存。</translation>
    </message>
    <message>
        <source>找不到专项整治所用的模板“%1”。</source>
        <translation>找不到专项整治所用的模板“%1”。</translation>
    </message>
    <message>
        <source>有未保存的修改（预览和打印按当前内容）。</source>
        <translation>有未保存的修改（预览和打印按当前内容）。</translation>
    </message>
    <message>
        <source>通知</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>已保存通知（%1页）：%2</source>
        <translation>已保存通知（%1页）：%2</translation>
    </message>
    <message>
        <source>保存为 PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <source>保存为 Word…</source>
        <translation>保存为 Word…</translation>
    </message>
    <message>
        <source>已保存通知（Word 文档）：%1</source>
        <translation>已保存通知（Word 文档）：%1</translation>
    </message>
    <message>
        <source>%1通知</source>
        <translation>%1通知</translation>
    </message>
    <message>
        <source>保存为 Word</source>
        <translation>保存为 Word</translation>
    </message>
    <message>
        <source>还没有专项整治：先在“专项整治概览”中新建</source>
        <translation>还没有专项整治：先在“专项整治概览”中新建</translation>
    </message>
    <message>
        <source>没有未保存的修改</source>
        <translation>没有未保存的修改</translation>
    </message>
</context>
<context>
    <name>qf::ui::OfficeListEditor</name>
    <message>
        <source>股室或部门</source>
        <translation>股室或部门</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>电子邮箱</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>添加股室</source>
        <translation>添加股室</translation>
    </message>
    <message>
        <source>新股室</source>
        <translation>新股室</translation>
    </message>
</context>
<context>
    <name>qf::ui::PhaseListEditor</name>
    <message>
        <source>阶段名称</source>
        <translation>阶段名称</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>工作内容</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <source>添加阶段</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <source>新阶段</source>
        <translation>新阶段</translation>
    </message>
</context>
<context>
    <name>qf::ui::PhaseTimeline</name>
    <message>
        <source>尚未选择专项整治</source>
        <translation>尚未选择专项整治</translation>
    </message>
    <message>
        <source>%1年%2月</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>%1月</source>
        <translation>%1月</translation>
    </message>
    <message>
        <source>%1—%2</source>
        <translation>%1—%2</translation>
    </message>
    <message>
        <source>截止日</source>
        <translation>截止日</translation>
    </message>
</context>
<context>
    <name>qf::ui::PosterPanel</name>
    <message>
        <source>全部类别</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>按名称查找…</source>
        <translation>按名称查找…</translation>
    </message>
    <message>
        <source>全选</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>全不选</source>
        <translation>全不选</translation>
    </message>
    <message>
        <source>乡镇：</source>
        <translation>乡镇：</translation>
    </message>
    <message>
        <source>类别：</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>机构（勾选的打印）</source>
        <translation>机构（勾选的打印）</translation>
    </message>
    <message>
        <source>乡镇</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>举报电话</source>
        <translation>举报电话</translation>
    </message>
    <message>
        <source>举报邮箱</source>
        <translation>举报邮箱</translation>
    </message>
    <message>
        <source>公告落款处的日期</source>
        <translation>公告落款处的日期</translation>
    </message>
    <message>
        <source>预览…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>保存为 PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <source>落款日期：</source>
        <translation>落款日期：</translation>
    </message>
    <message>
        <source>全部乡镇</source>
        <translation>全部乡镇</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <source>还没有专项整治，请先在“专项整治概览”中新建。</source>
        <translation>还没有专项整治，请先在“专项整治概览”中新建。</translation>
    </message>
    <message>
        <source>没有勾选任何机构。</source>
        <translation>没有勾选任何机构。</translation>
    </message>
    <message>
        <source>还有 %1 家机构的举报渠道不全：补填保存或跳过后才能打印。</source>
        <translation>还有 %1 家机构的举报渠道不全：补填保存或跳过后才能打印。</translation>
    </message>
    <message>
        <source>将打印 %1 家机构的公告，每家一页（A4 纵向）。</source>
        <translation>将打印 %1 家机构的公告，每家一页（A4 纵向）。</translation>
    </message>
    <message>
        <source>%1专项整治工作公告</source>
        <translation>%1专项整治工作公告</translation>
    </message>
    <message>
        <source>正在生成公告…</source>
        <translation>正在生成公告…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>已保存 %1 页公告：%2</source>
        <translation>已保存 %1 页公告：%2</translation>
    </message>
    <message>
        <source>已取消，未保存文件。</source>
        <translation>已取消，未保存文件。</translation>
    </message>
    <message>
        <source>保存为 PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <source>正在生成公告</source>
        <translation>正在生成公告</translation>
    </message>
    <message>
        <source>正在生成公告：第 %1/%2 页</source>
        <translation>正在生成公告：第 %1/%2 页</translation>
    </message>
</context>
<context>
    <name>qf::ui::PrintingPage</name>
    <message>
        <source>打印</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>张贴公告（附件4）</source>
        <translation>张贴公告（附件4）</translation>
    </message>
    <message>
        <source>通知文件</source>
        <translation>通知文件</translation>
    </message>
    <message>
        <source>统计表</source>
        <translation>统计表</translation>
    </message>
    <message>
        <source>公告（附件4）每家机构一页，张贴在醒目位置；通知按公文格式排版；统计表（附件1—3）与导出的 Excel 版式相同。均可预览、打印或保存为 PDF；通知连同工作方案也可保存为 Word；工作总结根据数据起草，可保存为 Word 或 PDF。</source>
        <translation>公告（附件4）每家机构一页，张贴在醒目位置；通知按公文格式排版；统计表（附件1—3）与导出的 Excel 版式相同。均可预览、打印或保存为 PDF；通知连同工作方案也可保存为 Word；工作总结根据数据起草，可保存为 Word 或 PDF。</translation>
    </message>
    <message>
        <source>工作总结</source>
        <translation>工作总结</translation>
    </message>
</context>
<context>
    <name>qf::ui::ProblemDialog</name>
    <message>
        <source>问题 #%1（%2）</source>
        <translation>问题 #%1（%2）</translation>
    </message>
    <message>
        <source>登记问题</source>
        <translation>登记问题</translation>
    </message>
    <message>
        <source>机构（必填）</source>
        <translation>机构（必填）</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>发现日期</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>发现人</source>
        <translation>发现人</translation>
    </message>
    <message>
        <source>问题描述（必填）</source>
        <translation>问题描述（必填）</translation>
    </message>
    <message>
        <source>整改责任人</source>
        <translation>整改责任人</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1　发现　%2</source>
        <translation>%1　发现　%2</translation>
    </message>
    <message>
        <source>%1　%2　%3%4</source>
        <translation>%1　%2　%3%4</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>办理经过</source>
        <translation>办理经过</translation>
    </message>
    <message>
        <source>佐证材料</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>保存问题后可附加整改前、整改后的照片或文件。</source>
        <translation>保存问题后可附加整改前、整改后的照片或文件。</translation>
    </message>
    <message>
        <source>问题已销号（审核人：%1），只能查看。</source>
        <translation>问题已销号（审核人：%1），只能查看。</translation>
    </message>
    <message>
        <source>机构名册中没有“%1”。</source>
        <translation>机构名册中没有“%1”。</translation>
    </message>
</context>
<context>
    <name>qf::ui::ReasonDialog</name>
    <message>
        <source>理由（必填）</source>
        <translation>理由（必填）</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>qf::ui::RegistryPage</name>
    <message>
        <source>机构名册</source>
        <translation>机构名册</translation>
    </message>
    <message>
        <source>新增机构</source>
        <translation>新增机构</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>停用/启用</source>
        <translation>停用/启用</translation>
    </message>
    <message>
        <source>导入名册…</source>
        <translation>导入名册…</translation>
    </message>
    <message>
        <source>搜索名称、乡镇、电话…</source>
        <translation>搜索名称、乡镇、电话…</translation>
    </message>
    <message>
        <source>全部所有制</source>
        <translation>全部所有制</translation>
    </message>
    <message>
        <source>全部等级</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>显示停用机构</source>
        <translation>显示停用机构</translation>
    </message>
    <message>
        <source>全部乡镇</source>
        <translation>全部乡镇</translation>
    </message>
    <message>
        <source>显示 %1 家；名册共 %2 家，在用 %3 家，其中医保定点 %4 家。</source>
        <translation>显示 %1 家；名册共 %2 家，在用 %3 家，其中医保定点 %4 家。</translation>
    </message>
    <message>
        <source>编辑机构</source>
        <translation>编辑机构</translation>
    </message>
    <message>
        <source>请先在表中选择一家机构。</source>
        <translation>请先在表中选择一家机构。</translation>
    </message>
    <message>
        <source>停用“%1”？停用后从下月起不再要求其报送报表，已报数据保留。</source>
        <translation>停用“%1”？停用后从下月起不再要求其报送报表，已报数据保留。</translation>
    </message>
    <message>
        <source>重新启用“%1”？</source>
        <translation>重新启用“%1”？</translation>
    </message>
    <message>
        <source>导入机构名册</source>
        <translation>导入机构名册</translation>
    </message>
    <message>
        <source>机构名册 (*.xlsx *.csv);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv);;所有文件 (*)</source>
        <translation>机构名册 (*.xlsx *.csv);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>已导入 %1 家机构。</source>
        <translation>已导入 %1 家机构。</translation>
    </message>
    <message>
        <source>变更记录</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>把名册导出为 Excel 表格（表头与导入相同，改好后可导回）；勾选“显示停用机构”时含停用机构</source>
        <translation>把名册导出为 Excel 表格（表头与导入相同，改好后可导回）；勾选“显示停用机构”时含停用机构</translation>
    </message>
    <message>
        <source>导出机构名册</source>
        <translation>导出机构名册</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>已导出 %1 家机构到 %2。</source>
        <translation>已导出 %1 家机构到 %2。</translation>
    </message>
    <message>
        <source>文件有 %1 处错误，未导入任何机构。</source>
        <translation>文件有 %1 处错误，未导入任何机构。</translation>
    </message>
</context>
<context>
    <name>qf::ui::ReminderDialog</name>
    <message>
        <source>催报名单</source>
        <translation>催报名单</translation>
    </message>
    <message>
        <source>只列已逾期的</source>
        <translation>只列已逾期的</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>另存为文本…</source>
        <translation>另存为文本…</translation>
    </message>
    <message>
        <source>打印催报名单</source>
        <translation>打印催报名单</translation>
    </message>
    <message>
        <source>另存催报名单</source>
        <translation>另存催报名单</translation>
    </message>
    <message>
        <source>催报名单.txt</source>
        <translation>催报名单.txt</translation>
    </message>
    <message>
        <source>文本文件 (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>复制文字</source>
        <translation>复制文字</translation>
    </message>
    <message>
        <source>复制为文字，可粘贴到微信、QQ 群或短信</source>
        <translation>复制为文字，可粘贴到微信、QQ 群或短信</translation>
    </message>
    <message>
        <source>复制表格</source>
        <translation>复制表格</translation>
    </message>
    <message>
        <source>复制为表格，可粘贴到 Excel、WPS 或 Word，每项占一格</source>
        <translation>复制为表格，可粘贴到 Excel、WPS 或 Word，每项占一格</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>导出催报名单</source>
        <translation>导出催报名单</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>发送催报邮件…</source>
        <translation>发送催报邮件…</translation>
    </message>
    <message>
        <source>给逾期未报、名册中登记了邮箱的单位发送催报邮件，附该月空白报表；发送前先列出收件人和主题</source>
        <translation>给逾期未报、名册中登记了邮箱的单位发送催报邮件，附该月空白报表；发送前先列出收件人和主题</translation>
    </message>
</context>
<context>
    <name>qf::ui::ServerDialog</name>
    <message>
        <source>连接服务器</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>服务器名称、IP 地址或套接字目录</source>
        <translation>服务器名称、IP 地址或套接字目录</translation>
    </message>
    <message>
        <source>卫健局各科室和各医疗机构共用服务器上的同一个数据库。每个账户能看到和修改的数据由服务器决定：机构账户只能看到本机构的报表和台账。</source>
        <translation>卫健局各科室和各医疗机构共用服务器上的同一个数据库。每个账户能看到和修改的数据由服务器决定：机构账户只能看到本机构的报表和台账。</translation>
    </message>
    <message>
        <source>服务器：</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>端口：</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>数据库：</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>账户：</source>
        <translation>账户：</translation>
    </message>
    <message>
        <source>密码：</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>连接</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>请填写服务器上的数据库名称。</source>
        <translation>请填写服务器上的数据库名称。</translation>
    </message>
    <message>
        <source>账户 %1 的密码：</source>
        <translation>账户 %1 的密码：</translation>
    </message>
    <message>
        <source>记住密码</source>
        <translation>记住密码</translation>
    </message>
    <message>
        <source>连接成功后把密码保存在系统钥匙串中，不写入清风的设置文件。</source>
        <translation>连接成功后把密码保存在系统钥匙串中，不写入清风的设置文件。</translation>
    </message>
    <message>
        <source>忘记保存的密码</source>
        <translation>忘记保存的密码</translation>
    </message>
    <message>
        <source>正在查看系统钥匙串……</source>
        <translation>正在查看系统钥匙串……</translation>
    </message>
    <message>
        <source>已从系统钥匙串中删除保存的密码。</source>
        <translation>已从系统钥匙串中删除保存的密码。</translation>
    </message>
    <message>
        <source>已填入系统钥匙串中保存的密码。</source>
        <translation>已填入系统钥匙串中保存的密码。</translation>
    </message>
    <message>
        <source>勾选“记住密码”，连接成功后密码保存在系统钥匙串中；否则每次连接时输入。</source>
        <translation>勾选“记住密码”，连接成功后密码保存在系统钥匙串中；否则每次连接时输入。</translation>
    </message>
    <message>
        <source>本机没有可用的系统钥匙串，密码不会保存，每次连接时输入。</source>
        <translation>本机没有可用的系统钥匙串，密码不会保存，每次连接时输入。</translation>
    </message>
    <message>
        <source>系统钥匙串未能读取密码（%1），请输入密码。</source>
        <translation>系统钥匙串未能读取密码（%1），请输入密码。</translation>
    </message>
</context>
<context>
    <name>qf::ui::Session</name>
    <message>
        <source>没有打开的数据库。</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>服务器上的共享数据库由服务器管理员恢复。</source>
        <translation>服务器上的共享数据库由服务器管理员恢复。</translation>
    </message>
    <message>
        <source>数据库正由%1使用。请先关闭那个窗口，再从备份恢复。</source>
        <translation>数据库正由%1使用。请先关闭那个窗口，再从备份恢复。</translation>
    </message>
    <message>
        <source>有后台任务正在进行（如导入、生成空白报表或导出）。请等它完成或取消后，再从备份恢复。</source>
        <translation>有后台任务正在进行（如导入、生成空白报表或导出）。请等它完成或取消后，再从备份恢复。</translation>
    </message>
</context>
<context>
    <name>qf::ui::SettingsMenu</name>
    <message>
        <source>设置(&amp;S)</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>跟随系统</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>界面语言将在重新启动清风后生效。
The language applies after Qingfeng restarts.</source>
        <translation>界面语言将在重新启动清风后生效。
The language applies after Qingfeng restarts.</translation>
    </message>
    <message>
        <source>连接服务器…</source>
        <translation>连接服务器…</translation>
    </message>
    <message>
        <source>邮箱…</source>
        <translation>邮箱…</translation>
    </message>
    <message>
        <source>设置各股室收取报表、发送催报和回执的邮箱</source>
        <translation>设置各股室收取报表、发送催报和回执的邮箱</translation>
    </message>
</context>
<context>
    <name>qf::ui::SignalsPanel</name>
    <message>
        <source>机构</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>得分</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>信号数</source>
        <translation>信号数</translation>
    </message>
    <message>
        <source>信号</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>还没有专项整治。</source>
        <translation>还没有专项整治。</translation>
    </message>
    <message>
        <source>正在计算……</source>
        <translation>正在计算……</translation>
    </message>
    <message>
        <source>没有发现“走过场”信号。</source>
        <translation>没有发现“走过场”信号。</translation>
    </message>
    <message>
        <source>%1 家机构有 %2 条“走过场”信号，按得分排列；双击一条信号查看所依据的报表和记录。</source>
        <translation>%1 家机构有 %2 条“走过场”信号，按得分排列；双击一条信号查看所依据的报表和记录。</translation>
    </message>
    <message>
        <source>附件%1 %2的报表</source>
        <translation>附件%1 %2的报表</translation>
    </message>
    <message>
        <source>问题清单第%1条</source>
        <translation>问题清单第%1条</translation>
    </message>
    <message>
        <source>检查记录第%1条</source>
        <translation>检查记录第%1条</translation>
    </message>
    <message>
        <source>线索第%1条</source>
        <translation>线索第%1条</translation>
    </message>
    <message>
        <source>%1报送的工作总结</source>
        <translation>%1报送的工作总结</translation>
    </message>
    <message>
        <source>%1 · %2：%3</source>
        <translation>%1 · %2：%3</translation>
    </message>
</context>
<context>
    <name>qf::ui::SpotCheckPanel</name>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>科室</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <source>检查人员库</source>
        <translation>检查人员库</translation>
    </message>
    <message>
        <source>按“走过场”信号得分加权</source>
        <translation>按“走过场”信号得分加权</translation>
    </message>
    <message>
        <source>按乡镇分层</source>
        <translation>按乡镇分层</translation>
    </message>
    <message>
        <source>抽取</source>
        <translation>抽取</translation>
    </message>
    <message>
        <source>抽查数量</source>
        <translation>抽查数量</translation>
    </message>
    <message>
        <source>随机种子</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>机构</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>所有制</source>
        <translation>所有制</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>乡镇</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>检查人员</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <source>抽查名单</source>
        <translation>抽查名单</translation>
    </message>
    <message>
        <source>已添加检查人员“%1”。</source>
        <translation>已添加检查人员“%1”。</translation>
    </message>
    <message>
        <source>已删除检查人员“%1”。</source>
        <translation>已删除检查人员“%1”。</translation>
    </message>
    <message>
        <source>随机种子应为 0 至 18446744073709551615 的整数。</source>
        <translation>随机种子应为 0 至 18446744073709551615 的整数。</translation>
    </message>
    <message>
        <source>已抽取 %1 家并保存为抽查记录 %2（种子 %3），可用 qingfeng-cli analysis verify --draw %2 复核。</source>
        <translation>已抽取 %1 家并保存为抽查记录 %2（种子 %3），可用 qingfeng-cli analysis verify --draw %2 复核。</translation>
    </message>
    <message>
        <source>检查结果</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>待定</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>打印抽查名单…</source>
        <translation>打印抽查名单…</translation>
    </message>
    <message>
        <source>生成检查通知…</source>
        <translation>生成检查通知…</translation>
    </message>
    <message>
        <source>录入结果…</source>
        <translation>录入结果…</translation>
    </message>
    <message>
        <source>把所选机构的抽查评估结果记为监督检查台账的一条记录（计入附件2）</source>
        <translation>把所选机构的抽查评估结果记为监督检查台账的一条记录（计入附件2）</translation>
    </message>
    <message>
        <source>检查时间</source>
        <translation>检查时间</translation>
    </message>
    <message>
        <source>保存为 PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <source>保存为 Word…</source>
        <translation>保存为 Word…</translation>
    </message>
    <message>
        <source>已录入（检查记录%1）</source>
        <translation>已录入（检查记录%1）</translation>
    </message>
    <message>
        <source>检查通知（%1份）</source>
        <translation>检查通知（%1份）</translation>
    </message>
    <message>
        <source>已生成%1（Word 文档）：%2</source>
        <translation>已生成%1（Word 文档）：%2</translation>
    </message>
    <message>
        <source>已生成%1（共 %2 页）：%3</source>
        <translation>已生成%1（共 %2 页）：%3</translation>
    </message>
    <message>
        <source>请先在抽查名单中选中一家机构。</source>
        <translation>请先在抽查名单中选中一家机构。</translation>
    </message>
    <message>
        <source>第%1号“%2”的检查结果已录入（检查记录%3），可在监督检查台账中修改。</source>
        <translation>第%1号“%2”的检查结果已录入（检查记录%3），可在监督检查台账中修改。</translation>
    </message>
    <message>
        <source>录入抽查结果 — 第%1号 %2</source>
        <translation>录入抽查结果 — 第%1号 %2</translation>
    </message>
    <message>
        <source>已把第%1号“%2”的检查结果记为检查记录%3，计入附件2。</source>
        <translation>已把第%1号“%2”的检查结果记为检查记录%3，计入附件2。</translation>
    </message>
</context>
<context>
    <name>qf::ui::SubmissionDialog</name>
    <message>
        <source>登记报送</source>
        <translation>登记报送</translation>
    </message>
    <message>
        <source>如：邮件报送、纸质件已签收</source>
        <translation>如：邮件报送、纸质件已签收</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>另存附件…</source>
        <translation>另存附件…</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>报送单位</source>
        <translation>报送单位</translation>
    </message>
    <message>
        <source>报送事项</source>
        <translation>报送事项</translation>
    </message>
    <message>
        <source>报至</source>
        <translation>报至</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>报送日期</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>保存登记</source>
        <translation>保存登记</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>撤销登记</source>
        <translation>撤销登记</translation>
    </message>
    <message>
        <source>%1（%2 KB，已保存在数据库中）</source>
        <translation>%1（%2 KB，已保存在数据库中）</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1（%2 KB，保存时复制进数据库）</source>
        <translation>%1（%2 KB，保存时复制进数据库）</translation>
    </message>
    <message>
        <source>将记为：%1</source>
        <translation>将记为：%1</translation>
    </message>
    <message>
        <source>（晚于截止日 %1 天，照常登记）</source>
        <translation>（晚于截止日 %1 天，照常登记）</translation>
    </message>
    <message>
        <source>选择附件</source>
        <translation>选择附件</translation>
    </message>
    <message>
        <source>文档 (*.doc *.docx *.pdf *.wps *.xls *.xlsx *.txt *.jpg *.png);;所有文件 (*)</source>
        <translation>文档 (*.doc *.docx *.pdf *.wps *.xls *.xlsx *.txt *.jpg *.png);;所有文件 (*)</translation>
    </message>
    <message>
        <source>另存附件</source>
        <translation>另存附件</translation>
    </message>
    <message>
        <source>撤销%1的这次报送登记（连同附件）？</source>
        <translation>撤销%1的这次报送登记（连同附件）？</translation>
    </message>
</context>
<context>
    <name>qf::ui::SummaryModel</name>
    <message>
        <source>含沿用以前月份数字的单位：%1</source>
        <translation>含沿用以前月份数字的单位：%1</translation>
    </message>
    <message>
        <source>含以填报数覆盖台账计算的数字</source>
        <translation>含以填报数覆盖台账计算的数字</translation>
    </message>
    <message>
        <source>以填报数覆盖台账计算数（有理由）</source>
        <translation>以填报数覆盖台账计算数（有理由）</translation>
    </message>
    <message>
        <source>含由台账计算的数字</source>
        <translation>含由台账计算的数字</translation>
    </message>
    <message>
        <source>由台账计算</source>
        <translation>由台账计算</translation>
    </message>
</context>
<context>
    <name>qf::ui::SummaryPanel</name>
    <message>
        <source>保存为 Word…</source>
        <translation>保存为 Word…</translation>
    </message>
    <message>
        <source>保存为 PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <source>截至：</source>
        <translation>截至：</translation>
    </message>
    <message>
        <source>范围：</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>还没有专项整治，请先在“专项整治概览”中新建。</source>
        <translation>还没有专项整治，请先在“专项整治概览”中新建。</translation>
    </message>
    <message>
        <source>全县（%1）</source>
        <translation>全县（%1）</translation>
    </message>
    <message>
        <source>已保存工作总结：%1</source>
        <translation>已保存工作总结：%1</translation>
    </message>
    <message>
        <source>%1工作总结（截至%2）</source>
        <translation>%1工作总结（截至%2）</translation>
    </message>
    <message>
        <source>保存为 Word</source>
        <translation>保存为 Word</translation>
    </message>
    <message>
        <source>保存为 PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <source>还没有专项整治：先在“专项整治概览”中新建</source>
        <translation>还没有专项整治：先在“专项整治概览”中新建</translation>
    </message>
    <message>
        <source>专项整治的起止日期不全：请在“编辑方案…”中填写</source>
        <translation>专项整治的起止日期不全：请在“编辑方案…”中填写</translation>
    </message>
    <message>
        <source>数字取自该月的统计表合计、报送情况和台账；句子来自专项整治模板。总结附报送情况和问题整改的逐月图表。保存为 Word 后可再修改。</source>
        <translation>数字取自该月的统计表合计、报送情况和台账；句子来自专项整治模板。总结附报送情况和问题整改的逐月图表。保存为 Word 后可再修改。</translation>
    </message>
</context>
<context>
    <name>qf::ui::SupplierInterviewDialog</name>
    <message>
        <source>约谈记录 #%1</source>
        <translation>约谈记录 #%1</translation>
    </message>
    <message>
        <source>登记约谈供应商</source>
        <translation>登记约谈供应商</translation>
    </message>
    <message>
        <source>供应商（经销商）全称</source>
        <translation>供应商（经销商）全称</translation>
    </message>
    <message>
        <source>已签订廉洁供药、不提供“回扣”承诺书</source>
        <translation>已签订廉洁供药、不提供“回扣”承诺书</translation>
    </message>
    <message>
        <source>机构（必填）</source>
        <translation>机构（必填）</translation>
    </message>
    <message>
        <source>供应商（必填）</source>
        <translation>供应商（必填）</translation>
    </message>
    <message>
        <source>约谈日期</source>
        <translation>约谈日期</translation>
    </message>
    <message>
        <source>承诺书</source>
        <translation>承诺书</translation>
    </message>
    <message>
        <source>约谈人</source>
        <translation>约谈人</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>qf::ui::TableListEditor</name>
    <message>
        <source>删除</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>下移</translation>
    </message>
</context>
<context>
    <name>qf::ui::TipoffDialog</name>
    <message>
        <source>线索 #%1（%2）</source>
        <translation>线索 #%1（%2）</translation>
    </message>
    <message>
        <source>登记线索</source>
        <translation>登记线索</translation>
    </message>
    <message>
        <source>（不涉及名册中的机构）</source>
        <translation>（不涉及名册中的机构）</translation>
    </message>
    <message>
        <source>如：局机关纪委</source>
        <translation>如：局机关纪委</translation>
    </message>
    <message>
        <source>受理日期</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>来源渠道</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>涉及机构</source>
        <translation>涉及机构</translation>
    </message>
    <message>
        <source>反映问题摘要（必填）</source>
        <translation>反映问题摘要（必填）</translation>
    </message>
    <message>
        <source>承办人（部门）</source>
        <translation>承办人（部门）</translation>
    </message>
    <message>
        <source>核查结论</source>
        <translation>核查结论</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1　%2　%3%4</source>
        <translation>%1　%2　%3%4</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>办理经过</source>
        <translation>办理经过</translation>
    </message>
    <message>
        <source>举报人（保密：只在本记录中显示，不进入列表、导出和打印）</source>
        <translation>举报人（保密：只在本记录中显示，不进入列表、导出和打印）</translation>
    </message>
    <message>
        <source>匿名举报</source>
        <translation>匿名举报</translation>
    </message>
    <message>
        <source>电话、地址或邮箱</source>
        <translation>电话、地址或邮箱</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>联系方式</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>线索已销号，只能查看（举报人信息仍可更正）。</source>
        <translation>线索已销号，只能查看（举报人信息仍可更正）。</translation>
    </message>
</context>
<context>
    <name>qf::ui::TrackingMatrixTable</name>
    <message>
        <source>本月无须报送（未开业或已停业）</source>
        <translation>本月无须报送（未开业或已停业）</translation>
    </message>
    <message>
        <source>应报 %1 项：按时报送 %2，逾期补报 %3，未报送 %4，逾期未报 %5</source>
        <translation>应报 %1 项：按时报送 %2，逾期补报 %3，未报送 %4，逾期未报 %5</translation>
    </message>
    <message>
        <source>按时</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>补报</source>
        <translation>补报</translation>
    </message>
    <message>
        <source>待报</source>
        <translation>待报</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>%1年
%2月</source>
        <translation>%1年
%2月</translation>
    </message>
    <message>
        <source>%1（股室）</source>
        <translation>%1（股室）</translation>
    </message>
    <message>
        <source>完整率</source>
        <translation>完整率</translation>
    </message>
    <message>
        <source>月报（按月报送）</source>
        <translation>月报（按月报送）</translation>
    </message>
    <message>
        <source>一次性报送</source>
        <translation>一次性报送</translation>
    </message>
    <message>
        <source>%1
%2月%3日前</source>
        <translation>%1
%2月%3日前</translation>
    </message>
    <message>
        <source>%1，%2前报送一次</source>
        <translation>%1，%2前报送一次</translation>
    </message>
    <message>
        <source>合计（已到期）</source>
        <translation>合计（已到期）</translation>
    </message>
    <message>
        <source>按时率</source>
        <translation>按时率</translation>
    </message>
</context>
<context>
    <name>qf::ui::TrackingPage</name>
    <message>
        <source>报送跟踪</source>
        <translation>报送跟踪</translation>
    </message>
    <message>
        <source>按这一天判断是否逾期：默认今天，也可查看过去某天的情况。</source>
        <translation>按这一天判断是否逾期：默认今天，也可查看过去某天的情况。</translation>
    </message>
    <message>
        <source>登记报送…</source>
        <translation>登记报送…</translation>
    </message>
    <message>
        <source>登记股室上报的附件1、附件2，或工作总结、专题报告（可附文件）。医疗机构的统计表在录入或导入时自动登记。</source>
        <translation>登记股室上报的附件1、附件2，或工作总结、专题报告（可附文件）。医疗机构的统计表在录入或导入时自动登记。</translation>
    </message>
    <message>
        <source>催报名单…</source>
        <translation>催报名单…</translation>
    </message>
    <message>
        <source>报表月份：</source>
        <translation>报表月份：</translation>
    </message>
    <message>
        <source>统计截至：</source>
        <translation>统计截至：</translation>
    </message>
    <message>
        <source>全部单位</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>需催报（未报送、逾期未报）</source>
        <translation>需催报（未报送、逾期未报）</translation>
    </message>
    <message>
        <source>逾期补报</source>
        <translation>逾期补报</translation>
    </message>
    <message>
        <source>按时报送</source>
        <translation>按时报送</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>报送事项</source>
        <translation>报送事项</translation>
    </message>
    <message>
        <source>报至</source>
        <translation>报至</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>报送日期</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <source>逾期天数</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>显示：</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>“按时报送”指截止日当天或之前报送；“逾期补报”指截止日后报送，照常接收但不计按时。</source>
        <translation>“按时报送”指截止日当天或之前报送；“逾期补报”指截止日后报送，照常接收但不计按时。</translation>
    </message>
    <message>
        <source>每格为该单位该月应报事项的情况：按时、补报（逾期后已报）、待报（未到截止日）、逾期（逾期未报）；“1/2”为已报/应报；“—”为该月无须报送（未开业或已停业）。</source>
        <translation>每格为该单位该月应报事项的情况：按时、补报（逾期后已报）、待报（未到截止日）、逾期（逾期未报）；“1/2”为已报/应报；“—”为该月无须报送（未开业或已停业）。</translation>
    </message>
    <message>
        <source>本月明细</source>
        <translation>本月明细</translation>
    </message>
    <message>
        <source>单位 × 月份</source>
        <translation>单位 × 月份</translation>
    </message>
    <message>
        <source>%1（%2截止）</source>
        <translation>%1（%2截止）</translation>
    </message>
    <message>
        <source>%1年 %2</source>
        <translation>%1年 %2</translation>
    </message>
    <message>
        <source>（已于 %1 结束，按结束日统计）</source>
        <translation>（已于 %1 结束，按结束日统计）</translation>
    </message>
    <message>
        <source>应报</source>
        <translation>应报</translation>
    </message>
    <message>
        <source>未报送（未到截止日）</source>
        <translation>未报送（未到截止日）</translation>
    </message>
    <message>
        <source>逾期未报</source>
        <translation>逾期未报</translation>
    </message>
    <message>
        <source>完整率</source>
        <translation>完整率</translation>
    </message>
    <message>
        <source>按时率</source>
        <translation>按时率</translation>
    </message>
    <message>
        <source>（%1，截止日不顺延）</source>
        <translation>（%1，截止日不顺延）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;：%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2</translation>
    </message>
    <message>
        <source>本月没有报送事项。</source>
        <translation>本月没有报送事项。</translation>
    </message>
    <message>
        <source>截止日　</source>
        <translation>截止日　</translation>
    </message>
    <message>
        <source>（按录入日期）</source>
        <translation>（按录入日期）</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>已逾期 %1 天</source>
        <translation>已逾期 %1 天</translation>
    </message>
    <message>
        <source>晚 %1 天</source>
        <translation>晚 %1 天</translation>
    </message>
    <message>
        <source>有</source>
        <translation>有</translation>
    </message>
    <message>
        <source>%1 催报名单（%2报送事项，截至%3）</source>
        <translation>%1 催报名单（%2报送事项，截至%3）</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>先在下面的列表中选中一项报送事项</source>
        <translation>先在下面的列表中选中一项报送事项</translation>
    </message>
    <message>
        <source>月报表以导入或填报的报表为准，收到即记为已报，无需另行登记</source>
        <translation>月报表以导入或填报的报表为准，收到即记为已报，无需另行登记</translation>
    </message>
    <message>
        <source>还没有专项整治：先在“专项整治概览”中新建</source>
        <translation>还没有专项整治：先在“专项整治概览”中新建</translation>
    </message>
    <message>
        <source>所选月份没有未报的单位，无需催报</source>
        <translation>所选月份没有未报的单位，无需催报</translation>
    </message>
</context>
<context>
    <name>qf::ui::TransitionDialog</name>
    <message>
        <source>记录</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>审核人</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>核查结论</source>
        <translation>核查结论</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>原因（必填）</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>请填写审核人。</source>
        <translation>请填写审核人。</translation>
    </message>
    <message>
        <source>请填写经办人。</source>
        <translation>请填写经办人。</translation>
    </message>
    <message>
        <source>请写明原因。</source>
        <translation>请写明原因。</translation>
    </message>
    <message>
        <source>请填写处理结果。</source>
        <translation>请填写处理结果。</translation>
    </message>
</context>
<context>
    <name>qf::ui::WorkPlanEditor</name>
    <message>
        <source>方案开头的说明，每段一行</source>
        <translation>方案开头的说明，每段一行</translation>
    </message>
    <message>
        <source>本部分的段落，每段一行</source>
        <translation>本部分的段落，每段一行</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>职务说明</source>
        <translation>职务说明</translation>
    </message>
    <message>
        <source>领导小组下设办公室，设在……，由……任办公室主任</source>
        <translation>领导小组下设办公室，设在……，由……任办公室主任</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>附件名称，每个一行</source>
        <translation>附件名称，每个一行</translation>
    </message>
    <message>
        <source>保存工作方案</source>
        <translation>保存工作方案</translation>
    </message>
    <message>
        <source>段落</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>领导小组</source>
        <translation>领导小组</translation>
    </message>
    <message>
        <source>添加成员</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>办公室</source>
        <translation>办公室</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>添加事项</source>
        <translation>添加事项</translation>
    </message>
    <message>
        <source>开头</source>
        <translation>开头</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>保存专项整治后即可保存工作方案。</source>
        <translation>保存专项整治后即可保存工作方案。</translation>
    </message>
    <message>
        <source>事项之后按“责任股室”页的电话和邮箱写入联系电话、电子邮箱。</source>
        <translation>事项之后按“责任股室”页的电话和邮箱写入联系电话、电子邮箱。</translation>
    </message>
    <message>
        <source>工作方案已保存。</source>
        <translation>工作方案已保存。</translation>
    </message>
    <message>
        <source>事项之后不编号的段落，每段一行</source>
        <translation>事项之后不编号的段落，每段一行</translation>
    </message>
    <message>
        <source>结尾段落</source>
        <translation>结尾段落</translation>
    </message>
    <message>
        <source>各阶段按“工作阶段”页的名称、日期和说明写入方案；段落中的 {start}、{end} 为整治开始、结束的年月，{startDate}、{endDate} 为开始、结束日期，{endMonth} 为结束的月份，{phaseCount} 为阶段数。</source>
        <translation>各阶段按“工作阶段”页的名称、日期和说明写入方案；段落中的 {start}、{end} 为整治开始、结束的年月，{startDate}、{endDate} 为开始、结束日期，{endMonth} 为结束的月份，{phaseCount} 为阶段数。</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>dd</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth month</source>
        <translation>出生年月</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>代表构成</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>代表证号</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>届次</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Star rating</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>联络站</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field label: message</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between field messages</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Work unit and position</source>
        <translation>工作单位及职务</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Cadre deputy</source>
        <translation>干部代表</translation>
    </message>
    <message>
        <source>Electoral district</source>
        <translation>选区（选举单位）</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Liaison officer</source>
        <translation>联络员</translation>
    </message>
    <message>
        <source>Reception days</source>
        <translation>接待日</translation>
    </message>
    <message>
        <source>Model station</source>
        <translation>示范站</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Lead deputy</source>
        <translation>领衔代表</translation>
    </message>
    <message>
        <source>Co-signers</source>
        <translation>附议代表</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Dispatched on</source>
        <translation>交办日期</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>Result class</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>评价日期</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>办理环节</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>组织单位</translation>
    </message>
    <message>
        <source>Returned overseas Chinese</source>
        <translation>归侨侨眷</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Citizens received</source>
        <translation>接待群众人数</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加代表</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
</context>
<context>
    <name>dd::Calendar</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not in %2</source>
        <translation>%1 不在 %2 年内</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 重复列出</translation>
    </message>
</context>
<context>
    <name>dd::Files</name>
    <message>
        <source>%1 is a folder; please give a file name</source>
        <translation>%1 是文件夹，请指定文件名</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>dd::Period</name>
    <message>
        <source>Periods are written 2026 (year), 2026H1 (half-year), 2026Q3 (quarter), 2026-07 (month) or T18 (term).</source>
        <translation>期间的写法：2026（年）、2026H1（半年）、2026Q3（季度）、2026-07（月）或 T18（届）。</translation>
    </message>
    <message>
        <source>%1: a year has only halves H1 and H2.</source>
        <translation>%1：一年只有上半年 H1 和下半年 H2。</translation>
    </message>
    <message>
        <source>%1: quarters are Q1 to Q4.</source>
        <translation>%1：季度为 Q1 至 Q4。</translation>
    </message>
    <message>
        <source>%1: months are 01 to 12.</source>
        <translation>%1：月份为 01 至 12。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period.</source>
        <translation>“%1”不是有效的期间。</translation>
    </message>
</context>
<context>
    <name>dd::Registry</name>
    <message>
        <source>National</source>
        <translation>全国</translation>
    </message>
    <message>
        <source>Provincial</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>Municipal</source>
        <translation>市（州）级</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县级</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇级</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>在任</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>终止资格</translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation>辞职</translation>
    </message>
    <message>
        <source>Term ended</source>
        <translation>届满</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>工人</translation>
    </message>
    <message>
        <source>Farmer</source>
        <translation>农民</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>专业技术人员</translation>
    </message>
    <message>
        <source>Party or government leader</source>
        <translation>党政领导干部</translation>
    </message>
    <message>
        <source>Business leader</source>
        <translation>企业负责人</translation>
    </message>
    <message>
        <source>PLA / armed police</source>
        <translation>解放军/武警</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Township/street station</source>
        <translation>乡镇（街道）站</translation>
    </message>
    <message>
        <source>Community/village point</source>
        <translation>社区（村）点</translation>
    </message>
    <message>
        <source>Electoral district station</source>
        <translation>选区站</translation>
    </message>
    <message>
        <source>Park/industry station</source>
        <translation>园区/产业站</translation>
    </message>
    <message>
        <source>Enterprise station</source>
        <translation>企业站</translation>
    </message>
    <message>
        <source>Online station</source>
        <translation>网上站</translation>
    </message>
</context>
<context>
    <name>dd::Settings</name>
    <message>
        <source>office_level must be county or township, not %1</source>
        <translation>office_level 应为 county（县级）或 township（乡级），而不是 %1</translation>
    </message>
</context>
<context>
    <name>dd::activities</name>
    <message>
        <source>present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>on leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>缺席</translation>
    </message>
</context>
<context>
    <name>dd::activities::ActivityStore</name>
    <message>
        <source>Reception of citizens at the station</source>
        <translation>代表进站接待选民</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>%1 is already an activity type</source>
        <translation>“%1”已是活动类型</translation>
    </message>
    <message>
        <source>comes before the start</source>
        <translation>早于开始时间</translation>
    </message>
    <message>
        <source>a reception is at a station</source>
        <translation>接待选民须注明联络站</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>deputy %1 is listed twice</source>
        <translation>代表 %1 重复列出</translation>
    </message>
    <message>
        <source>%1 is on leave: the reason is required</source>
        <translation>%1 请假，须填写原因</translation>
    </message>
    <message>
        <source>%1 is already recorded at this station&apos;s reception on %2</source>
        <translation>%1 已登记于 %2 本站的接待活动</translation>
    </message>
    <message>
        <source>deputy %1 does not exist</source>
        <translation>代表 %1 不存在</translation>
    </message>
    <message>
        <source>item %1 does not exist</source>
        <translation>事项 %1 不存在</translation>
    </message>
    <message>
        <source>No activity %1</source>
        <translation>没有编号为 %1 的活动</translation>
    </message>
    <message>
        <source>No activity type %1</source>
        <translation>没有编号为 %1 的活动类型</translation>
    </message>
    <message>
        <source>station %1 does not exist</source>
        <translation>联络站 %1 不存在</translation>
    </message>
    <message>
        <source>session %1 does not exist</source>
        <translation>会议 %1 不存在</translation>
    </message>
</context>
<context>
    <name>dd::activities::LeaveStore</name>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>comes before the first day</source>
        <translation>早于开始日期</translation>
    </message>
    <message>
        <source>overlaps the leave from %1 to %2 on record</source>
        <translation>与已登记的请假（%1 至 %2）重叠</translation>
    </message>
    <message>
        <source>deputy %1 does not exist</source>
        <translation>代表 %1 不存在</translation>
    </message>
    <message>
        <source>No leave %1</source>
        <translation>没有编号为 %1 的请假记录</translation>
    </message>
</context>
<context>
    <name>dd::activities::ReceptionRule</name>
    <message>
        <source>&quot;%1&quot; is not a reception rule such as 每周三, 每周二、四, 每月8日, 单月15日 or 每月第一个周三</source>
        <translation>“%1”不是接待日规则，应如：每周三、每周二、四、每月8日、单月15日或每月第一个周三</translation>
    </message>
</context>
<context>
    <name>dd::activities::RosterPlanner</name>
    <message>
        <source>Station %1 does not exist</source>
        <translation>联络站 %1 不存在</translation>
    </message>
    <message>
        <source>%1 deputies × %2 duties &gt; %3 slots: add reception days or lower the minimum</source>
        <translation>%1 名代表 × 每人 %2 次 &gt; %3 个班次：请增加接待日或降低最低次数</translation>
    </message>
    <message>
        <source>%1: %2 deputy(ies) available, %3 required</source>
        <translation>%1：可安排代表 %2 名，需要 %3 名</translation>
    </message>
    <message>
        <source>%1: %2 of %3 duties (on leave on the other reception days)</source>
        <translation>%1：只能安排 %2 次，应为 %3 次（其余接待日在请假）</translation>
    </message>
</context>
<context>
    <name>dd::activities::RosterStore</name>
    <message>
        <source>Station %1 does not exist</source>
        <translation>联络站 %1 不存在</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <source>%1 is already recorded as a reception (activity %2): change the activity instead</source>
        <translation>%1 已记为一次接待（活动 %2）：请修改该活动</translation>
    </message>
    <message>
        <source>deputy %1 does not exist</source>
        <translation>代表 %1 不存在</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 重复列出</translation>
    </message>
    <message>
        <source>%1 is on leave on %2 (%3)</source>
        <translation>%1 在 %2 请假（%3）</translation>
    </message>
    <message>
        <source>%1 is not an unrecorded roster day</source>
        <translation>%1 不是值班表中尚未登记的日子</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>dd::builtin</name>
    <message>
        <source>Attending the congress</source>
        <translation>出席人代会</translation>
    </message>
    <message>
        <source>Attending the standing committee</source>
        <translation>列席常委会</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>视察</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>调研</translation>
    </message>
    <message>
        <source>Law enforcement inspection</source>
        <translation>执法检查</translation>
    </message>
    <message>
        <source>Study and training</source>
        <translation>学习培训</translation>
    </message>
    <message>
        <source>Station reception</source>
        <translation>进站接待选民</translation>
    </message>
    <message>
        <source>Visiting constituents</source>
        <translation>走访选民/联系群众</translation>
    </message>
    <message>
        <source>Social-conditions report</source>
        <translation>反映社情民意</translation>
    </message>
    <message>
        <source>Report to constituents</source>
        <translation>向选民述职/报告履职</translation>
    </message>
    <message>
        <source>Deputy group activity</source>
        <translation>代表小组/主题活动</translation>
    </message>
    <message>
        <source>Livelihood projects vote</source>
        <translation>民生实事票决</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Finance and economy</source>
        <translation>财政经济</translation>
    </message>
    <message>
        <source>Agriculture and rural affairs</source>
        <translation>农业农村</translation>
    </message>
    <message>
        <source>Urban construction and environment</source>
        <translation>城建环资</translation>
    </message>
    <message>
        <source>Education, science, culture and health</source>
        <translation>教科文卫</translation>
    </message>
    <message>
        <source>Internal affairs and justice</source>
        <translation>内务司法</translation>
    </message>
    <message>
        <source>Social development</source>
        <translation>社会建设</translation>
    </message>
</context>
<context>
    <name>dd::calendar::WorkingCalendar</name>
    <message>
        <source>line %1: expected date,kind,name</source>
        <translation>第 %1 行：应为“日期,类型,名称”</translation>
    </message>
    <message>
        <source>line %1: %2 is not a date such as 2026-10-01</source>
        <translation>第 %1 行：%2 不是有效日期（如 2026-10-01）</translation>
    </message>
    <message>
        <source>line %1: kind must be holiday or workday, not %2</source>
        <translation>第 %1 行：类型应为 holiday（放假）或 workday（调休上班），而不是 %2</translation>
    </message>
    <message>
        <source>line %1: %2 is listed twice</source>
        <translation>第 %1 行：%2 重复出现</translation>
    </message>
    <message>
        <source>the file lists no days</source>
        <translation>文件中没有任何日期</translation>
    </message>
    <message>
        <source>%1 has no holiday calendar; weekends only</source>
        <translation>%1 年没有节假日安排，仅按周末计算</translation>
    </message>
</context>
<context>
    <name>dd::cli</name>
    <message>
        <source>--%1 is required (a date such as 2026-07-15)</source>
        <translation>必须提供 --%1（日期，如 2026-07-15）</translation>
    </message>
    <message>
        <source>--%1: %2 is not a date such as 2026-07-15</source>
        <translation>--%1：%2 不是有效日期（如 2026-07-15）</translation>
    </message>
    <message>
        <source>%1 must be a record number such as 12, not &quot;%2&quot;</source>
        <translation>%1应为记录编号（如 12），而不是“%2”</translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation>姓名。</translation>
    </message>
    <message>
        <source>男/女 or M/F.</source>
        <translation>男/女 或 M/F。</translation>
    </message>
    <message>
        <source>Birth month, e.g. 1975-03.</source>
        <translation>出生年月，如 1975-03。</translation>
    </message>
    <message>
        <source>Ethnic group, e.g. 汉族.</source>
        <translation>民族，如 汉族。</translation>
    </message>
    <message>
        <source>Political affiliation, e.g. 中共党员.</source>
        <translation>政治面貌，如 中共党员。</translation>
    </message>
    <message>
        <source>Education.</source>
        <translation>学历。</translation>
    </message>
    <message>
        <source>Work unit and position.</source>
        <translation>工作单位及职务。</translation>
    </message>
    <message>
        <source>Mobile, or landline with area code.</source>
        <translation>手机号码，或带区号的固定电话。</translation>
    </message>
    <message>
        <source>ID number (optional).</source>
        <translation>身份证号码（可选）。</translation>
    </message>
    <message>
        <source>Address.</source>
        <translation>地址。</translation>
    </message>
    <message>
        <source>Composition: worker, farmer, professional, official, business, military, other (or Chinese).</source>
        <translation>代表构成：worker 工人、farmer 农民、professional 专业技术人员、official 党政领导干部、business 企业负责人、military 解放军/武警、other 其他（也可直接写中文）。</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>Cadre deputy (职务代表): yes or no.</source>
        <translation>是否职务代表：yes 或 no。</translation>
    </message>
    <message>
        <source>Returned overseas Chinese or relative: yes or no.</source>
        <translation>是否归侨侨眷：yes 或 no。</translation>
    </message>
    <message>
        <source>--%1 must be yes or no</source>
        <translation>--%1 应为 yes 或 no</translation>
    </message>
    <message>
        <source>--level must be national, provincial, municipal, county or township, not %1</source>
        <translation>--level 应为 national（全国）、provincial（省）、municipal（市）、county（县）或 township（乡），而不是 %1</translation>
    </message>
    <message>
        <source>--township: no township named %1</source>
        <translation>--township：没有名为 %1 的乡镇（街道）</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth month</source>
        <translation>出生年月</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>代表构成</translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation>职务代表</translation>
    </message>
    <message>
        <source>Work unit and position</source>
        <translation>工作单位及职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>届次</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>代表证号</translation>
    </message>
    <message>
        <source>Electoral district</source>
        <translation>选区（选举单位）</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Station ID</source>
        <translation>联络站编号</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>联络站</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Re-elected</source>
        <translation>连任</translation>
    </message>
    <message>
        <source>By-election</source>
        <translation>补选</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>终止日期</translation>
    </message>
    <message>
        <source>Membership ID</source>
        <translation>任职编号</translation>
    </message>
    <message>
        <source>List deputies (one line per membership).</source>
        <translation>列出代表（每条任职一行）。</translation>
    </message>
    <message>
        <source>Only this level.</source>
        <translation>只列出此层级。</translation>
    </message>
    <message>
        <source>Only this term number (default: each level&apos;s current term).</source>
        <translation>只列出此届次（默认：各层级的本届）。</translation>
    </message>
    <message>
        <source>Only this township (name or ID).</source>
        <translation>只列出此乡镇（名称或编号）。</translation>
    </message>
    <message>
        <source>Only deputies stationed at this station ID.</source>
        <translation>只列出编入此联络站的代表。</translation>
    </message>
    <message>
        <source>serving (default), terminated, resigned, term_ended or all.</source>
        <translation>serving 在任（默认）、terminated 终止资格、resigned 辞职、term_ended 届满或 all 全部。</translation>
    </message>
    <message>
        <source>yes: cadre deputies only; no: grass-roots deputies only.</source>
        <translation>yes：只列职务代表；no：只列基层代表。</translation>
    </message>
    <message>
        <source>Only members of this group ID.</source>
        <translation>只列出此小组的成员。</translation>
    </message>
    <message>
        <source>Name, unit, phone, pinyin or pinyin initials.</source>
        <translation>姓名、单位、电话、拼音或拼音首字母。</translation>
    </message>
    <message>
        <source>pinyin (default) or strokes (surname stroke order).</source>
        <translation>pinyin 拼音（默认）或 strokes 按姓氏笔画。</translation>
    </message>
    <message>
        <source>--status must be serving, terminated, resigned, term_ended or all</source>
        <translation>--status 应为 serving、terminated、resigned、term_ended 或 all</translation>
    </message>
    <message>
        <source>--cadre must be yes or no</source>
        <translation>--cadre 应为 yes 或 no</translation>
    </message>
    <message>
        <source>--order must be pinyin or strokes</source>
        <translation>--order 应为 pinyin 或 strokes</translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s)</source>
        <translation>
            <numerusform>共 %n 条任职记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Show one deputy with memberships, status history and stations.</source>
        <translation>显示一名代表的任职、状态变动和联络站。</translation>
    </message>
    <message>
        <source>The deputy&apos;s ID.</source>
        <translation>代表编号。</translation>
    </message>
    <message>
        <source>Output format: table or json.</source>
        <translation>输出格式：table 或 json。</translation>
    </message>
    <message>
        <source>The deputy ID</source>
        <translation>代表编号</translation>
    </message>
    <message>
        <source>deputy show takes an ID and --format table or json</source>
        <translation>deputy show 需要代表编号，--format 为 table 或 json</translation>
    </message>
    <message>
        <source>Deputy %1 does not exist</source>
        <translation>代表 %1 不存在</translation>
    </message>
    <message>
        <source>%1 (ID %2), %3, born %4, %5, %6
%7 %8
</source>
        <translation>%1（编号 %2），%3，%4 出生，%5，%6
%7 %8
</translation>
    </message>
    <message>
        <source>  %1, term %2: %3, certificate %4, %5, from %6%7
</source>
        <translation>  %1第 %2 届：%3，代表证号 %4，%5，自 %6%7
</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>  Station %1 (%2)%3
</source>
        <translation>  联络站 %1（%2）%3
</translation>
    </message>
    <message>
        <source>, primary</source>
        <translation>，主联络站</translation>
    </message>
    <message>
        <source>Add a deputy to a term (or a membership to a deputy on record).</source>
        <translation>在某一届新增代表（或为已有代表增加任职）。</translation>
    </message>
    <message>
        <source>Level (default: the office&apos;s level).</source>
        <translation>层级（默认：本机关层级）。</translation>
    </message>
    <message>
        <source>Term number (default: the level&apos;s current term).</source>
        <translation>届次（默认：该层级的本届）。</translation>
    </message>
    <message>
        <source>Certificate number, unique in the term.</source>
        <translation>代表证号，本届内唯一。</translation>
    </message>
    <message>
        <source>Electoral district or unit.</source>
        <translation>选区或选举单位。</translation>
    </message>
    <message>
        <source>Township of the electoral district (name or ID).</source>
        <translation>选区所在乡镇（名称或编号）。</translation>
    </message>
    <message>
        <source>Delegation.</source>
        <translation>代表团。</translation>
    </message>
    <message>
        <source>Primary station ID.</source>
        <translation>主联络站编号。</translation>
    </message>
    <message>
        <source>Start of the membership (default: the term&apos;s start).</source>
        <translation>任职开始日期（默认：本届开始日期）。</translation>
    </message>
    <message>
        <source>Elected in a by-election (give --start).</source>
        <translation>补选产生（需提供 --start）。</translation>
    </message>
    <message>
        <source>No term of level %1 is on record; give --term</source>
        <translation>没有%1的届次记录，请提供 --term</translation>
    </message>
    <message>
        <source>Deputy %1: %2 (%3, term %4)%5</source>
        <translation>代表 %1：%2（%3第 %4 届）%5</translation>
    </message>
    <message>
        <source>, re-elected</source>
        <translation>，连任</translation>
    </message>
    <message>
        <source>Change a deputy&apos;s details; with --level also the membership&apos;s.</source>
        <translation>修改代表信息；带 --level 时也修改该层级的任职信息。</translation>
    </message>
    <message>
        <source>Level of the membership to change.</source>
        <translation>要修改的任职所在层级。</translation>
    </message>
    <message>
        <source>Term of the membership (default: current).</source>
        <translation>任职届次（默认：本届）。</translation>
    </message>
    <message>
        <source>Certificate number.</source>
        <translation>代表证号。</translation>
    </message>
    <message>
        <source>Deputy %1 has no membership in term %2 at level %3</source>
        <translation>代表 %1 没有%3第 %2 届的任职记录</translation>
    </message>
    <message>
        <source>Deputy %1 updated</source>
        <translation>代表 %1 已更新</translation>
    </message>
    <message>
        <source>End a membership (termination, resignation) or reinstate it.</source>
        <translation>终止任职（终止资格、辞职）或恢复任职。</translation>
    </message>
    <message>
        <source>Level of the membership (default: the office&apos;s level).</source>
        <translation>任职层级（默认：本机关层级）。</translation>
    </message>
    <message>
        <source>Term (default: current).</source>
        <translation>届次（默认：本届）。</translation>
    </message>
    <message>
        <source>terminated, resigned or serving.</source>
        <translation>terminated 终止资格、resigned 辞职或 serving 恢复在任。</translation>
    </message>
    <message>
        <source>Date of the change.</source>
        <translation>变动日期。</translation>
    </message>
    <message>
        <source>Reason, e.g. 调离本行政区域.</source>
        <translation>原因，如 调离本行政区域。</translation>
    </message>
    <message>
        <source>--set must be terminated, resigned or serving</source>
        <translation>--set 应为 terminated、resigned 或 serving</translation>
    </message>
    <message>
        <source>Deputy %1: %2 from %3</source>
        <translation>代表 %1：自 %3 起%2</translation>
    </message>
    <message>
        <source>Create a new database for the office.</source>
        <translation>为本机关新建数据库。</translation>
    </message>
    <message>
        <source>Name of the standing committee, e.g. 云岭县人大常委会.</source>
        <translation>人大常委会名称，如 云岭县人大常委会。</translation>
    </message>
    <message>
        <source>The office&apos;s level: county or township (default county).</source>
        <translation>本机关层级：county 县级或 township 乡级（默认县级）。</translation>
    </message>
    <message>
        <source>The office level&apos;s current term number, e.g. 18.</source>
        <translation>本级当前届次，如 18。</translation>
    </message>
    <message>
        <source>The date the current term began.</source>
        <translation>本届开始日期。</translation>
    </message>
    <message>
        <source>%1 already exists; init creates a new database</source>
        <translation>%1 已存在；init 只能新建数据库</translation>
    </message>
    <message>
        <source>--level must be county or township, not %1</source>
        <translation>--level 应为 county 或 township，而不是 %1</translation>
    </message>
    <message>
        <source>--term must be a term number such as 18</source>
        <translation>--term 应为届次数字，如 18</translation>
    </message>
    <message>
        <source>Created %1 for %2</source>
        <translation>已为%2创建 %1</translation>
    </message>
    <message>
        <source>Show or change the office&apos;s settings.</source>
        <translation>查看或修改本机关设置。</translation>
    </message>
    <message>
        <source>show, or set KEY VALUE</source>
        <translation>show，或 set 键 值</translation>
    </message>
    <message>
        <source>settings takes show or set KEY VALUE</source>
        <translation>settings 后应为 show 或 set 键 值</translation>
    </message>
    <message>
        <source>settings set needs a KEY and a VALUE; keys: %1</source>
        <translation>settings set 需要键和值；可用的键：%1</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Fill a new database with realistic demo data.</source>
        <translation>向新数据库填入逼真的演示数据。</translation>
    </message>
    <message>
        <source>small, county (default) or large.</source>
        <translation>small 小、county 县（默认）或 large 大。</translation>
    </message>
    <message>
        <source>Random seed; the same seed and date give the same data.</source>
        <translation>随机种子；相同种子和日期生成相同数据。</translation>
    </message>
    <message>
        <source>How many years back the data go (default 2; large means 5).</source>
        <translation>数据覆盖的年数（默认 2；large 为 5）。</translation>
    </message>
    <message>
        <source>--scale must be small, county or large, not %1</source>
        <translation>--scale 应为 small、county 或 large，而不是 %1</translation>
    </message>
    <message>
        <source>--seed must be a number and --years between 1 and 10</source>
        <translation>--seed 应为数字，--years 应在 1 至 10 之间</translation>
    </message>
    <message>
        <source>Show or import the holiday calendar.</source>
        <translation>查看或导入节假日安排。</translation>
    </message>
    <message>
        <source>show [YEAR], or import FILE (CSV: date,kind,name)</source>
        <translation>show [年份]，或 import 文件（CSV：日期,类型,名称）</translation>
    </message>
    <message>
        <source>calendar import needs a FILE</source>
        <translation>calendar import 需要文件</translation>
    </message>
    <message>
        <source>calendar takes show [YEAR] or import FILE</source>
        <translation>calendar 后应为 show [年份] 或 import 文件</translation>
    </message>
    <message numerus="yes">
        <source>Imported the holiday calendar for %n year(s)</source>
        <translation>
            <numerusform>已导入 %n 年的节假日安排</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no holiday calendar; weekends only</source>
        <translation>%1 年没有节假日安排，仅按周末计算</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>放假</translation>
    </message>
    <message>
        <source>make-up workday</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>Check the database for damage and inconsistencies.</source>
        <translation>检查数据库是否损坏或不一致。</translation>
    </message>
    <message>
        <source>%1: no problems found</source>
        <translation>%1：未发现问题</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>发现 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a consistent copy of the database, e.g. to a USB stick.</source>
        <translation>保存数据库的完整副本，例如存到 U 盘。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>必须提供 --out 文件</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>副本已保存到 %1</translation>
    </message>
    <message>
        <source>Station name.</source>
        <translation>联络站名称。</translation>
    </message>
    <message>
        <source>township, community, district, park, enterprise or online (or Chinese).</source>
        <translation>township 乡镇站、community 社区（村）点、district 选区站、park 园区站、enterprise 企业站或 online 网上站（也可写中文）。</translation>
    </message>
    <message>
        <source>Township name (recorded if new) or ID.</source>
        <translation>乡镇名称（新名称会自动登记）或编号。</translation>
    </message>
    <message>
        <source>Liaison officer.</source>
        <translation>联络员。</translation>
    </message>
    <message>
        <source>Phone.</source>
        <translation>电话。</translation>
    </message>
    <message>
        <source>Star rating 1-5 (0: not rated).</source>
        <translation>星级 1–5（0：未评定）。</translation>
    </message>
    <message>
        <source>Model station: yes or no.</source>
        <translation>是否示范站：yes 或 no。</translation>
    </message>
    <message>
        <source>Legislative contact point: yes or no.</source>
        <translation>是否立法联系点：yes 或 no。</translation>
    </message>
    <message>
        <source>Reception day in words, e.g. 每周三 or 每月8日.</source>
        <translation>接待日，用文字描述，如 每周三、每月8日。</translation>
    </message>
    <message>
        <source>--stars must be a number from 1 to 5</source>
        <translation>--stars 应为 1 至 5 的数字</translation>
    </message>
    <message>
        <source>--township: township %1 does not exist</source>
        <translation>--township：乡镇 %1 不存在</translation>
    </message>
    <message>
        <source>List liaison stations with their stationed deputies.</source>
        <translation>列出联络站及进站代表人数。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Liaison officer</source>
        <translation>联络员</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Model station</source>
        <translation>示范站</translation>
    </message>
    <message>
        <source>Legislative contact point</source>
        <translation>立法联系点</translation>
    </message>
    <message>
        <source>Reception day</source>
        <translation>接待日</translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Show one station and its deputies.</source>
        <translation>显示一个联络站及其代表。</translation>
    </message>
    <message>
        <source>The station&apos;s ID.</source>
        <translation>联络站编号。</translation>
    </message>
    <message>
        <source>The station ID</source>
        <translation>联络站编号</translation>
    </message>
    <message>
        <source>Station %1 does not exist</source>
        <translation>联络站 %1 不存在</translation>
    </message>
    <message>
        <source>%1 (ID %2): %3, %4
%5; liaison officer %6 %7; %8 stars; reception %9
</source>
        <translation>%1（编号 %2）：%3，%4
%5；联络员 %6 %7；%8 星；接待日 %9
</translation>
    </message>
    <message numerus="yes">
        <source>%n deputy membership(s)</source>
        <translation>
            <numerusform>共 %n 条代表任职</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a liaison station.</source>
        <translation>新增联络站。</translation>
    </message>
    <message>
        <source>Change a liaison station.</source>
        <translation>修改联络站。</translation>
    </message>
    <message>
        <source>Station %1: %2</source>
        <translation>联络站 %1：%2</translation>
    </message>
    <message>
        <source>Station deputies at a station, or remove them.</source>
        <translation>将代表编入联络站，或移出。</translation>
    </message>
    <message>
        <source>Deputy IDs.</source>
        <translation>代表编号。</translation>
    </message>
    <message>
        <source>Make it the deputies&apos; primary station.</source>
        <translation>设为代表的主联络站。</translation>
    </message>
    <message>
        <source>End the deputies&apos; assignment to the station.</source>
        <translation>将代表移出该联络站。</translation>
    </message>
    <message>
        <source>Date of the change (default today).</source>
        <translation>变动日期（默认今天）。</translation>
    </message>
    <message>
        <source>station assign needs a STATION_ID and at least one DEPUTY_ID</source>
        <translation>station assign 需要联络站编号和至少一个代表编号</translation>
    </message>
    <message>
        <source>A deputy ID</source>
        <translation>代表编号</translation>
    </message>
    <message numerus="yes">
        <source>%n deputy assignment(s) changed</source>
        <translation>
            <numerusform>已变更 %n 条进站记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Congress sessions (人代会): add or list.</source>
        <translation>人民代表大会会议：add 新增或 list 列出。</translation>
    </message>
    <message>
        <source>Level (default county).</source>
        <translation>层级（默认县级）。</translation>
    </message>
    <message>
        <source>Term number (default: current).</source>
        <translation>届次（默认：本届）。</translation>
    </message>
    <message>
        <source>Session number (第N次会议).</source>
        <translation>会次（第N次会议）。</translation>
    </message>
    <message>
        <source>Opening date.</source>
        <translation>开幕日期。</translation>
    </message>
    <message>
        <source>Closing date.</source>
        <translation>闭幕日期。</translation>
    </message>
    <message>
        <source>session takes add or list</source>
        <translation>session 后应为 add 或 list</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会次</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>开幕</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>闭幕</translation>
    </message>
    <message>
        <source>Session %1 recorded: term %2, session %3</source>
        <translation>会议 %1 已登记：第 %2 届第 %3 次会议</translation>
    </message>
    <message>
        <source>Terms (届次): start the next term (换届) or list them.</source>
        <translation>届次：start 开始下一届（换届）或 list 列出。</translation>
    </message>
    <message>
        <source>Level.</source>
        <translation>层级。</translation>
    </message>
    <message>
        <source>The new term&apos;s number.</source>
        <translation>新一届的届次。</translation>
    </message>
    <message>
        <source>The day the new term starts.</source>
        <translation>新一届开始日期。</translation>
    </message>
    <message>
        <source>term takes start or list</source>
        <translation>term 后应为 start 或 list</translation>
    </message>
    <message>
        <source>--level is required: county or township (or another level)</source>
        <translation>必须提供 --level：county、township（或其他层级）</translation>
    </message>
    <message>
        <source>--number is required: the new term&apos;s number</source>
        <translation>必须提供 --number：新一届的届次</translation>
    </message>
    <message>
        <source>Term %1 of level %2 starts on %3; the previous term&apos;s memberships have ended</source>
        <translation>%2第 %1 届自 %3 开始；上一届代表任职已届满</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>数据库文件。</translation>
    </message>
    <message>
        <source>The date to use as today.</source>
        <translation>作为“今天”使用的日期。</translation>
    </message>
    <message>
        <source>Language of messages (zh_CN or en).</source>
        <translation>提示信息的语言（zh_CN 或 en）。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>--today: %1 is not a date such as 2026-07-15</source>
        <translation>--today：%1 不是有效日期（如 2026-07-15）</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Output format: table, csv, json, or pdf (the printed roster, with --out).</source>
        <translation>输出格式：table、csv、json，或 pdf（打印用代表名册，需 --out）。</translation>
    </message>
    <message>
        <source>Write to this file instead of the screen.</source>
        <translation>写入此文件，而不是显示在屏幕上。</translation>
    </message>
    <message>
        <source>--format must be table, csv, json or pdf</source>
        <translation>--format 应为 table、csv、json 或 pdf</translation>
    </message>
    <message>
        <source>--format pdf needs --out FILE</source>
        <translation>--format pdf 需要 --out 文件</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the roster of %n deputy membership(s) to %1</source>
        <translation>
            <numerusform>已将 %n 条代表任职的名册写入 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n deputy membership(s) to %1</source>
        <translation>
            <numerusform>已将 %n 条代表任职写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export a workbook (.xlsx): roster (代表名册) or stations (联络站一览表).</source>
        <translation>导出工作簿（.xlsx）：roster 代表名册或 stations 联络站一览表。</translation>
    </message>
    <message>
        <source>The .xlsx file to write.</source>
        <translation>要写入的 .xlsx 文件。</translation>
    </message>
    <message>
        <source>strokes (default: surname stroke order) or pinyin.</source>
        <translation>strokes 按姓氏笔画（默认）或 pinyin 按拼音。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1</source>
        <translation>
            <numerusform>已将 %n 行写入 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sheet &quot;%1&quot;: header on row %2, %n row(s) to import.</source>
        <translation>
            <numerusform>工作表“%1”：表头在第 %2 行，待导入 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>未导入的列：%1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Townships not yet on record: %1</source>
        <translation>尚未登记的乡镇（街道）：%1</translation>
    </message>
    <message>
        <source>Stations not yet on record: %1</source>
        <translation>尚未登记的联络站：%1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in the file.</source>
        <translation>
            <numerusform>未导入任何数据：文件中有 %n 处问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported. Add these first, or import again with --create-missing to create them.</source>
        <translation>未导入任何数据。请先添加以上各项，或加 --create-missing 重新导入以自动创建。</translation>
    </message>
    <message>
        <source>Dry run, nothing written: would insert %1, update %2, skip %3.</source>
        <translation>试运行，未写入：将新增 %1 条，更新 %2 条，跳过 %3 条。</translation>
    </message>
    <message>
        <source>Inserted %1, updated %2, skipped %3.</source>
        <translation>新增 %1 条，更新 %2 条，跳过 %3 条。</translation>
    </message>
    <message>
        <source>deputies: the level the roster belongs to (default: the office&apos;s).</source>
        <translation>deputies：名册所属层级（默认为本机关层级）。</translation>
    </message>
    <message>
        <source>deputies: the term number (default: the level&apos;s current term).</source>
        <translation>deputies：届次（默认为该层级的本届）。</translation>
    </message>
    <message>
        <source>Check the file and report; write nothing.</source>
        <translation>只检查文件并报告，不写入。</translation>
    </message>
    <message>
        <source>skip (default) or update records already on record.</source>
        <translation>已有记录时 skip 跳过（默认）或 update 更新。</translation>
    </message>
    <message>
        <source>import %1 takes one FILE</source>
        <translation>import %1 需要一个文件</translation>
    </message>
    <message>
        <source>--on-duplicate must be skip or update</source>
        <translation>--on-duplicate 只能是 skip 或 update</translation>
    </message>
    <message>
        <source>Into: %1 level, term %2.</source>
        <translation>导入到：%1，第 %2 届。</translation>
    </message>
    <message>
        <source>--%1: %2 is not a record ID</source>
        <translation>--%1：%2 不是记录编号</translation>
    </message>
    <message>
        <source>--%1: no agency %2 (see &apos;agency list&apos;)</source>
        <translation>--%1：没有承办单位“%2”（见 agency list）</translation>
    </message>
    <message>
        <source>Record a citizen&apos;s concern (点单).</source>
        <translation>登记群众意见（点单）。</translation>
    </message>
    <message>
        <source>Record a deputy&apos;s suggestion.</source>
        <translation>登记代表建议。</translation>
    </message>
    <message>
        <source>Date raised (default today).</source>
        <translation>提出日期（默认今天）。</translation>
    </message>
    <message>
        <source>Title (a concern&apos;s defaults to its beginning).</source>
        <translation>标题（群众意见默认取内容开头）。</translation>
    </message>
    <message>
        <source>What is raised.</source>
        <translation>反映的内容。</translation>
    </message>
    <message>
        <source>Category, e.g. 城建环资.</source>
        <translation>类别，如 城建环资。</translation>
    </message>
    <message>
        <source>Township (name or ID).</source>
        <translation>乡镇（街道）（名称或编号）。</translation>
    </message>
    <message>
        <source>Station ID.</source>
        <translation>联络站编号。</translation>
    </message>
    <message>
        <source>Who records it.</source>
        <translation>登记人。</translation>
    </message>
    <message>
        <source>Receiving deputies&apos; IDs, e.g. 3,5.</source>
        <translation>接待代表的编号，如 3,5。</translation>
    </message>
    <message>
        <source>reception, visit, phone, letter, online or other (or 接待, 电话 …).</source>
        <translation>reception、visit、phone、letter、online 或 other（也可写 接待、电话 等）。</translation>
    </message>
    <message>
        <source>The citizen&apos;s name.</source>
        <translation>群众姓名。</translation>
    </message>
    <message>
        <source>The citizen&apos;s phone.</source>
        <translation>群众联系电话。</translation>
    </message>
    <message>
        <source>Village or community.</source>
        <translation>村（社区）。</translation>
    </message>
    <message>
        <source>The lead deputy&apos;s ID.</source>
        <translation>领衔代表的编号。</translation>
    </message>
    <message>
        <source>Co-signers&apos; IDs, e.g. 3,5.</source>
        <translation>附议代表的编号，如 3,5。</translation>
    </message>
    <message>
        <source>Session ID, for a suggestion raised at a congress session.</source>
        <translation>会议编号（大会期间提出的建议）。</translation>
    </message>
    <message>
        <source>--channel must be reception, visit, phone, letter, online or other</source>
        <translation>--channel 应为 reception、visit、phone、letter、online 或 other</translation>
    </message>
    <message>
        <source>Recorded %1 (ID %2)</source>
        <translation>已登记 %1（编号 %2）</translation>
    </message>
    <message>
        <source>Date of the step (default today).</source>
        <translation>办理日期（默认今天）。</translation>
    </message>
    <message>
        <source>Who did it.</source>
        <translation>经办人。</translation>
    </message>
    <message>
        <source>Mark the step as taken from earlier records.</source>
        <translation>标记为从既往台账补录。</translation>
    </message>
    <message>
        <source>on-spot, passed-on, new-suggestion, merge, refer or decline.</source>
        <translation>on-spot（当场答复）、passed-on（转办）、new-suggestion（形成建议）、merge（并入建议）、refer（转报上级）或 decline（不予办理）。</translation>
    </message>
    <message>
        <source>With merge: the suggestion&apos;s ID or number.</source>
        <translation>并入时：建议的编号或序号。</translation>
    </message>
    <message>
        <source>The answer (on-spot), the new suggestion&apos;s title, or the reason (decline).</source>
        <translation>答复内容（当场答复）、新建议的标题或不予办理的理由。</translation>
    </message>
    <message>
        <source>Lead agency (ID or name).</source>
        <translation>主办单位（编号或名称）。</translation>
    </message>
    <message>
        <source>Co-handling agencies (IDs or names, comma-separated).</source>
        <translation>协办单位（编号或名称，逗号分隔）。</translation>
    </message>
    <message>
        <source>Due date (default: the time limit).</source>
        <translation>办理期限（默认按时限计算）。</translation>
    </message>
    <message>
        <source>Under key supervision.</source>
        <translation>列为重点督办。</translation>
    </message>
    <message>
        <source>The leader supervising it.</source>
        <translation>督办领导。</translation>
    </message>
    <message>
        <source>The approved new due date.</source>
        <translation>批准的新期限。</translation>
    </message>
    <message>
        <source>The agency&apos;s reason for more time.</source>
        <translation>承办单位申请延期的理由。</translation>
    </message>
    <message>
        <source>Result class A, B, C or D.</source>
        <translation>办理结果类别 A、B、C 或 D。</translation>
    </message>
    <message>
        <source>The agency met the deputy.</source>
        <translation>承办单位已与代表见面沟通。</translation>
    </message>
    <message>
        <source>The reply (co-agencies&apos; views included).</source>
        <translation>答复内容（含协办单位意见）。</translation>
    </message>
    <message>
        <source>satisfied, basically or unsatisfied; several citizens&apos; votes comma-separated (majority rule).</source>
        <translation>satisfied（满意）、basically（基本满意）或 unsatisfied（不满意）；多名群众的评价用逗号分隔（按多数原则）。</translation>
    </message>
    <message>
        <source>Remarks.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>The agency&apos;s reason.</source>
        <translation>承办单位的理由。</translation>
    </message>
    <message>
        <source>Notes (method and what was found).</source>
        <translation>说明（督办方式和情况）。</translation>
    </message>
    <message>
        <source>Take the step “%1”.</source>
        <translation>办理“%1”环节。</translation>
    </message>
    <message>
        <source>--as must be on-spot, passed-on, new-suggestion, merge, refer or decline</source>
        <translation>--as 应为 on-spot、passed-on、new-suggestion、merge、refer 或 decline</translation>
    </message>
    <message>
        <source>--agency: give exactly one lead agency</source>
        <translation>--agency：须指定且只能指定一个主办单位</translation>
    </message>
    <message>
        <source>--result: %1 is not satisfied, basically or unsatisfied</source>
        <translation>--result：%1 不是 satisfied、basically 或 unsatisfied</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>，期限 %1</translation>
    </message>
    <message>
        <source> (round %1)</source>
        <translation>（第 %1 轮办理）</translation>
    </message>
    <message>
        <source>; suggestion %1</source>
        <translation>；建议 %1</translation>
    </message>
    <message>
        <source>The ledger of items.</source>
        <translation>事项台账。</translation>
    </message>
    <message>
        <source>Only this period (2026, 2026Q3, 2026-07 …).</source>
        <translation>仅此期间（2026、2026Q3、2026-07 等）。</translation>
    </message>
    <message>
        <source>Only this state (e.g. dispatched).</source>
        <translation>仅此状态（如 dispatched）。</translation>
    </message>
    <message>
        <source>Only items still waiting on someone.</source>
        <translation>仅未办结的事项。</translation>
    </message>
    <message>
        <source>Only this agency (ID or name).</source>
        <translation>仅此承办单位（编号或名称）。</translation>
    </message>
    <message>
        <source>Only this deputy&apos;s items (ID).</source>
        <translation>仅此代表的事项（编号）。</translation>
    </message>
    <message>
        <source>--state: %1 is not a state</source>
        <translation>--state：%1 不是有效的状态</translation>
    </message>
    <message>
        <source>One item with its particulars and the history of every step.</source>
        <translation>显示一个事项的详情及各环节记录。</translation>
    </message>
    <message>
        <source>The item&apos;s ID or number.</source>
        <translation>事项的编号或序号。</translation>
    </message>
    <message>
        <source>Give one item ID or number; --format table or json</source>
        <translation>请给出一个事项编号或序号；--format 为 table 或 json</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>补录</translation>
    </message>
    <message>
        <source>Content: %1</source>
        <translation>内容：%1</translation>
    </message>
    <message>
        <source>Steps allowed now: %1</source>
        <translation>当前可办理的环节：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Rate a suggestion excellent (the yearly 优秀建议 selection).</source>
        <translation>评定为优秀建议（年度优秀建议评选）。</translation>
    </message>
    <message>
        <source>The suggestion&apos;s ID or number.</source>
        <translation>建议的编号或序号。</translation>
    </message>
    <message>
        <source>Withdraw the rating.</source>
        <translation>撤销评定。</translation>
    </message>
    <message>
        <source>Date (default today).</source>
        <translation>日期（默认今天）。</translation>
    </message>
    <message>
        <source>Give one suggestion ID or number</source>
        <translation>请给出一个建议编号或序号</translation>
    </message>
    <message>
        <source>%1 rated excellent</source>
        <translation>%1 已评为优秀建议</translation>
    </message>
    <message>
        <source>%1 no longer rated excellent</source>
        <translation>%1 已撤销优秀建议评定</translation>
    </message>
    <message>
        <source>Record a handling agency (承办单位).</source>
        <translation>登记承办单位。</translation>
    </message>
    <message>
        <source>Name, e.g. 县水务局.</source>
        <translation>名称，如 县水务局。</translation>
    </message>
    <message>
        <source>department, supervision, court, procuratorate, township or other (default department).</source>
        <translation>department（政府部门）、supervision（监委）、court（法院）、procuratorate（检察院）、township（乡镇政府）或 other（默认 department）。</translation>
    </message>
    <message>
        <source>Contact person.</source>
        <translation>联系人。</translation>
    </message>
    <message>
        <source>Recorded agency %1 (ID %2)</source>
        <translation>已登记承办单位 %1（编号 %2）</translation>
    </message>
    <message>
        <source>List the handling agencies.</source>
        <translation>列出承办单位。</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Open items past their due date (with --due-soon also those due within the due-soon window), most overdue first.</source>
        <translation>列出已超期的未办结事项（加 --due-soon 另含即将到期的），超期最久的在前。</translation>
    </message>
    <message>
        <source>Also the items due soon.</source>
        <translation>另含即将到期的事项。</translation>
    </message>
    <message>
        <source>The measures of handling (答复率, 按期答复率, 见面率, 满意率, 办成率 …) for a period.</source>
        <translation>某一期间的办理情况统计（答复率、按期答复率、见面率、满意率、办成率等）。</translation>
    </message>
    <message>
        <source>The period: 2026, 2026H1, 2026Q3, 2026-07.</source>
        <translation>期间：2026、2026H1、2026Q3、2026-07。</translation>
    </message>
    <message>
        <source>Break down by category, agency, township, station or deputy.</source>
        <translation>按类别、承办单位、乡镇、联络站或代表分组。</translation>
    </message>
    <message>
        <source>--by must be category, agency, township, station or deputy</source>
        <translation>--by 应为 category、agency、township、station 或 deputy</translation>
    </message>
    <message>
        <source>--period: %1</source>
        <translation>--period：%1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>交办数</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>答复数</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>答复率</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按期答复数</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>按期答复率</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>见面数</translation>
    </message>
    <message>
        <source>Face-to-face rate</source>
        <translation>见面率</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>评价数</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意数</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Solved (A)</source>
        <translation>办成数（A类）</translation>
    </message>
    <message>
        <source>Solved rate</source>
        <translation>办成率</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期数</translation>
    </message>
    <message>
        <source>Avg. working days to reply</source>
        <translation>平均答复用时（工作日）</translation>
    </message>
    <message>
        <source>Answered on the spot</source>
        <translation>当场答复数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>No %1 %2</source>
        <translation>没有%1 %2</translation>
    </message>
    <message>
        <source>suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>concern</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Face to face</source>
        <translation>见面</translation>
    </message>
    <message>
        <source>Key supervision</source>
        <translation>重点督办</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀建议</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Export a workbook (.xlsx) of the loop: concerns (群众意见台账), suggestions (代表建议办理台账), stats (办理情况统计表) or notice (办理结果公示表, always masked).</source>
        <translation>导出意见建议工作簿（.xlsx）：concerns（群众意见台账）、suggestions（代表建议办理台账）、stats（办理情况统计表）或 notice（办理结果公示表，始终脱敏）。</translation>
    </message>
    <message>
        <source>With stats: break down by category, agency, township, station or deputy (default agency).</source>
        <translation>用于 stats：按类别、承办单位、乡镇、联络站或代表分组（默认承办单位）。</translation>
    </message>
    <message>
        <source>give a year, half-year, quarter or month</source>
        <translation>请给出年、半年、季度或月</translation>
    </message>
    <message>
        <source>Looks like the open concern %1 (%2% alike): %3</source>
        <translation>与未办结的群众意见 %1 相似（相似度 %2%）：%3</translation>
    </message>
    <message>
        <source>Output format: table, csv or json.</source>
        <translation>输出格式：table、csv 或 json。</translation>
    </message>
    <message>
        <source>--format must be table, csv or json</source>
        <translation>--format 应为 table、csv 或 json</translation>
    </message>
    <message>
        <source>Create the stations, townships, agencies and categories the file names that are not on record.</source>
        <translation>自动创建文件中提到但尚无记录的联络站、乡镇（街道）、承办单位和类别。</translation>
    </message>
    <message>
        <source>suggestions: the year of dates written without one, such as 3月5日 (default: this year).</source>
        <translation>suggestions：未写年份的日期（如 3月5日）所属的年份（默认为今年）。</translation>
    </message>
    <message>
        <source>import takes deputies, stations or suggestions</source>
        <translation>import 的对象为 deputies、stations 或 suggestions</translation>
    </message>
    <message>
        <source>--year must be a year such as 2026</source>
        <translation>--year 应为年份，如 2026</translation>
    </message>
    <message>
        <source>Agencies not yet on record: %1</source>
        <translation>尚无记录的承办单位：%1</translation>
    </message>
    <message>
        <source>Categories not yet on record: %1</source>
        <translation>尚无记录的类别：%1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Add a category of concerns and suggestions, after the others.</source>
        <translation>新增一个意见建议类别，排在现有类别之后。</translation>
    </message>
    <message>
        <source>The category, e.g. 教科文卫.</source>
        <translation>类别名称，如 教科文卫。</translation>
    </message>
    <message>
        <source>category add takes one NAME</source>
        <translation>category add 需要一个类别名称</translation>
    </message>
    <message>
        <source>Category %1 is on record</source>
        <translation>类别“%1”已登记</translation>
    </message>
    <message>
        <source>List the categories of concerns and suggestions, in their order.</source>
        <translation>按顺序列出意见建议的类别。</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Dispatched on</source>
        <translation>交办日期</translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>The item&apos;s ID or number (2026-意-0153); several take the step together or not at all.</source>
        <translation>事项的编号或 ID（如 2026-意-0153）；给出多个时一并办理，要么全部成功，要么都不办理。</translation>
    </message>
    <message>
        <source>Give one or more item IDs or numbers</source>
        <translation>请给出一个或多个事项编号或 ID</translation>
    </message>
    <message>
        <source>Print the loop&apos;s forms to PDF in the document language: dispatch-notices (交办通知单, one per agency holding dispatched items) or feedback ITEM… (代表意见征询表 / 群众意见回访表 for replied items).</source>
        <translation>按文书语言把意见建议办理文书输出为 PDF：dispatch-notices（交办通知单，每个有在办事项的承办单位一份）或 feedback 事项…（已答复事项的代表意见征询表／群众意见回访表）。</translation>
    </message>
    <message>
        <source>feedback: the items&apos; IDs or numbers.</source>
        <translation>feedback：事项的编号或 ID。</translation>
    </message>
    <message>
        <source>dispatch-notices: only this agency (ID or name).</source>
        <translation>dispatch-notices：只输出该承办单位（ID 或名称）。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>forms takes dispatch-notices or feedback</source>
        <translation>forms 的对象为 dispatch-notices 或 feedback</translation>
    </message>
    <message>
        <source>forms feedback takes the items&apos; IDs or numbers</source>
        <translation>forms feedback 需要事项的编号或 ID</translation>
    </message>
    <message>
        <source>--agency: no agency %1 (see &apos;agency list&apos;)</source>
        <translation>--agency：没有承办单位 %1（见“agency list”）</translation>
    </message>
    <message>
        <source>No item is with an agency now: there is no notice to print.</source>
        <translation>目前没有在承办单位办理中的事项，无交办通知单可打印。</translation>
    </message>
    <message>
        <source>None of these items has been replied to: a feedback form goes with a reply.</source>
        <translation>这些事项都还没有答复：意见征询表随答复发出。</translation>
    </message>
    <message numerus="yes">
        <source>%n dispatch notice(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 份交办通知单写入 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback form(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 份意见征询表写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Change an agency&apos;s name, kind, contact person or phone; the options not given stay as they are.</source>
        <translation>修改承办单位的名称、类型、联系人或电话；未给出的选项保持不变。</translation>
    </message>
    <message>
        <source>The agency&apos;s ID or name.</source>
        <translation>承办单位的 ID 或名称。</translation>
    </message>
    <message>
        <source>New name.</source>
        <translation>新名称。</translation>
    </message>
    <message>
        <source>department, supervision, court, procuratorate, township or other.</source>
        <translation>department（政府部门）、supervision（监委）、court（法院）、procuratorate（检察院）、township（乡镇政府）或 other（其他）。</translation>
    </message>
    <message>
        <source>agency edit takes one agency ID or name</source>
        <translation>agency edit 需要一个承办单位 ID 或名称</translation>
    </message>
    <message>
        <source>No agency %1 (see &apos;agency list&apos;)</source>
        <translation>没有承办单位 %1（见“agency list”）</translation>
    </message>
    <message>
        <source>Agency %1 (ID %2) saved</source>
        <translation>已保存承办单位 %1（ID %2）</translation>
    </message>
    <message>
        <source>No item %1</source>
        <translation>没有事项 %1</translation>
    </message>
    <message>
        <source>--station: no station %1 (see &apos;station list&apos;)</source>
        <translation>--station：没有联络站 %1（见“station list”）</translation>
    </message>
    <message>
        <source>The day (default today).</source>
        <translation>日期（默认今天）。</translation>
    </message>
    <message>
        <source>Participants by ID, e.g. 3,5,8.</source>
        <translation>参加代表的 ID，如 3,5,8。</translation>
    </message>
    <message>
        <source>Participants on leave, each ID:reason, e.g. 5:外出学习,8:生病.</source>
        <translation>请假代表，每人写作 ID:原因，如 5:外出学习,8:生病。</translation>
    </message>
    <message>
        <source>Participants absent without leave, by ID.</source>
        <translation>无故缺席代表的 ID。</translation>
    </message>
    <message>
        <source>%1 present, %2 on leave, %3 absent</source>
        <translation>出席 %1 人，请假 %2 人，缺席 %3 人</translation>
    </message>
    <message>
        <source>Record a station reception (进站接待选民): who sat, how many citizens came, the concerns recorded.</source>
        <translation>登记一次进站接待选民：哪些代表接待、接待群众人数、登记的群众意见。</translation>
    </message>
    <message>
        <source>Record an activity with its participants: name them, or take a station&apos;s, group&apos;s, township&apos;s, level&apos;s or session&apos;s deputies at once, then mark those on leave or absent.</source>
        <translation>登记一次履职活动及参加代表：逐个列出，或一次选取某联络站、代表小组、乡镇、层级或会议的全部代表，再标出请假或缺席的。</translation>
    </message>
    <message>
        <source>The station (ID or name).</source>
        <translation>联络站（ID 或名称）。</translation>
    </message>
    <message>
        <source>Citizens received.</source>
        <translation>接待群众人数。</translation>
    </message>
    <message>
        <source>Concerns recorded there, by ID.</source>
        <translation>现场登记的群众意见 ID。</translation>
    </message>
    <message>
        <source>The activity type (name or code, see &apos;activity types&apos;).</source>
        <translation>活动类型（名称或代码，见“activity types”）。</translation>
    </message>
    <message>
        <source>Title.</source>
        <translation>标题。</translation>
    </message>
    <message>
        <source>Start time, e.g. 09:00.</source>
        <translation>开始时间，如 09:00。</translation>
    </message>
    <message>
        <source>End time.</source>
        <translation>结束时间。</translation>
    </message>
    <message>
        <source>Place.</source>
        <translation>地点。</translation>
    </message>
    <message>
        <source>Organiser.</source>
        <translation>组织单位。</translation>
    </message>
    <message>
        <source>Every serving deputy of the --station takes part.</source>
        <translation>--station 所指联络站的全部在任代表参加。</translation>
    </message>
    <message>
        <source>Every member of this group (ID).</source>
        <translation>该代表小组（ID）的全部成员。</translation>
    </message>
    <message>
        <source>Every deputy of this township (name).</source>
        <translation>该乡镇（名称）的全部代表。</translation>
    </message>
    <message>
        <source>Every deputy of this session&apos;s term (ID).</source>
        <translation>该次会议（ID）所在届次的全部代表。</translation>
    </message>
    <message>
        <source>--type: no activity type %1 (see &apos;activity types&apos;)</source>
        <translation>--type：没有活动类型 %1（见“activity types”）</translation>
    </message>
    <message>
        <source>--%1: %2 is not a time such as 09:00</source>
        <translation>--%1：%2 不是时间，应如 09:00</translation>
    </message>
    <message>
        <source>Recorded activity %1 (%2): %3</source>
        <translation>已登记活动 %1（%2）：%3</translation>
    </message>
    <message>
        <source>The station receptions.</source>
        <translation>进站接待选民记录。</translation>
    </message>
    <message>
        <source>The activities.</source>
        <translation>履职活动。</translation>
    </message>
    <message>
        <source>Only this period (2026, 2026Q3, 2026-07).</source>
        <translation>只看该期间（2026、2026Q3、2026-07）。</translation>
    </message>
    <message>
        <source>Only this station (ID or name).</source>
        <translation>只看该联络站（ID 或名称）。</translation>
    </message>
    <message>
        <source>Only activities this deputy took part in (ID).</source>
        <translation>只看该代表（ID）参加的活动。</translation>
    </message>
    <message>
        <source>With --deputy: only present, leave or absent.</source>
        <translation>与 --deputy 同用：只看 present（出席）、leave（请假）或 absent（缺席）。</translation>
    </message>
    <message>
        <source>Only this type (name or code).</source>
        <translation>只看该类型（名称或代码）。</translation>
    </message>
    <message>
        <source>--attendance must be present, leave or absent</source>
        <translation>--attendance 应为 present、leave 或 absent</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>接待人数</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>One activity with every participant&apos;s attendance.</source>
        <translation>一次活动及每位参加代表的出勤情况。</translation>
    </message>
    <message>
        <source>The activity&apos;s ID.</source>
        <translation>活动的 ID。</translation>
    </message>
    <message>
        <source>Give one activity ID</source>
        <translation>请给出一个活动 ID</translation>
    </message>
    <message>
        <source>No activity %1</source>
        <translation>没有活动 %1</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Record a deputy&apos;s leave period.</source>
        <translation>登记代表的请假期间。</translation>
    </message>
    <message>
        <source>First day.</source>
        <translation>开始日期。</translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation>结束日期。</translation>
    </message>
    <message>
        <source>Reason.</source>
        <translation>原因。</translation>
    </message>
    <message>
        <source>Recorded leave %1 for deputy %2</source>
        <translation>已为代表 %2 登记请假 %1</translation>
    </message>
    <message>
        <source>Deputies&apos; leave periods.</source>
        <translation>代表请假记录。</translation>
    </message>
    <message>
        <source>Only this deputy (ID).</source>
        <translation>只看该代表（ID）。</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Propose a station&apos;s duty roster for a period over its reception days: the required deputies each day, everyone at least the minimum, the load even, nobody on leave, a grass-roots deputy each day. What cannot be met is said, with the numbers.</source>
        <translation>为联络站排出某一期间的值班表（按接待日）：每个接待日安排所需人数，每名代表不少于最低次数，负担均衡，请假者不排，每天尽量有一名基层代表。无法满足的要求会连同数字一并说明。</translation>
    </message>
    <message>
        <source>The period: 2026, 2026Q3, 2026-07.</source>
        <translation>期间：2026、2026Q3、2026-07。</translation>
    </message>
    <message>
        <source>Deputies each day (default 2).</source>
        <translation>每个接待日的代表人数（默认 2）。</translation>
    </message>
    <message>
        <source>At most each day (default: the required).</source>
        <translation>每天最多人数（默认与所需人数相同）。</translation>
    </message>
    <message>
        <source>Duties a deputy owes in a year (default 4).</source>
        <translation>每名代表每年最少进站次数（默认 4）。</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>IDs</source>
        <translation>ID</translation>
    </message>
    <message>
        <source> (cadre)</source>
        <translation>（干部）</translation>
    </message>
    <message numerus="yes">
        <source>%n reception day(s); minimum %1 per deputy for the period.</source>
        <translation>
            <numerusform>共 %n 个接待日；本期间每名代表至少 %1 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Also write the roster for the station&apos;s wall: FILE.pdf (A4) or FILE.xlsx.</source>
        <translation>另外写出供联络站张贴的值班表：文件.pdf（A4）或 文件.xlsx。</translation>
    </message>
    <message>
        <source>Roster written to %1</source>
        <translation>值班表已写入 %1</translation>
    </message>
    <message>
        <source>Change an activity: its particulars, and who took part: add deputies, mark them on leave, absent or present again, or drop them.</source>
        <translation>修改活动：基本情况及参加人员——增加代表、标记请假、缺席或改回出席，或移除。</translation>
    </message>
    <message>
        <source>Participants present after all, by ID.</source>
        <translation>改为出席的参加人员，按 ID。</translation>
    </message>
    <message>
        <source>Participants to take off the list, by ID.</source>
        <translation>从名单中移除的参加人员，按 ID。</translation>
    </message>
    <message>
        <source>Changed activity %1: %2</source>
        <translation>已修改活动 %1：%2</translation>
    </message>
    <message>
        <source>Delete an activity recorded by mistake; a roster day it recorded becomes unrecorded.</source>
        <translation>删除误录的活动；由它登记的值班日恢复为未登记。</translation>
    </message>
    <message>
        <source>Deleted activity %1</source>
        <translation>已删除活动 %1</translation>
    </message>
    <message>
        <source>Demo data in %1: %2 townships, %3 stations, %4 deputies (%5 memberships), %6 sessions, %7 concerns, %8 suggestions, %9 activities; %10 s</source>
        <translation>演示数据已写入 %1：%2 个乡镇，%3 个联络站，%4 名代表（%5 个代表身份），%6 次会议，%7 件意见，%8 件建议，%9 项活动；用时 %10 秒</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Plan a station&apos;s duty roster for a period and save it, replacing the period&apos;s saved days that are not yet recorded as receptions.</source>
        <translation>为联络站编排某一期间的值班表并保存，替换该期间尚未登记为接待的已存值班日。</translation>
    </message>
    <message>
        <source>Roster saved.</source>
        <translation>值班表已保存。</translation>
    </message>
    <message>
        <source>The saved duty roster of a station for a period, with the days already recorded as receptions.</source>
        <translation>联络站某一期间已保存的值班表，含已登记为接待的日子。</translation>
    </message>
    <message>
        <source>No roster saved for this station and period (see &apos;roster save&apos;)</source>
        <translation>该联络站在此期间没有已保存的值班表（见“roster save”）</translation>
    </message>
    <message>
        <source>Change one day of a station&apos;s saved roster: the deputies on duty (a new day is added), or --remove the day.</source>
        <translation>修改联络站值班表中的某一天：值班代表（新日期则增加），或用 --remove 删去该日。</translation>
    </message>
    <message>
        <source>The reception day.</source>
        <translation>接待日。</translation>
    </message>
    <message>
        <source>The deputies on duty by ID, e.g. 3,5.</source>
        <translation>值班代表的 ID，如 3,5。</translation>
    </message>
    <message>
        <source>Removed %1 from the roster</source>
        <translation>已从值班表删去 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n deputy(ies) on duty on %1</source>
        <translation>
            <numerusform>%1 有 %n 名代表值班</numerusform>
        </translation>
    </message>
    <message>
        <source>Record the saved roster&apos;s days up to a date as station receptions, one activity a day with the deputies on duty present. All or none.</source>
        <translation>把已存值班表中截至某日的值班日登记为进站接待，每天一项活动，值班代表记为出席。全部成功或全部不写。</translation>
    </message>
    <message>
        <source>The last day to record (default today).</source>
        <translation>登记到哪一天（默认今天）。</translation>
    </message>
    <message>
        <source>Already recorded by hand, linked: %1</source>
        <translation>已手工登记，已关联：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n reception(s) recorded up to %1</source>
        <translation>
            <numerusform>截至 %1 已登记 %n 次接待</numerusform>
        </translation>
    </message>
    <message>
        <source>export takes roster, stations, concerns, suggestions, stats, notice, scores or gaps</source>
        <translation>export 后接 roster、stations、concerns、suggestions、stats、notice、scores 或 gaps</translation>
    </message>
    <message>
        <source>--year is required (a year such as 2026)</source>
        <translation>必须给出 --year（如 2026）</translation>
    </message>
    <message>
        <source>The year the rules score.</source>
        <translation>细则适用的年度。</translation>
    </message>
    <message>
        <source>The level the set is for (default: all levels).</source>
        <translation>细则适用的层级（默认：所有层级）。</translation>
    </message>
    <message>
        <source>Scoring rules for %1, %2 (%3)
Base %4, total capped at %5; an absence from an activity of a type not listed: %6

</source>
        <translation>%1年评分细则，%2（%3）
基础分 %4，总分上限 %5；未列出类型的活动无故缺席：%6

</translation>
    </message>
    <message>
        <source>all levels</source>
        <translation>所有层级</translation>
    </message>
    <message>
        <source>the year&apos;s own set</source>
        <translation>本年度自定细则</translation>
    </message>
    <message>
        <source>the defaults</source>
        <translation>默认细则</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Present / each</source>
        <translation>出席/每次</translation>
    </message>
    <message>
        <source>Yearly cap</source>
        <translation>年度上限</translation>
    </message>
    <message>
        <source>Suggestion led</source>
        <translation>领衔建议</translation>
    </message>
    <message>
        <source>Suggestion co-signed</source>
        <translation>附议建议</translation>
    </message>
    <message>
        <source>Key supervision (lead)</source>
        <translation>重点督办（领衔人）</translation>
    </message>
    <message>
        <source>Excellent suggestion (lead)</source>
        <translation>优秀建议（领衔人）</translation>
    </message>
    <message>
        <source>Concern closed satisfied</source>
        <translation>意见办结且满意</translation>
    </message>
    <message>
        <source>Yearly minimum</source>
        <translation>年度最低要求</translation>
    </message>
    <message>
        <source>What counts</source>
        <translation>计入的记录</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>要求次数</translation>
    </message>
    <message>
        <source>Deducted if missed</source>
        <translation>未完成扣分</translation>
    </message>
    <message>
        <source> and every minimum met</source>
        <translation> 且完成全部最低要求</translation>
    </message>
    <message>
        <source>Grades: %1
An unexcused session absence caps the grade at %2; %3 raise the Deputies-Law alert.
</source>
        <translation>等次：%1
无故缺席人代会一次，等次最高为%2；达到 %3 次则按代表法提示。
</translation>
    </message>
    <message>
        <source>Write the rule set that scores a year (and level) to a readable JSON file, to keep or share with other counties.</source>
        <translation>把某年度（及层级）的评分细则写成可读的 JSON 文件，便于留存或与其他县交流。</translation>
    </message>
    <message>
        <source>Show the rule set that scores a year (and level).</source>
        <translation>显示某年度（及层级）的评分细则。</translation>
    </message>
    <message>
        <source>The .json file to write.</source>
        <translation>要写入的 .json 文件。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Rules for %1 written to %2
</source>
        <translation>%1年评分细则已写入 %2
</translation>
    </message>
    <message>
        <source>Read a rule set from a JSON file (as &apos;rules export&apos; writes it) and save it for its year, or for --year and --level. All or nothing.</source>
        <translation>从 JSON 文件（“rules export”写出的格式）读取评分细则，保存为文件所写年度或 --year、--level 指定的细则。全部成功或全部不写。</translation>
    </message>
    <message>
        <source>The .json file.</source>
        <translation>.json 文件。</translation>
    </message>
    <message>
        <source>rules import takes one FILE</source>
        <translation>rules import 后接一个文件</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1, line %2: not a rule set (%3)</source>
        <translation>%1 第 %2 行：不是评分细则（%3）</translation>
    </message>
    <message>
        <source>a JSON object is expected</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <source>%1 was not imported:
%2</source>
        <translation>%1 未导入：
%2</translation>
    </message>
    <message>
        <source>Rules for %1 (%2) saved; scores of %1 follow them now</source>
        <translation>%1年评分细则（%2）已保存；%1年积分即按此计算</translation>
    </message>
    <message>
        <source>Year-end rollover: save the rules that scored one year (default: the year before) as --year&apos;s own set.</source>
        <translation>年末结转：把某一年度（默认上一年）使用的评分细则保存为 --year 年度的细则。</translation>
    </message>
    <message>
        <source>The year to copy from.</source>
        <translation>从哪一年复制。</translation>
    </message>
    <message>
        <source>Replace --year&apos;s own set if it has one.</source>
        <translation>如 --year 年度已有细则则替换。</translation>
    </message>
    <message>
        <source>The rules of %1 are now %2&apos;s own set</source>
        <translation>%1年的评分细则已成为%2年的细则</translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation>（暂定）</translation>
    </message>
    <message numerus="yes">
        <source> ⚠ %n unexcused session absence(s)</source>
        <translation>
            <numerusform> ⚠ 无故缺席人代会 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Performance scores for a period: each deputy&apos;s points, total, ranks, grade and yearly minimums (a deputy at two levels is scored at each).</source>
        <translation>某一期间的履职积分：每名代表的得分、总分、排名、等次和年度最低要求完成情况（兼任两级代表的分别计分）。</translation>
    </message>
    <message>
        <source>rank (default), strokes or station.</source>
        <translation>rank（默认，按名次）、strokes（按姓氏笔画）或 station（按联络站）。</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>In level</source>
        <translation>本级排名</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>Yearly minimums</source>
        <translation>年度最低要求</translation>
    </message>
    <message>
        <source>Why a deputy&apos;s score is what it is: the base, every record that earned or cost points in the period (with the caps where they cut), and the total they add up to.</source>
        <translation>说明代表积分的来由：基础分、期间内每条加分或扣分的记录（及封顶之处），以及合计的总分。</translation>
    </message>
    <message>
        <source>Only the score at this level.</source>
        <translation>只看该层级的积分。</translation>
    </message>
    <message>
        <source>score explain takes one deputy ID</source>
        <translation>score explain 后接一个代表 ID</translation>
    </message>
    <message>
        <source>DEPUTY</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Deputy %1 did not serve in %2%3</source>
        <translation>代表 %1 在 %2%3 期间未任职</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Yearly minimums: %1

</source>
        <translation>年度最低要求：%1

</translation>
    </message>
    <message>
        <source>Deputies behind the pace of a yearly minimum on a day (the minimum pro-rated to that day, rounded down), by township and station, with their phones for a reminder call.</source>
        <translation>某日未达到年度最低要求进度（按日期折算并向下取整）的代表，按乡镇和联络站排列，附电话以便提醒。</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最低要求</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应完成</translation>
    </message>
    <message>
        <source>Behind by</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Export 履职积分汇总表 (.xlsx): one row per deputy with each item&apos;s count and points, the total, ranks, grade and minimums.</source>
        <translation>导出履职积分汇总表（.xlsx）：每名代表一行，含各项次数和得分、总分、排名、等次和最低要求。</translation>
    </message>
    <message>
        <source>Export the gap report (.xlsx): deputies behind the pace of a yearly minimum on a day, with their phones.</source>
        <translation>导出履职进度差距表（.xlsx）：某日未达年度最低要求进度的代表及其电话。</translation>
    </message>
    <message>
        <source>Only this deputy group ID.</source>
        <translation>只含该代表小组（ID）。</translation>
    </message>
    <message>
        <source>Only cadre or grass-roots deputies.</source>
        <translation>只含职务代表或基层代表。</translation>
    </message>
    <message>
        <source>--kind must be cadre or grass-roots, not %1</source>
        <translation>--kind 应为 cadre 或 grass-roots，而不是 %1</translation>
    </message>
    <message>
        <source>--period is required (2026, 2026H1, 2026Q3 or 2026-07)</source>
        <translation>必须给出 --period（2026、2026H1、2026Q3 或 2026-07）</translation>
    </message>
    <message>
        <source>--period: a term is scored year by year; give a year, half-year, quarter or month</source>
        <translation>--period：届次按年度分别计分；请给出年度、半年、季度或月份</translation>
    </message>
    <message>
        <source>--order must be rank, strokes or station, not %1</source>
        <translation>--order 应为 rank、strokes 或 station，而不是 %1</translation>
    </message>
    <message>
        <source>suggestions</source>
        <translation>代表建议</translation>
    </message>
    <message>
        <source>季度代表履职情况表 as one PDF: a page for each deputy (more for a long record) in surname-stroke order, for one deputy or a selection.</source>
        <translation>把季度代表履职情况表输出为一个 PDF：每名代表一页（记录多的续页），按姓氏笔画排序，可为一名代表或一批代表。</translation>
    </message>
    <message>
        <source>The period: 2026Q3 (or a year, half-year, month).</source>
        <translation>期间：2026Q3（也可为年度、半年、月份）。</translation>
    </message>
    <message>
        <source>strokes (default), rank or station.</source>
        <translation>strokes（默认，按姓氏笔画）、rank（按名次）或 station（按联络站）。</translation>
    </message>
    <message>
        <source>The .pdf file to write.</source>
        <translation>要写入的 .pdf 文件。</translation>
    </message>
    <message>
        <source>一人一档 as PDF: one deputy&apos;s whole term: particulars and memberships, status history, every activity, concern and suggestion, and the scores year by year.</source>
        <translation>把一人一档输出为 PDF：一名代表整届的情况——基本信息和任职、资格变动、每项活动、意见和建议，以及逐年积分。</translation>
    </message>
    <message>
        <source>The term (default: the level&apos;s current term).</source>
        <translation>届次（默认为该层级本届）。</translation>
    </message>
    <message>
        <source>archive takes one deputy ID</source>
        <translation>archive 后接一个代表 ID</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2 page(s) for %n deputy(ies)
</source>
        <translation>
            <numerusform>已写入 %1：%n 名代表，共 %2 页
</numerusform>
        </translation>
    </message>
    <message>
        <source>The level (default: the office&apos;s own, else the deputy&apos;s first).</source>
        <translation>层级（默认为本机关所在层级，否则为该代表的第一个层级）。</translation>
    </message>
    <message>
        <source>The activity types, in their order; &apos;add NAME&apos; adds a county&apos;s own, &apos;rename ID NAME&apos; renames one (its scoring rules stay with it).</source>
        <translation>按顺序列出活动类型；“add 名称”增加本县自定类型，“rename ID 名称”重命名（其评分细则保持不变）。</translation>
    </message>
    <message>
        <source>add NAME, or rename ID NAME.</source>
        <translation>add 名称，或 rename ID 名称。</translation>
    </message>
    <message>
        <source>activity types takes add NAME or rename ID NAME</source>
        <translation>activity types 后接 add 名称 或 rename ID 名称</translation>
    </message>
    <message>
        <source>Added activity type %1 (ID %2, code %3)</source>
        <translation>已增加活动类型 %1（ID %2，代码 %3）</translation>
    </message>
    <message>
        <source>Activity type %1 is now %2</source>
        <translation>活动类型 %1 已改名为 %2</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>写入程序</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>No backups yet in %1</source>
        <translation>%1 中尚无备份</translation>
    </message>
    <message>
        <source>Back up the database now (for scheduled jobs), or list the backups.</source>
        <translation>立即备份数据库（供计划任务使用），或列出已有备份。</translation>
    </message>
    <message>
        <source>List the backups instead.</source>
        <translation>改为列出已有备份。</translation>
    </message>
    <message>
        <source>The folder to write the backup to (default: the configured backup folder).</source>
        <translation>备份写入的文件夹（默认：设置中的备份文件夹）。</translation>
    </message>
    <message>
        <source>backup takes no argument other than list</source>
        <translation>backup 除 list 外不接受其他参数</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Replace the database&apos;s content with a backup; the current content is backed up first.</source>
        <translation>用备份替换数据库的内容；替换前先备份当前内容。</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>要恢复的备份。</translation>
    </message>
    <message>
        <source>restore takes one FILE</source>
        <translation>restore 需要一个文件参数</translation>
    </message>
    <message>
        <source>Restored %1 into %2; the previous content is in %3</source>
        <translation>已将 %1 恢复到 %2；原有内容保存在 %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s) like these.</source>
        <translation>
            <numerusform>……另有 %n 个类似问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>create a new database for the office</source>
        <translation>为本机关新建数据库</translation>
    </message>
    <message>
        <source>show or change the office&apos;s settings (set KEY VALUE)</source>
        <translation>查看或修改本机关设置（set 键 值）</translation>
    </message>
    <message>
        <source>fill a new database with realistic demo data</source>
        <translation>向新数据库填入逼真的演示数据</translation>
    </message>
    <message>
        <source>deputies</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>liaison stations</source>
        <translation>联络站</translation>
    </message>
    <message>
        <source>congress sessions</source>
        <translation>人代会会议</translation>
    </message>
    <message>
        <source>terms</source>
        <translation>届次</translation>
    </message>
    <message>
        <source>the holiday calendar</source>
        <translation>节假日安排</translation>
    </message>
    <message>
        <source>check the database for damage and inconsistencies</source>
        <translation>检查数据库是否损坏或不一致</translation>
    </message>
    <message>
        <source>save a consistent copy of the database (--out FILE)</source>
        <translation>保存数据库的完整副本（--out 文件）</translation>
    </message>
    <message>
        <source>back up the database now (--out FOLDER), or list the backups</source>
        <translation>立即备份数据库（--out 文件夹），或列出备份（list）</translation>
    </message>
    <message>
        <source>replace the database&apos;s content with a backup (FILE)</source>
        <translation>用备份替换数据库的内容（文件）</translation>
    </message>
    <message>
        <source>workbooks (--out FILE.xlsx)</source>
        <translation>工作簿（--out 文件.xlsx）</translation>
    </message>
    <message>
        <source>citizens&apos; concerns</source>
        <translation>群众意见</translation>
    </message>
    <message>
        <source>deputies&apos; suggestions</source>
        <translation>代表建议</translation>
    </message>
    <message>
        <source>handling agencies</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>categories of concerns and suggestions</source>
        <translation>意见建议类别</translation>
    </message>
    <message>
        <source>the loop&apos;s paper as PDF</source>
        <translation>意见建议办理文书 PDF</translation>
    </message>
    <message>
        <source>open items past their due date (--due-soon: also those due soon)</source>
        <translation>已超期的未办结事项（--due-soon：另含即将到期的）</translation>
    </message>
    <message>
        <source>deputies&apos; activities</source>
        <translation>履职活动</translation>
    </message>
    <message>
        <source>station receptions</source>
        <translation>进站接待选民</translation>
    </message>
    <message>
        <source>deputies&apos; leave periods</source>
        <translation>代表请假</translation>
    </message>
    <message>
        <source>a station&apos;s duty roster</source>
        <translation>联络站值班表</translation>
    </message>
    <message>
        <source>the measures of handling for a period (--period P [--by WHAT])</source>
        <translation>某一期间的办理情况统计（--period 期间 [--by 分组]）</translation>
    </message>
    <message>
        <source>performance scores for a period (--period P), or why: explain DEPUTY</source>
        <translation>某一期间的履职积分（--period 期间），或其来由：explain 代表</translation>
    </message>
    <message>
        <source>deputies behind the pace of a yearly minimum (--date D)</source>
        <translation>未达年度最低要求进度的代表（--date 日期）</translation>
    </message>
    <message>
        <source>the scoring rules by year</source>
        <translation>按年度的评分细则</translation>
    </message>
    <message>
        <source>quarterly performance sheets as PDF (--period P --out FILE.pdf)</source>
        <translation>季度代表履职情况表 PDF（--period 期间 --out 文件.pdf）</translation>
    </message>
    <message>
        <source>one deputy&apos;s archive for a term as PDF (DEPUTY --out FILE.pdf)</source>
        <translation>一名代表整届的一人一档 PDF（代表 --out 文件.pdf）</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run &apos;deputydesk-cli COMMAND --help&apos; for the options of a command.
Without --db the database is %1.
Exit codes: 0 success; 1 failure (I/O, damaged database, damage found); 2 bad usage, invalid input, record not found, step not allowed.
</source>
        <translation>运行“deputydesk-cli 命令 --help”查看该命令的选项。
不带 --db 时使用的数据库：%1。
退出码：0 成功；1 失败（读写错误、数据库损坏、check 发现问题）；2 用法错误、输入无效、记录不存在、不允许的操作。
</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a command&apos;s help, its actions</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>--station</source>
        <translation>--station</translation>
    </message>
    <message>
        <source>Deputy %1: %2</source>
        <translation>代表 %1：%2</translation>
    </message>
    <message>
        <source>Minimums missed</source>
        <translation>未达最低要求扣分</translation>
    </message>
    <message>
        <source>%1 (%2), %3: %4 points in the period (absences included), %5 deducted for missed minimums; total %6, %7
</source>
        <translation>%1（%2），%3：本期得分 %4（含缺席扣分），未达最低要求扣 %5；总分 %6，%7
</translation>
    </message>
    <message>
        <source>--period: term %1 of the %2 level is not on record</source>
        <translation>--period：%2第%1届不在记录中</translation>
    </message>
    <message>
        <source>The period: 2026, 2026H1, 2026Q3, 2026-07, or a term (T18: a row per deputy per calendar year of the term).</source>
        <translation>期间：2026、2026H1、2026Q3、2026-07，或一届（T18：每位代表在该届每个年度各一行）。</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Whole term</source>
        <translation>整届</translation>
    </message>
    <message>
        <source>The period: 2026, 2026H1, 2026Q3, 2026-07, or a term (T18: the whole term with a column per calendar year).</source>
        <translation>期间：2026、2026H1、2026Q3、2026-07，或届次（T18：整届合计，并按自然年度各列一栏）。</translation>
    </message>
    <message>
        <source>The level whose term --period T18 names (default: the office&apos;s own).</source>
        <translation>--period T18 所指届次的层级（默认本机关层级）。</translation>
    </message>
    <message>
        <source>Session: %1, term %2, session %3 (ID %4)
</source>
        <translation>会议：%1第%2届第%3次会议（ID %4）
</translation>
    </message>
    <message>
        <source>Into: the level and term each row names (default %1 level, term %2).</source>
        <translation>导入到各行所写的层级和届次（未写的按%1第 %2 届）。</translation>
    </message>
    <message>
        <source>from .xlsx, .xls or .csv</source>
        <translation>从 .xlsx、.xls 或 .csv 导入</translation>
    </message>
    <message>
        <source>Import a deputy roster (deputies), a station list (stations) or a suggestions ledger with its history (suggestions) from .xlsx, .xls or .csv, all or nothing. A ledger&apos;s rows whose number is already on record are skipped.</source>
        <translation>从 .xlsx、.xls 或 .csv 导入代表名册（deputies）、联络站一览表（stations）或带办理过程的建议台账（suggestions），要么全部导入，要么一条不导。台账中编号已有记录的行将跳过。</translation>
    </message>
    <message>
        <source>The workbook (.xlsx or Excel 97–2003 .xls) or CSV file.</source>
        <translation>工作簿（.xlsx 或 Excel 97–2003 的 .xls）或 CSV 文件。</translation>
    </message>
    <message>
        <source>This database has no reception type</source>
        <translation>本数据库没有“进站接待选民”活动类型</translation>
    </message>
    <message>
        <source>%1: the step is recorded; the item could not be read back</source>
        <translation>%1：本步骤已记录，但无法读回该事项</translation>
    </message>
    <message>
        <source>%1 takes one of: %2</source>
        <comment>a command, its actions</comment>
        <translation>%1 的操作为以下之一：%2</translation>
    </message>
    <message>
        <source>--station is required</source>
        <translation>须给出 --station</translation>
    </message>
    <message>
        <source>%1 was written, but the operator log could not record it: %2</source>
        <translation>%1 已写入，但操作日志未能记录：%2</translation>
    </message>
    <message>
        <source>the operator log: who did what, when (read only)</source>
        <translation>操作日志：谁在何时做了什么（只读）</translation>
    </message>
    <message>
        <source>Usage: deputydesk-cli [--db FILE] [--today YYYY-MM-DD] [--user NAME] [--lang zh_CN|en] COMMAND [options]</source>
        <translation>用法：deputydesk-cli [--db 文件] [--today YYYY-MM-DD] [--user 姓名] [--lang zh_CN|en] 命令 [选项]</translation>
    </message>
    <message>
        <source>The operator log (操作日志): every write through the program, oldest first, with who made it, what it changed and why. Nothing can change or remove an entry; &apos;check&apos; finds an entry changed or removed by another program.</source>
        <translation>操作日志：经本程序的每一次写入，按时间先后列出，含操作人、改动内容和原因。任何操作都不能修改或删除日志；&apos;check&apos; 能发现被其他程序改动或删除的记录。</translation>
    </message>
    <message>
        <source>Only entries from this day on.</source>
        <translation>只列此日及以后的记录。</translation>
    </message>
    <message>
        <source>Only entries up to this day.</source>
        <translation>只列此日及以前的记录。</translation>
    </message>
    <message>
        <source>Only this operator&apos;s entries.</source>
        <translation>只列此操作人的记录。</translation>
    </message>
    <message>
        <source>Only this kind of action, e.g. deputy.edit, or deputy for all of them.</source>
        <translation>只列此类操作，如 deputy.edit；写 deputy 则列出全部代表相关操作。</translation>
    </message>
    <message>
        <source>Only one record&apos;s entries: ID, or KIND:ID such as deputy:12.</source>
        <translation>只列一条记录的操作：编号，或“类型:编号”，如 deputy:12。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>操作内容</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>改动</translation>
    </message>
    <message>
        <source>Who is working, as the operator log records it (default: the name saved in the window&apos;s settings).</source>
        <translation>操作人，记入操作日志（默认：窗口设置中保存的姓名）。</translation>
    </message>
    <message>
        <source>Why it is removed (required; kept in the operator log with the activity).</source>
        <translation>删除的原因（必填；与该活动一并记入操作日志）。</translation>
    </message>
    <message>
        <source>A deputy&apos;s particulars version by version, as the operator log recorded each change: who made it and when.</source>
        <translation>代表资料的各个版本，按操作日志记录的每次修改列出：修改人和修改时间。</translation>
    </message>
    <message>
        <source>deputy versions takes one deputy ID</source>
        <translation>deputy versions 需要一个代表编号</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Put a deputy&apos;s particulars back to an earlier version (see &apos;deputy versions&apos;); the change is logged like any other.</source>
        <translation>将代表资料恢复到以前的某个版本（见 &apos;deputy versions&apos;）；这次修改与其他修改一样记入操作日志。</translation>
    </message>
    <message>
        <source>The version to put back.</source>
        <translation>要恢复的版本。</translation>
    </message>
    <message>
        <source>deputy restore takes one deputy ID</source>
        <translation>deputy restore 需要一个代表编号</translation>
    </message>
    <message>
        <source>--version must be a version number (see &apos;deputy versions&apos;)</source>
        <translation>--version 须为版本号（见 &apos;deputy versions&apos;）</translation>
    </message>
    <message>
        <source>Deputy %1 is back at version %2</source>
        <translation>代表 %1 已恢复到第 %2 版</translation>
    </message>
    <message>
        <source>Remove a leave recorded by mistake (see &apos;leave list&apos; for its ID).</source>
        <translation>删除误登记的请假（编号见 &apos;leave list&apos;）。</translation>
    </message>
    <message>
        <source>The leave&apos;s ID.</source>
        <translation>请假记录的编号。</translation>
    </message>
    <message>
        <source>Why it is removed (required; kept in the operator log with the leave).</source>
        <translation>删除的原因（必填；与该请假记录一并记入操作日志）。</translation>
    </message>
    <message>
        <source>Give one leave ID</source>
        <translation>请给出一个请假记录编号</translation>
    </message>
    <message>
        <source>The leave ID</source>
        <translation>请假记录编号</translation>
    </message>
    <message>
        <source>Removed leave %1</source>
        <translation>已删除请假记录 %1</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Withdraw (撤回) the item&apos;s last step recorded by mistake: the item returns to where it was, and the step stays in its history marked withdrawn.</source>
        <translation>撤回误录的最后一步：事项回到这一步之前的状态，这一步留在办理记录中并标为已撤回。</translation>
    </message>
    <message>
        <source>Why the step is withdrawn (required).</source>
        <translation>撤回的原因（必填）。</translation>
    </message>
    <message>
        <source>Give one item ID or number</source>
        <translation>请给出一个事项的编号或序号</translation>
    </message>
    <message>
        <source>Withdrew the %1 of %2</source>
        <translation>已撤回 %2 的%1</translation>
    </message>
    <message>
        <source>concern takes add, order, list, show, dispatch, return, extend, reply, supervise, evaluate, close or withdraw</source>
        <translation>concern 后可接 add、order、list、show、dispatch、return、extend、reply、supervise、evaluate、close 或 withdraw</translation>
    </message>
    <message>
        <source>suggestion takes add, list, show, dispatch, return, extend, reply, supervise, evaluate, close, excellent or withdraw</source>
        <translation>suggestion 后可接 add、list、show、dispatch、return、extend、reply、supervise、evaluate、close、excellent 或 withdraw</translation>
    </message>
    <message>
        <source>Take the day off the roster (with --reason).</source>
        <translation>将这一天移出排班（需 --reason）。</translation>
    </message>
    <message>
        <source>Why the day is taken off the roster.</source>
        <translation>移出排班的原因。</translation>
    </message>
    <message>
        <source>Correct a leave recorded wrongly (see &apos;leave list&apos; for its ID); the old period stays in the operator log.</source>
        <translation>更正登记有误的请假（编号见 leave list）；原来的请假期间留在操作日志中。</translation>
    </message>
    <message>
        <source>The reason for the leave.</source>
        <translation>请假事由。</translation>
    </message>
    <message>
        <source>Why it is corrected (required; kept in the operator log).</source>
        <translation>更正的原因（必填；记入操作日志）。</translation>
    </message>
    <message>
        <source>No leave %1</source>
        <translation>没有编号为 %1 的请假</translation>
    </message>
    <message>
        <source>Corrected leave %1: %2 to %3</source>
        <translation>已更正请假 %1：%2 至 %3</translation>
    </message>
</context>
<context>
    <name>dd::demo::Generator</name>
    <message>
        <source>The database already holds deputies; demo data go into a new database</source>
        <translation>数据库中已有代表，演示数据只能写入新数据库</translation>
    </message>
</context>
<context>
    <name>dd::documents</name>
    <message>
        <source>Roster of Deputies</source>
        <translation>代表名册</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生年月</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>代表证号</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Work unit and position</source>
        <translation>工作单位及职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <translation>第 &amp;P 页 共 &amp;N 页</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>届次</translation>
    </message>
    <message>
        <source>Electoral district</source>
        <translation>选区（选举单位）</translation>
    </message>
    <message>
        <source>Primary station</source>
        <translation>所属联络站</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>代表构成</translation>
    </message>
    <message>
        <source>Cadre deputy</source>
        <translation>职务代表</translation>
    </message>
    <message>
        <source>Re-elected</source>
        <translation>连任</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>List of Liaison Stations</source>
        <translation>联络站一览表</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>联络站名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Liaison officer</source>
        <translation>联络员</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Model station</source>
        <translation>示范站</translation>
    </message>
    <message>
        <source>Reception day</source>
        <translation>接待日</translation>
    </message>
    <message>
        <source>%1 deputies</source>
        <translation>%1代表</translation>
    </message>
    <message>
        <source>Deputies in all</source>
        <translation>进站代表合计</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Ledger of Citizens&apos; Concerns</source>
        <translation>群众意见台账</translation>
    </message>
    <message>
        <source>Item no.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date raised</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>群众姓名</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Receiving deputies</source>
        <translation>接待代表</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>定单方式</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>Result class</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>办理环节</translation>
    </message>
    <message>
        <source>Ledger of Deputies&apos; Suggestions</source>
        <translation>代表建议办理台账</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>建议标题</translation>
    </message>
    <message>
        <source>Lead deputy and co-signers</source>
        <translation>领衔及附议代表</translation>
    </message>
    <message>
        <source>Dispatched on</source>
        <translation>交办日期</translation>
    </message>
    <message>
        <source>Face to face</source>
        <translation>是否见面</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>办理轮次</translation>
    </message>
    <message>
        <source>Key supervision</source>
        <translation>重点督办领导</translation>
    </message>
    <message>
        <source>Handling Statistics</source>
        <translation>办理情况统计表</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>交办件数</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>答复件数</translation>
    </message>
    <message>
        <source>Reply rate %</source>
        <translation>答复率（%）</translation>
    </message>
    <message>
        <source>On-time rate %</source>
        <translation>按期答复率（%）</translation>
    </message>
    <message>
        <source>Face-to-face rate %</source>
        <translation>见面率（%）</translation>
    </message>
    <message>
        <source>Satisfaction rate %</source>
        <translation>满意率（%）</translation>
    </message>
    <message>
        <source>Solved rate %</source>
        <translation>办成率（%）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期件数</translation>
    </message>
    <message>
        <source>Avg. working days to reply</source>
        <translation>平均答复用时（工作日）</translation>
    </message>
    <message>
        <source>Answered on the spot</source>
        <translation>当场答复件数</translation>
    </message>
    <message>
        <source>Handling Results Notice</source>
        <translation>办理结果公示表</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>Dispatch Notice</source>
        <translation>交办通知单</translation>
    </message>
    <message>
        <source>The following %1 item(s) are dispatched to your unit. Please reply in writing by the due date, meet the deputy or citizen face to face where possible, and return this notice signed within seven working days if an item is not yours to handle.</source>
        <translation>现将以下 %1 件交由你单位办理。请在办理期限内书面答复，尽量与代表或群众见面沟通；如认为不属于你单位职责，请于七个工作日内签注意见后退回。</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>办理方式</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>主办</translation>
    </message>
    <message>
        <source>Co-handling</source>
        <translation>协办</translation>
    </message>
    <message>
        <source>Contact: ____________  Phone: ____________</source>
        <translation>联系人：____________&#x3000;联系电话：____________</translation>
    </message>
    <message>
        <source>Received by (agency): ____________  Date: ____________</source>
        <translation>承办单位签收人：____________&#x3000;签收日期：____________</translation>
    </message>
    <message>
        <source>(seal)</source>
        <translation>（盖章）</translation>
    </message>
    <message>
        <source>Deputy&apos;s Feedback Form</source>
        <translation>代表意见征询表</translation>
    </message>
    <message>
        <source>Citizen&apos;s Evaluation Form</source>
        <translation>群众意见回访表</translation>
    </message>
    <message>
        <source>Your evaluation (tick one):</source>
        <translation>您的评价（请在一项前打“√”）：</translation>
    </message>
    <message>
        <source>Met face to face</source>
        <translation>已见面沟通</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>未见面沟通</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>意见和建议：</translation>
    </message>
    <message>
        <source>Deputy (signature): ____________  Date: ____________</source>
        <translation>代表签名：____________&#x3000;日期：____________</translation>
    </message>
    <message>
        <source>Visited by: ____________  By phone / visit  Date: ____________</source>
        <translation>回访人：____________&#x3000;电话／走访&#x3000;日期：____________</translation>
    </message>
    <message>
        <source>Duty Roster</source>
        <translation>值班表</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Deputies on duty</source>
        <translation>值班代表</translation>
    </message>
    <message>
        <source>Performance Scores</source>
        <translation>履职积分汇总表</translation>
    </message>
    <message>
        <source> (times)</source>
        <translation>（次）</translation>
    </message>
    <message>
        <source> (points)</source>
        <translation>（分）</translation>
    </message>
    <message>
        <source>Points in the period</source>
        <translation>本期得分</translation>
    </message>
    <message>
        <source>Total to date</source>
        <translation>年度累计总分</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Rank in level</source>
        <translation>本级排名</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>Yearly minimums</source>
        <translation>年度最低要求</translation>
    </message>
    <message>
        <source>Minimums met</source>
        <translation>完成最低要求</translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation>（暂定）</translation>
    </message>
    <message>
        <source>Deputies Behind Pace</source>
        <translation>履职进度差距表</translation>
    </message>
    <message>
        <source>Yearly minimum</source>
        <translation>年度最低要求</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Expected by now</source>
        <translation>截至当日应完成</translation>
    </message>
    <message>
        <source>Required in the year</source>
        <translation>全年要求</translation>
    </message>
    <message>
        <source>Behind by</source>
        <translation>差额</translation>
    </message>
    <message>
        <source> (continued)</source>
        <translation>（续）</translation>
    </message>
    <message>
        <source>Elected</source>
        <translation>当选</translation>
    </message>
    <message>
        <source>Elected at a by-election</source>
        <translation>补选当选</translation>
    </message>
    <message>
        <source>Status terminated</source>
        <translation>终止代表资格</translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation>辞职</translation>
    </message>
    <message>
        <source>Term ended</source>
        <translation>任期届满</translation>
    </message>
    <message>
        <source>Reinstated</source>
        <translation>恢复资格</translation>
    </message>
    <message>
        <source>Deputy&apos;s Archive</source>
        <translation>代表履职档案（一人一档）</translation>
    </message>
    <message>
        <source>1. Memberships and status</source>
        <translation>一、任职及资格变动</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变动记录</translation>
    </message>
    <message>
        <source>2. Scores year by year</source>
        <translation>二、历年履职积分</translation>
    </message>
    <message>
        <source>3. Activities</source>
        <translation>三、履职活动</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>No activity recorded</source>
        <translation>未登记履职活动</translation>
    </message>
    <message>
        <source>4. Suggestions and concerns</source>
        <translation>四、代表建议和群众意见</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Deducted</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>No year scored</source>
        <translation>尚无年度积分</translation>
    </message>
    <message>
        <source>Deputy&apos;s Performance Sheet</source>
        <translation>代表履职情况表</translation>
    </message>
    <message>
        <source>1. Activities and points</source>
        <translation>一、履职活动及积分</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已达标</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Times this quarter</source>
        <translation>本季度次数</translation>
    </message>
    <message>
        <source>Times this year</source>
        <translation>本年累计次数</translation>
    </message>
    <message>
        <source>Points this quarter</source>
        <translation>本季度得分</translation>
    </message>
    <message>
        <source>Points this year</source>
        <translation>本年累计得分</translation>
    </message>
    <message>
        <source>2. Suggestions and concerns</source>
        <translation>二、代表建议和群众意见</translation>
    </message>
    <message>
        <source>3. Performance score</source>
        <translation>三、履职积分</translation>
    </message>
    <message>
        <source>Printed on </source>
        <translation>打印日期：</translation>
    </message>
    <message>
        <source>(photo)</source>
        <translation>（照片）</translation>
    </message>
    <message>
        <source>Level and term</source>
        <translation>层级届次</translation>
    </message>
    <message>
        <source>Unit and post</source>
        <translation>工作单位及职务</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收集</translation>
    </message>
    <message>
        <source>Co-signed</source>
        <translation>附议</translation>
    </message>
    <message>
        <source>Title or content</source>
        <translation>标题或内容</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>None this year</source>
        <translation>本年度无</translation>
    </message>
    <message>
        <source>Base score</source>
        <translation>基础分</translation>
    </message>
    <message>
        <source>Points this period</source>
        <translation>本期得分</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done, %4 expected by now</source>
        <translation>%1：已完成 %2/%3，按进度应完成 %4</translation>
    </message>
    <message>
        <source>The grade is capped by an unexcused absence from a congress session</source>
        <translation>因无故缺席人代会，等次受到限制</translation>
    </message>
    <message>
        <source>%1 unexcused session absences this term: see the Deputies Law on the end of the status</source>
        <translation>本届无故缺席人代会 %1 次：依照代表法应终止代表资格</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Date: ________</source>
        <translation>日期：____年__月__日</translation>
    </message>
    <message>
        <source>Deputy (signature):</source>
        <translation>代表本人（签字）：</translation>
    </message>
    <message>
        <source>Liaison station (seal):</source>
        <translation>联络站（盖章）：</translation>
    </message>
    <message>
        <source>Deputies&apos; affairs committee (seal):</source>
        <translation>代表工委（盖章）：</translation>
    </message>
    <message>
        <source>Activity title</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>Led</source>
        <translation>领衔</translation>
    </message>
    <message>
        <source>Deducted for missed minimums</source>
        <translation>未达最低要求扣分</translation>
    </message>
    <message>
        <source>%1 (%2 before the cap)</source>
        <translation>%1（封顶前 %2）</translation>
    </message>
</context>
<context>
    <name>dd::gui</name>
    <message>
        <source>DeputyDesk: deputies&apos; performance workbench</source>
        <translation>代表履职工作台</translation>
    </message>
    <message>
        <source>The database to open.</source>
        <translation>要打开的数据库。</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>dd::imports</name>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>The records on file could not be read, so nothing can be checked or imported: %1</source>
        <translation>无法读取已有记录，因此无法核对，也不能导入：%1</translation>
    </message>
</context>
<context>
    <name>dd::imports::CellValues</name>
    <message>
        <source>%1 is not a month such as 1975.03 or 1975年3月</source>
        <translation>%1 不是年月，应如 1975.03 或 1975年3月</translation>
    </message>
    <message>
        <source>%1 was stored as a number, so Excel has already replaced its last digits with zeros. Format the column as text and type the numbers again.</source>
        <translation>%1 以数字形式保存，Excel 已把末几位变成了 0。请把该列设为“文本”格式后重新录入号码。</translation>
    </message>
    <message>
        <source>%1 is not a star rating from 1 to 5 (such as 3, 三星 or ★★★)</source>
        <translation>%1 不是 1 至 5 的星级（如 3、三星或 ★★★）</translation>
    </message>
    <message>
        <source>%1 is not a date such as 2026-03-05, 2026.3.5 or 2026年3月5日</source>
        <translation>%1 不是日期，应如 2026-03-05、2026.3.5 或 2026年3月5日</translation>
    </message>
</context>
<context>
    <name>dd::imports::ImportPlan</name>
    <message>
        <source>The file has problems; nothing was imported.</source>
        <translation>文件有问题，未导入任何数据。</translation>
    </message>
</context>
<context>
    <name>dd::imports::ImportSourceFinder</name>
    <message>
        <source>The file holds no sheet to import.</source>
        <translation>文件中没有可导入的工作表。</translation>
    </message>
    <message>
        <source>No header row found in the first rows of any sheet. The header should name the columns, for example: %1.</source>
        <translation>各工作表的前几行中都找不到表头。表头应写明各列名称，例如：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between header names</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>The sheet %1 has %2 rows; DeputyDesk imports at most %3 rows at a time, far more than a county&apos;s roster or ledger. Check that it is the right file, or split it.</source>
        <translation>工作表 %1 有 %2 行；代表履职工作台一次最多导入 %3 行，远多于一个县的名册或台账。请检查是否选错了文件，或将其拆分后再导入。</translation>
    </message>
</context>
<context>
    <name>dd::imports::RosterImport</name>
    <message>
        <source>There is no term %1 of the %2 level on record; start it first (换届).</source>
        <translation>没有%2第 %1 届的记录，请先办理换届。</translation>
    </message>
    <message>
        <source>The %1 level has no current term; start one first (换届).</source>
        <translation>%1没有本届记录，请先办理换届。</translation>
    </message>
    <message>
        <source>the same deputy as row %1</source>
        <translation>与第 %1 行是同一名代表</translation>
    </message>
    <message>
        <source>%1 belongs to %2 in this term, not to this row&apos;s %3</source>
        <translation>%1 在本届属于%2，而不是本行的%3</translation>
    </message>
    <message>
        <source>The file has problems; nothing was imported.</source>
        <translation>文件有问题，未导入任何数据。</translation>
    </message>
    <message>
        <source>%1 is not a level (全国, 省, 市, 县, 乡镇)</source>
        <translation>%1 不是代表层级（全国、省、市、县、乡镇）</translation>
    </message>
    <message>
        <source>%1 is not a term number such as 18</source>
        <translation>%1 不是届次（如 18）</translation>
    </message>
    <message>
        <source>there is no term %1 of the %2 level on record</source>
        <translation>%2第 %1 届尚未登记</translation>
    </message>
    <message>
        <source>another row of %1 gives it a different value</source>
        <translation>%1 的另一行填写了不同的值</translation>
    </message>
</context>
<context>
    <name>dd::imports::StationImport</name>
    <message>
        <source>the same station as row %1</source>
        <translation>与第 %1 行是同一个联络站</translation>
    </message>
</context>
<context>
    <name>dd::imports::SuggestionImport</name>
    <message>
        <source>ledger import</source>
        <translation>台账导入</translation>
    </message>
    <message>
        <source>%1 is also the number of row %2</source>
        <translation>%1 与第 %2 行编号重复</translation>
    </message>
    <message>
        <source>%1 is already the number of another suggestion on record (%2)</source>
        <translation>%1 已是另一件在册建议的编号（%2）</translation>
    </message>
    <message>
        <source>the lead deputy is required</source>
        <translation>须填写领衔代表</translation>
    </message>
    <message>
        <source>no deputy named %1 is on record</source>
        <translation>没有名为 %1 的代表记录</translation>
    </message>
    <message>
        <source>a dispatched suggestion needs its lead agency</source>
        <translation>已交办的建议须填写主办单位</translation>
    </message>
    <message>
        <source>the dispatch date is required when a lead agency is given</source>
        <translation>填写了主办单位时须填写交办日期</translation>
    </message>
    <message>
        <source>(not in the ledger)</source>
        <translation>（台账未载）</translation>
    </message>
    <message>
        <source>%1 is not a result class A, B, C or D</source>
        <translation>%1 不是办理结果类别 A、B、C 或 D</translation>
    </message>
    <message>
        <source>a replied suggestion needs its result class (A, B, C or D)</source>
        <translation>已答复的建议须填写办理结果类别（A、B、C 或 D）</translation>
    </message>
    <message>
        <source>the reply date is required when a result class is given</source>
        <translation>填写了办理结果时须填写答复日期</translation>
    </message>
    <message>
        <source>(the ledger does not give the reply&apos;s text)</source>
        <translation>（台账未载答复内容）</translation>
    </message>
    <message>
        <source>%1 is not 满意, 基本满意 or 不满意</source>
        <translation>%1 不是“满意”“基本满意”或“不满意”</translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation>%1 晚于今天</translation>
    </message>
    <message>
        <source>%1 deputies are named %2 (%3); write the township after the name, as in %2（%4）</source>
        <translation>有 %1 名代表都叫 %2（%3），请在姓名后注明乡镇，如 %2（%4）</translation>
    </message>
</context>
<context>
    <name>dd::imports::TableFile</name>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 是文件夹，不是文件</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 100 MB; a roster is never that large</source>
        <translation>%1 超过 100 MB，名册不会这么大</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is a web page or XML file saved with a spreadsheet&apos;s name. Open it in Excel or WPS and save it as an Excel workbook (.xlsx), then import that file.</source>
        <translation>%1 是以表格文件名保存的网页或 XML 文件。请用 Excel 或 WPS 打开，另存为 Excel 工作簿（.xlsx），再导入该文件。</translation>
    </message>
    <message>
        <source>%1 is a PDF document, not a spreadsheet</source>
        <translation>%1 是 PDF 文档，不是表格</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the file is neither a workbook nor text (CSV)</source>
        <translation>该文件既不是工作簿，也不是文本（CSV）</translation>
    </message>
    <message>
        <source>the file says it is UTF-8 but holds bytes that are not</source>
        <translation>该文件标明为 UTF-8，但含有不是 UTF-8 的字节</translation>
    </message>
    <message>
        <source>the text is neither UTF-8 nor GBK/GB18030; save it as CSV UTF-8 or as .xlsx</source>
        <translation>文本既不是 UTF-8 也不是 GBK/GB18030 编码，请另存为“CSV UTF-8”或 .xlsx</translation>
    </message>
    <message>
        <source>%1 has more than %2 cells; a roster or a ledger is never that large. Check that it is the right file.</source>
        <translation>%1 的单元格超过 %2 个；代表名册或台账不会这么大，请确认选择的文件是否正确。</translation>
    </message>
</context>
<context>
    <name>dd::imports::XlsReader</name>
    <message>
        <source>the file cannot be opened</source>
        <translation>无法打开该文件</translation>
    </message>
    <message>
        <source>there is not enough memory to read it</source>
        <translation>内存不足，无法读取</translation>
    </message>
    <message>
        <source>it holds no Excel workbook: it is password-protected, or a document of another program. Open it in Excel or WPS and save it as an Excel workbook (.xlsx) without a password, then import that file.</source>
        <translation>其中没有 Excel 工作簿：文件设有密码，或是其他程序的文档。请用 Excel 或 WPS 打开，不设密码另存为 Excel 工作簿（.xlsx），再导入该文件。</translation>
    </message>
    <message>
        <source>its text is in a character set that cannot be read. Open it in Excel or WPS and save it as an Excel workbook (.xlsx), then import that file.</source>
        <translation>其中文字所用的字符集无法识别。请用 Excel 或 WPS 打开，另存为 Excel 工作簿（.xlsx），再导入该文件。</translation>
    </message>
    <message>
        <source>it is damaged (FreeXL error %1). Open it in Excel or WPS and save it as an Excel workbook (.xlsx), then import that file.</source>
        <translation>文件已损坏（FreeXL 错误 %1）。请用 Excel 或 WPS 打开，另存为 Excel 工作簿（.xlsx），再导入该文件。</translation>
    </message>
    <message>
        <source>it is password-protected. Open it in Excel or WPS, remove the password and save it as an Excel workbook (.xlsx), then import that file.</source>
        <translation>文件设有密码。请用 Excel 或 WPS 打开，取消密码后另存为 Excel 工作簿（.xlsx），再导入该文件。</translation>
    </message>
    <message>
        <source>the sheet %1 is damaged</source>
        <translation>工作表“%1”已损坏</translation>
    </message>
    <message>
        <source>the sheet %1 is damaged at cell %2%3</source>
        <translation>工作表“%1”在单元格 %2%3 处已损坏</translation>
    </message>
    <message>
        <source>it has more than %1 non-empty cells; a roster or a ledger is never that large</source>
        <translation>非空单元格超过 %1 个；名册或台账不会这么大</translation>
    </message>
</context>
<context>
    <name>dd::imports::XlsxReader</name>
    <message>
        <source>the file is a zip archive but not an Excel workbook</source>
        <translation>该文件是 zip 压缩包，但不是 Excel 工作簿</translation>
    </message>
    <message>
        <source>the workbook contains a DTD or entity, which DeputyDesk refuses</source>
        <translation>工作簿含有 DTD 或实体声明，为安全起见拒绝读取</translation>
    </message>
    <message>
        <source>the workbook&apos;s structure is damaged</source>
        <translation>工作簿结构已损坏</translation>
    </message>
    <message>
        <source>the workbook has no visible sheet</source>
        <translation>工作簿中没有可见的工作表</translation>
    </message>
    <message>
        <source>the workbook&apos;s shared strings are damaged</source>
        <translation>工作簿的共享字符串已损坏</translation>
    </message>
    <message>
        <source>the workbook&apos;s styles are damaged</source>
        <translation>工作簿的样式已损坏</translation>
    </message>
    <message>
        <source>the sheet %1 has more than %2 non-empty cells</source>
        <translation>工作表“%1”的非空单元格超过 %2 个</translation>
    </message>
    <message>
        <source>the sheet %1 is damaged: cell %2 is out of order</source>
        <translation>工作表“%1”已损坏：单元格 %2 顺序错乱</translation>
    </message>
    <message>
        <source>the sheet %1 is damaged (line %2: %3)</source>
        <translation>工作表“%1”已损坏（第 %2 行：%3）</translation>
    </message>
</context>
<context>
    <name>dd::log</name>
    <message>
        <source>Recorded activity %1 on %2</source>
        <translation>登记活动“%1”（%2）</translation>
    </message>
    <message>
        <source>Changed activity %1 on %2</source>
        <translation>修改活动“%1”（%2）</translation>
    </message>
    <message>
        <source>Removed activity %1</source>
        <translation>删除活动 %1</translation>
    </message>
    <message>
        <source>Added activity type %1</source>
        <translation>新增活动类型 %1</translation>
    </message>
    <message>
        <source>Renamed activity type %1</source>
        <translation>活动类型更名为 %1</translation>
    </message>
    <message>
        <source>Recorded leave of deputy %1 from %2 to %3</source>
        <translation>登记代表 %1 请假，%2 至 %3</translation>
    </message>
    <message>
        <source>Saved the duty roster of %1 from %2 to %3</source>
        <translation>保存 %1 的值班表（%2 至 %3）</translation>
    </message>
    <message>
        <source>Set the duty of %1 on %2: %3</source>
        <translation>安排 %1 %2 的值班代表：%3</translation>
    </message>
    <message>
        <source>Removed the reception day %2 of %1</source>
        <translation>删除 %1 的接待日 %2</translation>
    </message>
    <message>
        <source>Recorded the duty roster of %1 up to %2 as receptions</source>
        <translation>将 %1 截至 %2 的值班登记为接待活动</translation>
    </message>
    <message>
        <source>Restored the file from the backup %1; the content before is in %2</source>
        <translation>从备份 %1 恢复文件；恢复前的内容保存在 %2</translation>
    </message>
    <message>
        <source>Added deputy %1 (%2, term %3)</source>
        <translation>新增代表 %1（%2第 %3 届）</translation>
    </message>
    <message>
        <source>Changed the status of deputy %1 (%2, term %3) to %4 on %5</source>
        <translation>将代表 %1（%2第 %3 届）的状态变更为“%4”，自 %5 起</translation>
    </message>
    <message>
        <source>Saved deputy %1</source>
        <translation>保存代表 %1 的资料</translation>
    </message>
    <message>
        <source>Changed deputy %1: %2</source>
        <translation>修改代表 %1：%2</translation>
    </message>
    <message>
        <source>Took %1 deputies off station %2</source>
        <translation>将 %1 名代表调离联络站 %2</translation>
    </message>
    <message>
        <source>Assigned %1 deputies to station %2</source>
        <translation>将 %1 名代表编入联络站 %2</translation>
    </message>
    <message>
        <source>the deputy roster</source>
        <translation>代表名册</translation>
    </message>
    <message>
        <source>the stations list</source>
        <translation>联络站一览表</translation>
    </message>
    <message>
        <source>the concerns ledger</source>
        <translation>群众意见台账</translation>
    </message>
    <message>
        <source>the suggestions ledger</source>
        <translation>代表建议办理台账</translation>
    </message>
    <message>
        <source>the public notice of results</source>
        <translation>办理结果公示表</translation>
    </message>
    <message>
        <source>the score summary</source>
        <translation>履职积分汇总表</translation>
    </message>
    <message>
        <source>the report of deputies behind</source>
        <translation>未达标代表名单</translation>
    </message>
    <message>
        <source>the performance sheets</source>
        <translation>代表履职情况表</translation>
    </message>
    <message>
        <source>a deputy&apos;s archive</source>
        <translation>代表履职档案</translation>
    </message>
    <message>
        <source>a copy of the office file</source>
        <translation>办公文件副本</translation>
    </message>
    <message>
        <source>the list %1</source>
        <translation>列表“%1”</translation>
    </message>
    <message>
        <source>Printed %1 (%2 records)</source>
        <translation>打印%1（%2 条记录）</translation>
    </message>
    <message>
        <source>Exported %1 (%2 records) to %3</source>
        <translation>导出%1（%2 条记录）至 %3</translation>
    </message>
    <message>
        <source>, personal data masked</source>
        <translation>，个人信息已隐去</translation>
    </message>
    <message>
        <source>Imported the suggestions ledger %1: %2 added, %3 updated</source>
        <translation>导入建议台账 %1：新增 %2 条，更新 %3 条</translation>
    </message>
    <message>
        <source>Imported the roster %1: %2 added, %3 updated</source>
        <translation>导入代表名册 %1：新增 %2 名，更新 %3 名</translation>
    </message>
    <message>
        <source>Imported the stations %1: %2 added, %3 updated</source>
        <translation>导入联络站 %1：新增 %2 个，更新 %3 个</translation>
    </message>
    <message>
        <source>Recorded concern %1</source>
        <translation>登记群众意见 %1</translation>
    </message>
    <message>
        <source>Recorded suggestion %1</source>
        <translation>登记代表建议 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Rated suggestion %1 excellent</source>
        <translation>评定建议 %1 为优秀建议</translation>
    </message>
    <message>
        <source>Withdrew the excellent rating of suggestion %1</source>
        <translation>撤销建议 %1 的优秀建议评定</translation>
    </message>
    <message>
        <source>Added agency %1</source>
        <translation>新增承办单位 %1</translation>
    </message>
    <message>
        <source>Changed agency %1: %2</source>
        <translation>修改承办单位 %1：%2</translation>
    </message>
    <message>
        <source>Added category %1</source>
        <translation>新增类别 %1</translation>
    </message>
    <message>
        <source>Created the office file of %1</source>
        <translation>建立%1办公文件</translation>
    </message>
    <message>
        <source>Filled the file with demo data</source>
        <translation>填入演示数据</translation>
    </message>
    <message>
        <source>Added station %1</source>
        <translation>新增联络站 %1</translation>
    </message>
    <message>
        <source>Changed station %1: %2</source>
        <translation>修改联络站 %1：%2</translation>
    </message>
    <message>
        <source>Recorded session %1 of term %2 (%3 to %4)</source>
        <translation>登记第 %2 届第 %1 次会议（%3 至 %4）</translation>
    </message>
    <message>
        <source>Started term %1 (%2) on %3</source>
        <translation>开始第 %1 届（%2），自 %3 起</translation>
    </message>
    <message>
        <source>all levels</source>
        <translation>各级</translation>
    </message>
    <message>
        <source>Saved the scoring rules of %1 (%2)</source>
        <translation>保存 %1 年评分细则（%2）</translation>
    </message>
    <message>
        <source>Copied the scoring rules of %1 to %2 (%3)</source>
        <translation>将 %1 年评分细则复制为 %2 年（%3）</translation>
    </message>
    <message>
        <source>Changed settings: %1</source>
        <translation>修改设置：%1</translation>
    </message>
    <message>
        <source>Saved the holiday calendar of %1</source>
        <translation>保存 %1 年节假日安排</translation>
    </message>
    <message>
        <source>Imported a holiday calendar from %1</source>
        <translation>从 %1 导入节假日安排</translation>
    </message>
    <message>
        <source>Changed the time limits of the loop and the calendar of %1</source>
        <translation>修改办理时限和 %1 年节假日安排</translation>
    </message>
    <message>
        <source>restored version %1</source>
        <translation>恢复到第 %1 版</translation>
    </message>
    <message>
        <source>Removed the leave of deputy %1 from %2 to %3</source>
        <translation>删除代表 %1 的请假记录（%2 至 %3）</translation>
    </message>
    <message>
        <source>Withdrew the %2 of %1</source>
        <translation>撤回 %1 的%2</translation>
    </message>
    <message>
        <source>Corrected the leave of deputy %1: %2</source>
        <translation>更正代表 %1 的请假：%2</translation>
    </message>
</context>
<context>
    <name>dd::loop</name>
    <message>
        <source>awaiting the deputy&apos;s decision</source>
        <translation>待代表定单</translation>
    </message>
    <message>
        <source>answered on the spot</source>
        <translation>已当场答复</translation>
    </message>
    <message>
        <source>merged into a suggestion</source>
        <translation>已并入代表建议</translation>
    </message>
    <message>
        <source>referred to the congress above</source>
        <translation>已转报上级</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>不予办理</translation>
    </message>
    <message>
        <source>awaiting dispatch</source>
        <translation>待交办</translation>
    </message>
    <message>
        <source>being handled</source>
        <translation>正在办理</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>evaluated</source>
        <translation>已评价</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>passed on to an agency</source>
        <translation>转交承办单位办理</translation>
    </message>
    <message>
        <source>formed into a new suggestion</source>
        <translation>形成新建议</translation>
    </message>
    <message>
        <source>station reception</source>
        <translation>进站接待</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>phone / 12345</source>
        <translation>电话/12345</translation>
    </message>
    <message>
        <source>letter box</source>
        <translation>民情信箱</translation>
    </message>
    <message>
        <source>online / QR code</source>
        <translation>网上/扫码</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>unsatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>point</source>
        <translation>点单</translation>
    </message>
    <message>
        <source>order</source>
        <translation>定单</translation>
    </message>
    <message>
        <source>dispatch</source>
        <translation>交办</translation>
    </message>
    <message>
        <source>return</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>supervision</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>re-handling</source>
        <translation>二次办理</translation>
    </message>
    <message>
        <source>close</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>excellent suggestion</source>
        <translation>优秀建议</translation>
    </message>
    <message>
        <source>government department</source>
        <translation>政府部门</translation>
    </message>
    <message>
        <source>supervision commission</source>
        <translation>监察委员会</translation>
    </message>
    <message>
        <source>court</source>
        <translation>人民法院</translation>
    </message>
    <message>
        <source>procuratorate</source>
        <translation>人民检察院</translation>
    </message>
    <message>
        <source>township government</source>
        <translation>乡镇人民政府</translation>
    </message>
    <message>
        <source>A — solved or basically solved</source>
        <translation>A类——已解决或基本解决</translation>
    </message>
    <message>
        <source>B — being solved</source>
        <translation>B类——正在解决</translation>
    </message>
    <message>
        <source>C — in plans, solved step by step</source>
        <translation>C类——列入计划逐步解决</translation>
    </message>
    <message>
        <source>D — cannot be solved now</source>
        <translation>D类——暂不具备解决条件</translation>
    </message>
</context>
<context>
    <name>dd::loop::AgencyStore</name>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>%1 is already on record</source>
        <translation>%1 已有记录</translation>
    </message>
    <message>
        <source>%1 is not one of: %2</source>
        <translation>%1 不在以下取值中：%2</translation>
    </message>
    <message>
        <source>Agency %1 does not exist</source>
        <translation>承办单位 %1 不存在</translation>
    </message>
</context>
<context>
    <name>dd::loop::LoopLimits</name>
    <message>
        <source>%1 must be a number of days or months from 1 to 366, not %2</source>
        <translation>%1 应为 1 至 366 的天数或月数，而不是 %2</translation>
    </message>
</context>
<context>
    <name>dd::loop::LoopMachine</name>
    <message>
        <source>suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>concern</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>This %1 is %2: it cannot be given the step “%3” now.</source>
        <translation>该%1%2，现在不能进行“%3”。</translation>
    </message>
    <message>
        <source>Only a reply of class B or C is followed by a second reply.</source>
        <translation>只有B类、C类答复才可再次答复。</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation>%1 晚于今天</translation>
    </message>
    <message>
        <source>%1 comes before the item&apos;s previous step (%2)</source>
        <translation>%1 早于上一环节的日期（%2）</translation>
    </message>
    <message>
        <source>A re-handling round cannot be returned.</source>
        <translation>二次办理不能退回。</translation>
    </message>
    <message>
        <source>The return limit ended on %1: the agency must handle the item.</source>
        <translation>退回期限已于 %1 届满，承办单位须办理。</translation>
    </message>
    <message>
        <source>%1 votes: %2 satisfied, %3 basically, %4 unsatisfied</source>
        <translation>共 %1 票：满意 %2，基本满意 %3，不满意 %4</translation>
    </message>
    <message>
        <source>the answer given is required</source>
        <translation>须填写当场答复的内容</translation>
    </message>
    <message>
        <source>the reason is required</source>
        <translation>须填写理由</translation>
    </message>
    <message>
        <source>a lead agency is required</source>
        <translation>须指定主办单位</translation>
    </message>
    <message>
        <source>the lead agency cannot also co-handle</source>
        <translation>主办单位不能同时为协办单位</translation>
    </message>
    <message>
        <source>key supervision needs the leader&apos;s name</source>
        <translation>重点督办须填写督办领导</translation>
    </message>
    <message>
        <source>must come after the dispatch date</source>
        <translation>须晚于交办日期</translation>
    </message>
    <message>
        <source>the agency&apos;s reason is required</source>
        <translation>须填写承办单位的理由</translation>
    </message>
    <message>
        <source>the new due date is required</source>
        <translation>须填写新的期限</translation>
    </message>
    <message>
        <source>must come after the due date in force (%1)</source>
        <translation>须晚于现行期限（%1）</translation>
    </message>
    <message>
        <source>extensions end at %1 (%2 months in total)</source>
        <translation>延期最晚至 %1（合计 %2 个月）</translation>
    </message>
    <message>
        <source>must be A, B, C or D, not “%1”</source>
        <translation>应为 A、B、C 或 D，而不是“%1”</translation>
    </message>
    <message>
        <source>the reply is required</source>
        <translation>须填写答复内容</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences</comment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>dd::loop::LoopStore</name>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation>%1 晚于今天</translation>
    </message>
    <message>
        <source>%1 is not one of: %2</source>
        <translation>%1 不在以下取值中：%2</translation>
    </message>
    <message>
        <source>at least one receiving deputy is required</source>
        <translation>至少须有一名接待代表</translation>
    </message>
    <message>
        <source>the lead deputy is required</source>
        <translation>须指定领衔代表</translation>
    </message>
    <message>
        <source>deputy %1 does not exist</source>
        <translation>代表 %1 不存在</translation>
    </message>
    <message>
        <source>Item %1 does not exist</source>
        <translation>事项 %1 不存在</translation>
    </message>
    <message>
        <source>agency %1 does not exist</source>
        <translation>承办单位 %1 不存在</translation>
    </message>
    <message>
        <source>suggestion %1 does not exist</source>
        <translation>建议 %1 不存在</translation>
    </message>
    <message>
        <source>Suggestion %1 is closed: nothing can be merged into it</source>
        <translation>建议 %1 已办结，不能再并入</translation>
    </message>
    <message>
        <source>Suggestion %1 does not exist</source>
        <translation>建议 %1 不存在</translation>
    </message>
    <message>
        <source>Only a replied suggestion can be rated excellent</source>
        <translation>只有已答复的建议才能评为优秀建议</translation>
    </message>
    <message>
        <source>rated an excellent suggestion</source>
        <translation>评为优秀建议</translation>
    </message>
    <message>
        <source>excellent rating withdrawn</source>
        <translation>撤销优秀建议评定</translation>
    </message>
    <message>
        <source>A recorded history merges into an existing suggestion</source>
        <translation>补录的办理记录只能并入已有的建议</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>station %1 does not exist</source>
        <translation>联络站 %1 不存在</translation>
    </message>
    <message>
        <source>the station is in %1</source>
        <translation>该联络站位于%1</translation>
    </message>
    <message>
        <source>township %1 does not exist</source>
        <translation>乡镇 %1 不存在</translation>
    </message>
    <message>
        <source>session %1 does not exist</source>
        <translation>会议 %1 不存在</translation>
    </message>
    <message>
        <source>say why the step is withdrawn</source>
        <translation>请说明撤回的原因</translation>
    </message>
    <message>
        <source>%1 has no step to withdraw: only its recording is left</source>
        <translation>%1 没有可撤回的步骤：只剩登记这一步</translation>
    </message>
    <message>
        <source>The %1 of %2 was recorded before steps could be withdrawn</source>
        <translation>%2 的%1是在可以撤回之前录入的，不能撤回</translation>
    </message>
    <message>
        <source>Only %1, who recorded the %2, or an administrator can withdraw it</source>
        <translation>只有录入这一%2的 %1 或管理员可以撤回</translation>
    </message>
    <message>
        <source>The state the step found %1 in cannot be read</source>
        <translation>无法读出 %1 在这一步之前的状态</translation>
    </message>
    <message>
        <source>%1 was made into suggestion %2, which has its own handling: the decision cannot be withdrawn</source>
        <translation>%1 已形成建议 %2，该建议另行办理：这一定单不能撤回</translation>
    </message>
</context>
<context>
    <name>dd::registry</name>
    <message>
        <source>Deputy %1 (%2) has outdated sort keys</source>
        <translation>代表 %1（%2）的排序键已过期</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>%1 is neither an 11-digit mobile number nor a landline with area code such as 0871-1234567</source>
        <translation>%1 既不是 11 位手机号码，也不是带区号的固定电话（如 0871-1234567）</translation>
    </message>
    <message>
        <source>must be 男 or 女 (M or F)</source>
        <translation>应为“男”或“女”（M 或 F）</translation>
    </message>
    <message>
        <source>%1 is not a month such as 1975-03</source>
        <translation>%1 不是有效的年月（如 1975-03）</translation>
    </message>
    <message>
        <source>%1 would make the deputy younger than 18</source>
        <translation>按 %1 计算，代表不满 18 周岁</translation>
    </message>
    <message>
        <source>%1 is not a valid 18-character ID number</source>
        <translation>%1 不是有效的 18 位身份证号码</translation>
    </message>
    <message>
        <source>%1 is not one of: %2</source>
        <translation>%1 不在以下取值中：%2</translation>
    </message>
    <message>
        <source>comes after the end date</source>
        <translation>晚于终止日期</translation>
    </message>
    <message>
        <source>must be between 1 and 5 stars</source>
        <translation>应为 1 至 5 星</translation>
    </message>
    <message>
        <source>Membership %1 has status %2 but its end date disagrees</source>
        <translation>任职记录 %1 的状态为 %2，但终止日期与之不符</translation>
    </message>
    <message>
        <source>Membership %1 (from %2) has no election on record</source>
        <translation>任职记录 %1（自 %2 起）没有当选记录</translation>
    </message>
    <message>
        <source>Station assignment %1 ends before it starts (%2)</source>
        <translation>进站记录 %1 的结束日期早于开始日期（%2）</translation>
    </message>
    <message>
        <source>Deputy %1 has no name or no UUID (%2)</source>
        <translation>代表 %1 缺少姓名或 UUID（%2）</translation>
    </message>
    <message>
        <source>township %1 does not exist</source>
        <translation>乡镇 %1 不存在</translation>
    </message>
</context>
<context>
    <name>dd::registry::DeputyStore</name>
    <message>
        <source>station %1 does not exist</source>
        <translation>联络站 %1 不存在</translation>
    </message>
    <message>
        <source>%1 already belongs to deputy %2 in this term</source>
        <translation>%1 在本届已属于代表 %2</translation>
    </message>
    <message>
        <source>%1 (born %2) is already a deputy of this term (deputy %3)</source>
        <translation>%1（%2 出生）已是本届代表（代表 %3）</translation>
    </message>
    <message>
        <source>Deputy %1 does not exist</source>
        <translation>代表 %1 不存在</translation>
    </message>
    <message>
        <source>Membership %1 does not exist</source>
        <translation>任职记录 %1 不存在</translation>
    </message>
    <message>
        <source>Deputy %1 has no membership in term %2 at level %3</source>
        <translation>代表 %1 没有%3第 %2 届的任职记录</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>comes before the membership began (%1)</source>
        <translation>早于任职开始日期（%1）</translation>
    </message>
    <message>
        <source>The deputy is already serving</source>
        <translation>该代表已在任</translation>
    </message>
    <message>
        <source>A term ends for everyone at once: start the next term instead</source>
        <translation>届期对全体代表同时终止，请改为开始下一届（换届）</translation>
    </message>
    <message>
        <source>The membership has already ended (%1)</source>
        <translation>该任职已终止（%1）</translation>
    </message>
    <message>
        <source>term %1 of this level is not on record; start it first</source>
        <translation>本级第 %1 届尚未登记，请先开始该届</translation>
    </message>
</context>
<context>
    <name>dd::registry::GroupStore</name>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>must be delegation, deputy_group or professional_group</source>
        <translation>应为 delegation（代表团）、deputy_group（代表小组）或 professional_group（专业小组）</translation>
    </message>
</context>
<context>
    <name>dd::registry::OfficeSettings</name>
    <message>
        <source>Unknown setting %1; known settings: %2</source>
        <translation>未知设置 %1；可用设置：%2</translation>
    </message>
    <message>
        <source>office_level must be county or township, not %1</source>
        <translation>office_level 应为 county（县级）或 township（乡级），而不是 %1</translation>
    </message>
    <message>
        <source>document_language must be zh_CN or en, not %1</source>
        <translation>document_language 应为 zh_CN 或 en，而不是 %1</translation>
    </message>
    <message>
        <source>%1 must be a term number such as 18, not %2</source>
        <translation>%1 应为届次数字（如 18），而不是 %2</translation>
    </message>
    <message>
        <source>congress_name cannot be empty</source>
        <translation>congress_name（人大常委会名称）不能为空</translation>
    </message>
    <message>
        <source>County People&apos;s Congress Standing Committee</source>
        <translation>县人大常委会</translation>
    </message>
    <message>
        <source>%1 must be a number of backups from %2 to 1000, not %3</source>
        <translation>%1 须为 %2 到 1000 之间的备份份数，而不是 %3</translation>
    </message>
    <message>
        <source>backup.folder must be a full path such as E:\备份, not %1</source>
        <translation>backup.folder 须为完整路径，如 E:\备份，而不是 %1</translation>
    </message>
</context>
<context>
    <name>dd::registry::StationStore</name>
    <message>
        <source>another station (%1) already has this name</source>
        <translation>已有同名联络站（%1）</translation>
    </message>
    <message>
        <source>Station %1 does not exist</source>
        <translation>联络站 %1 不存在</translation>
    </message>
    <message>
        <source>Deputy %1 does not exist</source>
        <translation>代表 %1 不存在</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>This is already the deputy&apos;s primary station</source>
        <translation>该站已是此代表的主联络站</translation>
    </message>
    <message>
        <source>Deputy %1 is not stationed at station %2</source>
        <translation>代表 %1 未编入联络站 %2</translation>
    </message>
</context>
<context>
    <name>dd::registry::TermStore</name>
    <message>
        <source>must be a positive number</source>
        <translation>应为正整数</translation>
    </message>
    <message>
        <source>is required for a new term</source>
        <translation>新的一届必须填写</translation>
    </message>
    <message>
        <source>opening and closing dates are required</source>
        <translation>必须填写开幕和闭幕日期</translation>
    </message>
    <message>
        <source>the session closes before it opens</source>
        <translation>闭幕日期早于开幕日期</translation>
    </message>
    <message>
        <source>term %1 of level %2 is not on record</source>
        <translation>没有%2第 %1 届的记录</translation>
    </message>
    <message>
        <source>Session %1 of this term is already on record</source>
        <translation>本届第 %1 次会议已有记录</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>The current term of this level is %1; the next term is %2, not %3</source>
        <translation>本级当前为第 %1 届，下一届应为第 %2 届，而不是第 %3 届</translation>
    </message>
    <message>
        <source>Term %1 cannot start on %2: term %3 started on %4</source>
        <translation>第 %1 届不能从 %2 开始：第 %3 届始于 %4</translation>
    </message>
    <message>
        <source>Term %1 of this level has already started</source>
        <translation>本级第 %1 届已经开始</translation>
    </message>
</context>
<context>
    <name>dd::report::DeputyArchive</name>
    <message>
        <source>No deputy %1</source>
        <translation>没有编号为 %1 的代表</translation>
    </message>
    <message>
        <source>%1 was not a %2 deputy of term %3</source>
        <translation>%1 不是第 %3 届%2代表</translation>
    </message>
    <message>
        <source>%1 was never a %2 deputy</source>
        <translation>%1 从未担任%2代表</translation>
    </message>
</context>
<context>
    <name>dd::report::QuarterlySheets</name>
    <message>
        <source>Nobody in the selection served in %1</source>
        <translation>所选范围内没有在 %1 期间任职的代表</translation>
    </message>
</context>
<context>
    <name>dd::report::SheetPrinter</name>
    <message>
        <source>Nobody to print: the selection is empty</source>
        <translation>没有可打印的内容：所选范围为空</translation>
    </message>
    <message>
        <source>%1 is a folder; please give a file name</source>
        <translation>%1 是文件夹；请给出文件名</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: the pages could not be drawn</source>
        <translation>无法写入 %1：页面无法绘制</translation>
    </message>
</context>
<context>
    <name>dd::report::TableRenderer</name>
    <message>
        <source>%1 is a folder; please give a file name</source>
        <translation>%1 是文件夹，请指定文件名</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>dd::scoring</name>
    <message>
        <source>Suggestions led</source>
        <translation>领衔建议</translation>
    </message>
    <message>
        <source>Suggestions co-signed</source>
        <translation>附议建议</translation>
    </message>
    <message>
        <source>Key supervision</source>
        <translation>重点督办</translation>
    </message>
    <message>
        <source>Excellent suggestions</source>
        <translation>优秀建议</translation>
    </message>
    <message>
        <source>Concerns closed satisfied</source>
        <translation>群众意见办结满意</translation>
    </message>
    <message>
        <source>Absences without leave</source>
        <translation>无故缺席</translation>
    </message>
    <message>
        <source>Yearly minimums missed</source>
        <translation>未完成年度最低要求</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Competent</source>
        <translation>称职</translation>
    </message>
    <message>
        <source>Basically competent</source>
        <translation>基本称职</translation>
    </message>
    <message>
        <source>Incompetent</source>
        <translation>不称职</translation>
    </message>
    <message>
        <source>Station duty</source>
        <translation>进站</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Inspection or research</source>
        <translation>视察或调研</translation>
    </message>
    <message>
        <source>Social-conditions reports</source>
        <translation>社情民意</translation>
    </message>
</context>
<context>
    <name>dd::scoring::RuleStore</name>
    <message>
        <source>this database has no activity type &quot;%1&quot; (see activity types)</source>
        <translation>本数据库没有活动类型“%1”（见 activity types）</translation>
    </message>
    <message>
        <source>this database has no activity type &quot;%1&quot;</source>
        <translation>本数据库没有活动类型“%1”</translation>
    </message>
    <message>
        <source>copy the set to another year</source>
        <translation>请复制到另一年度</translation>
    </message>
    <message>
        <source>%1 already has a rule set of its own: change it, or copy with replacing</source>
        <translation>%1年已有自己的评分细则：请修改它，或选择替换后复制</translation>
    </message>
    <message>
        <source>The scoring rules saved for %1 cannot be read (%2): save them again</source>
        <translation>%1年保存的评分细则无法读取（%2）：请重新保存</translation>
    </message>
</context>
<context>
    <name>dd::scoring::ScoreEngine</name>
    <message>
        <source>%1 of %2 by the end of the year</source>
        <translation>年底完成 %1/%2</translation>
    </message>
    <message>
        <source>yearly cap of %1 reached</source>
        <translation>已达年度上限 %1 分</translation>
    </message>
    <message>
        <source>Base score of %1</source>
        <translation>%1年基础分</translation>
    </message>
    <message>
        <source>Total capped at %1</source>
        <translation>总分封顶 %1 分</translation>
    </message>
    <message>
        <source>A term is listed year by year, not scored: give a year, half-year, quarter or month</source>
        <translation>届次按年度分别列出，不整体计分：请给出年度、半年、季度或月份</translation>
    </message>
    <message>
        <source>Points before %1, absences included</source>
        <translation>%1之前得分（含缺席扣分）</translation>
    </message>
    <message>
        <source>at risk: %1 of %2 so far; deducted on 31 December if still missed</source>
        <translation>有扣分风险：目前完成 %1 / %2；到 12 月 31 日仍未达到将扣分</translation>
    </message>
</context>
<context>
    <name>dd::scoring::ScoringRules</name>
    <message>
        <source>is required</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <source>must be an object with points</source>
        <translation>应为含 points 的对象</translation>
    </message>
    <message>
        <source>%1 is not a year such as 2026</source>
        <translation>%1 不是 2026 这样的年份</translation>
    </message>
    <message>
        <source>the base score must lie between 0 and the total cap (%1)</source>
        <translation>基础分应在 0 和总分上限（%1）之间</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 重复列出</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>an absence cannot earn points (a deduction is negative)</source>
        <translation>缺席不能加分（扣分为负数）</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>至少为 1</translation>
    </message>
    <message>
        <source>must name the activity types (or suggestion) that count</source>
        <translation>须写明计入的活动类型（或 suggestion）</translation>
    </message>
    <message>
        <source>is the points taken off, a positive number</source>
        <translation>是扣除的分数，应为正数</translation>
    </message>
    <message>
        <source>at least one grade is required</source>
        <translation>至少需要一个等次</translation>
    </message>
    <message>
        <source>grades go from the best down: %1 needs less than %2</source>
        <translation>等次应从高到低排列：%1 的分数线应低于 %2</translation>
    </message>
    <message>
        <source>%1 is not one of the grades</source>
        <translation>%1 不是已有的等次</translation>
    </message>
    <message>
        <source>this is not a DeputyDesk rule set (&quot;format&quot;: &quot;%1&quot; is missing)</source>
        <translation>这不是 DeputyDesk 评分细则（缺少 &quot;format&quot;: &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>%1 is not a level</source>
        <translation>%1 不是层级</translation>
    </message>
</context>
<context>
    <name>dd::storage</name>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 是文件夹，不是数据库文件</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a DeputyDesk database</source>
        <translation>%1 是空文件，不是代表履职工作台数据库</translation>
    </message>
    <message>
        <source>%1 is not a DeputyDesk database</source>
        <translation>%1 不是代表履职工作台数据库</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a DeputyDesk database</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是代表履职工作台数据库</translation>
    </message>
    <message>
        <source>%1 was written by a newer DeputyDesk (data version %2; this program reads up to %3). Please update DeputyDesk.</source>
        <translation>%1 由较新版本的代表履职工作台写入（数据版本 %2，本程序最高支持 %3）。请升级代表履职工作台。</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>文件为只读</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>所在文件夹为只读</translation>
    </message>
</context>
<context>
    <name>dd::storage::Backups</name>
    <message>
        <source>Nothing was changed, because no backup could be made first: %1</source>
        <translation>未做任何更改，因为无法先行备份：%1</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1</source>
        <translation>无法创建备份文件夹 %1</translation>
    </message>
    <message>
        <source>Not enough free space for a backup in %1: %2 MB needed, %3 MB free</source>
        <translation>%1 空间不足，无法备份：需要 %2 MB，可用 %3 MB</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a DeputyDesk database or backup</source>
        <translation>%1 不是代表履职工作台的数据库或备份</translation>
    </message>
    <message>
        <source>%1 is the office file itself, not a backup</source>
        <translation>%1 就是当前工作文件本身，不是备份</translation>
    </message>
    <message>
        <source>%1 was written by a newer DeputyDesk (%2, data version %3; this program reads up to %4). Please update DeputyDesk before restoring it.</source>
        <translation>%1 由较新版本的代表履职工作台（%2，数据版本 %3）写入；本程序最高可读数据版本 %4。请先升级代表履职工作台再恢复。</translation>
    </message>
    <message>
        <source>%1 is open in another program (%2); close it there before restoring</source>
        <translation>%1 正在另一个程序中打开（%2）；请先在那里关闭，再恢复</translation>
    </message>
    <message>
        <source>Cannot restore %1: %2</source>
        <translation>无法恢复 %1：%2</translation>
    </message>
    <message>
        <source>%1 is a backup of another office file (%2), not of this one. To look at it, open it with File ▸ Open; restoring it here would replace this office&apos;s records.</source>
        <translation>%1 是另一个单位文件（%2）的备份，不是本文件的备份。如需查看，请用“文件 ▸ 打开”打开它；在此恢复会覆盖本单位的记录。</translation>
    </message>
</context>
<context>
    <name>dd::storage::Database</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder does not exist</source>
        <translation>无法创建 %1：文件夹不存在</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>无法使用 %1：%2</translation>
    </message>
    <message>
        <source>Cannot initialise %1</source>
        <translation>无法初始化 %1</translation>
    </message>
    <message>
        <source>Cannot upgrade %1 to the current data version: %2</source>
        <translation>无法将 %1 升级到当前数据版本：%2</translation>
    </message>
    <message>
        <source>Cannot copy the database onto itself: %1</source>
        <translation>不能把数据库复制到它自身：%1</translation>
    </message>
    <message>
        <source>%1 is a folder; please give a file name</source>
        <translation>%1 是文件夹，请指定文件名</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder does not exist</source>
        <translation>无法写入 %1：文件夹不存在</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot replace %1 (is it open in another program?)</source>
        <translation>无法替换 %1（是否已在其他程序中打开？）</translation>
    </message>
    <message>
        <source>it was opened read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <source>it is open in %1</source>
        <translation>此文件正由 %1 打开</translation>
    </message>
    <message>
        <source>it is open in another window</source>
        <translation>此文件已在另一个窗口中打开</translation>
    </message>
    <message>
        <source>%1 was written by an older DeputyDesk and must be upgraded, but it is read-only (%2). Copy it to a folder on this PC and open the copy.</source>
        <translation>%1 由较旧版本的代表履职工作台写入，需要升级，但它是只读的（%2）。请将其复制到本机的文件夹后打开副本。</translation>
    </message>
    <message>
        <source>Not upgrading %1 to the current data version without a backup: %2</source>
        <translation>未能先行备份，因此不升级 %1 的数据版本：%2</translation>
    </message>
    <message>
        <source>Cannot replace %1: it is open in %2</source>
        <translation>无法替换 %1：它正由 %2 打开</translation>
    </message>
    <message>
        <source>Cannot replace %1: it is open in another program. Close it there or choose another name.</source>
        <translation>无法替换 %1：它正在另一个程序中打开。请先在那里关闭，或另选文件名。</translation>
    </message>
    <message>
        <source>Database error (SQLite code %1). Nothing was saved.</source>
        <translation>数据库出错（SQLite 错误码 %1）。本次未保存任何内容。</translation>
    </message>
    <message>
        <source>Another program is writing to this database (another DeputyDesk window or the command line). Nothing was saved; try again in a moment.</source>
        <translation>另一个程序正在写入此数据库（另一个代表履职工作台窗口或命令行程序）。本次未保存任何内容，请稍后重试。</translation>
    </message>
    <message>
        <source>This database can only be read (a read-only file or a write-protected drive). Nothing was saved.</source>
        <translation>此数据库只能读取（文件为只读，或所在磁盘写保护）。本次未保存任何内容。</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>磁盘已满。本次未保存任何内容；请腾出空间后重试。</translation>
    </message>
    <message>
        <source>The database file could not be read or written (a disk or network error). Nothing was saved.</source>
        <translation>无法读写数据库文件（磁盘或网络出错）。本次未保存任何内容。</translation>
    </message>
    <message>
        <source>The database file is damaged. Nothing was saved; restore it from a backup (File ▸ Restore from backup).</source>
        <translation>数据库文件已损坏。本次未保存任何内容；请从备份恢复（文件 ▸ 从备份恢复）。</translation>
    </message>
    <message>
        <source>The change conflicts with a record already stored (a duplicate, or a reference to a record that does not exist). Nothing was saved.</source>
        <translation>此项修改与已有记录冲突（重复，或引用了不存在的记录）。本次未保存任何内容。</translation>
    </message>
    <message>
        <source>The database file is damaged; restore it from a backup (File ▸ Restore from backup).</source>
        <translation>数据库文件已损坏，请从备份恢复（文件 ▸ 从备份恢复）。</translation>
    </message>
    <message>
        <source>The database file could not be read (a disk or network error).</source>
        <translation>无法读取数据库文件（磁盘或网络故障）。</translation>
    </message>
    <message>
        <source>Part of the database could not be read.</source>
        <translation>数据库的部分内容无法读取。</translation>
    </message>
    <message>
        <source>Part of the database could not be read (SQLite code %1).</source>
        <translation>数据库的部分内容无法读取（SQLite 错误码 %1）。</translation>
    </message>
</context>
<context>
    <name>dd::storage::DatabaseLock</name>
    <message>
        <source>%1 on %2 (%3, process %4) since %5</source>
        <translation>%1 在计算机 %2 上（%3，进程 %4），自 %5 起</translation>
    </message>
</context>
<context>
    <name>dd::storage::OperatorLog</name>
    <message>
        <source>Operator log: entry %1 is missing (the next is %2): entries were removed</source>
        <translation>操作日志：缺少第 %1 条（下一条为第 %2 条），有记录被删除</translation>
    </message>
    <message>
        <source>Operator log: entry %1 (%2, %3) was changed after it was written</source>
        <translation>操作日志：第 %1 条（%2，%3）在写入后被改动</translation>
    </message>
    <message>
        <source>Operator log: %1 says it had %2 entries, the file has %3: the last entries were removed</source>
        <translation>操作日志：%1记载有 %2 条，文件中只有 %3 条：最后的记录被删除</translation>
    </message>
    <message>
        <source>Operator log: entries up to %1 differ from what %2 recorded: the log was changed and its chain written again</source>
        <translation>操作日志：前 %1 条与%2的记载不符：日志被改动，且其校验链被重新计算</translation>
    </message>
    <message>
        <source>the settings on this computer</source>
        <translation>本机设置</translation>
    </message>
    <message>
        <source>the backup of %1</source>
        <translation>%1 的备份</translation>
    </message>
</context>
<context>
    <name>dd::storage::WriteTransaction</name>
    <message>
        <source>an inner step failed; nothing was saved</source>
        <translation>其中一步失败，本次未保存任何内容</translation>
    </message>
    <message>
        <source>This change was refused because it did not go through one of the office&apos;s actions (a program error). Nothing was saved.</source>
        <translation>这次修改没有经过本办公室的业务操作，已被拒绝（程序错误），没有保存任何内容。</translation>
    </message>
    <message>
        <source>the change was already finished</source>
        <translation>这项修改已经完成</translation>
    </message>
</context>
<context>
    <name>dd::storage::sqlite</name>
    <message>
        <source>The database is not open.</source>
        <translation>数据库未打开。</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <source>The copy failed its integrity check: %1</source>
        <translation>副本未通过完整性检查：%1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Table %1 row %2 refers to a missing record in %3</source>
        <translation>表 %1 第 %2 行引用了 %3 中不存在的记录</translation>
    </message>
</context>
<context>
    <name>dd::ui</name>
    <message>
        <source>Export workbook</source>
        <translation>导出工作簿</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>已将 %1 行写入 %2</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <source>Dispatch notices</source>
        <translation>交办通知单</translation>
    </message>
    <message>
        <source>None of these items is with an agency now: a notice lists the dispatched items of each agency.</source>
        <translation>这些事项目前都不在承办单位办理中：交办通知单只列出各承办单位正在办理的事项。</translation>
    </message>
    <message>
        <source>Feedback forms</source>
        <translation>意见征询表</translation>
    </message>
    <message>
        <source>A feedback form goes with a reply: none of these items has been replied to.</source>
        <translation>意见征询表随答复发出：这些事项都还没有答复。</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>办理结果公示</translation>
    </message>
    <message>
        <source>A public notice lists evaluated and closed items: none of these is.</source>
        <translation>公示只列出已评价或已办结的事项：这些事项都不是。</translation>
    </message>
    <message>
        <source>Print sheets</source>
        <translation>打印履职情况表</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) are too many to preview: print them, or save them as one PDF file?</source>
        <translation>
            <numerusform>共 %n 份履职情况表，数量较多不宜预览：直接打印，还是保存为一个 PDF 文件？</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save the sheets as PDF</source>
        <translation>把履职情况表保存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Drawing the sheets…</source>
        <translation>正在生成履职情况表…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Drawing the sheets: %1 of %2</source>
        <translation>正在生成履职情况表：%1/%2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>已取消：没有写入文件。</translation>
    </message>
    <message>
        <source>%1 pages written to %2</source>
        <translation>已把 %1 页写入 %2</translation>
    </message>
    <message>
        <source>Not recorded in the operator log</source>
        <translation>未记入操作日志</translation>
    </message>
    <message>
        <source>The file was written, but the operator log could not record it: %1</source>
        <translation>文件已写入，但操作日志未能记录：%1</translation>
    </message>
</context>
<context>
    <name>dd::ui::ActivitiesPage</name>
    <message>
        <source>Activities</source>
        <translation>履职活动</translation>
    </message>
    <message>
        <source>Reception log</source>
        <translation>接待记录</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation>值班排班</translation>
    </message>
    <message>
        <source>New activity…</source>
        <translation>新建活动…</translation>
    </message>
    <message>
        <source>New reception…</source>
        <translation>新建接待…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Title, place, organiser or participant</source>
        <translation>标题、地点、组织单位或参加代表</translation>
    </message>
    <message>
        <source>Click to show every deputy&apos;s activities</source>
        <translation>点击显示所有代表的活动</translation>
    </message>
    <message>
        <source>Any attendance</source>
        <translation>任何出席情况</translation>
    </message>
    <message>
        <source>With a deputy chosen: their attendance; otherwise activities where anyone had it</source>
        <translation>选定代表时按该代表的出席情况筛选；否则筛选有人为此情况的活动</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Any station</source>
        <translation>全部联络站</translation>
    </message>
    <message>
        <source>Any township</source>
        <translation>全部乡镇</translation>
    </message>
    <message>
        <source>Deputy: %1 ✕</source>
        <translation>代表：%1 ✕</translation>
    </message>
    <message>
        <source>Duty roster of %1</source>
        <translation>%1 值班表</translation>
    </message>
    <message>
        <source>%1 of %2 activities in %3 shown; %4 participations</source>
        <translation>显示 %3 年 %2 项活动中的 %1 项；共 %4 人次</translation>
    </message>
    <message>
        <source>Select an activity to see who took part.</source>
        <translation>选择一项活动查看参加人员。</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>组织单位</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>联络站</translation>
    </message>
    <message>
        <source>Citizens received</source>
        <translation>接待群众人数</translation>
    </message>
    <message>
        <source>Concerns recorded</source>
        <translation>收集意见数</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1 present, %2 on leave, %3 absent</source>
        <translation>出席 %1，请假 %2，缺席 %3</translation>
    </message>
    <message>
        <source>Activity recorded</source>
        <translation>活动已登记</translation>
    </message>
    <message>
        <source>Reception recorded</source>
        <translation>接待已登记</translation>
    </message>
    <message>
        <source>Change activity</source>
        <translation>修改活动</translation>
    </message>
    <message>
        <source>Select an activity first.</source>
        <translation>请先选择一项活动。</translation>
    </message>
    <message>
        <source>Activity changed</source>
        <translation>活动已修改</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>Activity deleted</source>
        <translation>活动已删除</translation>
    </message>
    <message>
        <source>Reception Log</source>
        <translation>进站接待选民登记表</translation>
    </message>
    <message>
        <source>Activities of Deputies</source>
        <translation>代表履职活动登记表</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Print the reception log</source>
        <translation>打印接待记录</translation>
    </message>
    <message>
        <source>Print the activities</source>
        <translation>打印履职活动</translation>
    </message>
    <message>
        <source>Export the reception log</source>
        <translation>导出接待记录</translation>
    </message>
    <message>
        <source>Export the activities</source>
        <translation>导出履职活动</translation>
    </message>
    <message>
        <source>Period: 2026Q3, 2026-07</source>
        <translation>期间：2026Q3、2026-07</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” of %2 (%n participant(s))?
It stays in the operator log. Why is it deleted?</source>
        <translation>
            <numerusform>删除 %2 的“%1”（%n 名参加代表）？
该活动仍保留在操作日志中。删除的原因是？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::ActivityDialog</name>
    <message>
        <source>Change activity</source>
        <translation>修改活动</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>组织单位</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>联络站</translation>
    </message>
    <message>
        <source>Citizens received</source>
        <translation>接待群众人数</translation>
    </message>
    <message>
        <source>%1, term %2, session %3</source>
        <translation>%1第%2届第%3次会议</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>New record for %1</source>
        <translation>为%1新建记录</translation>
    </message>
    <message>
        <source>%1 is not a time such as 09:00</source>
        <translation>%1 不是 09:00 这样的时间</translation>
    </message>
    <message>
        <source>Concerns raised there</source>
        <translation>当场收集的意见</translation>
    </message>
    <message>
        <source>Activity %1 could not be read.</source>
        <translation>无法读取活动 %1。</translation>
    </message>
</context>
<context>
    <name>dd::ui::ActivityTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>联络站</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Citizens received</source>
        <translation>接待群众人数</translation>
    </message>
    <message>
        <source>Concerns recorded</source>
        <translation>收集意见数</translation>
    </message>
</context>
<context>
    <name>dd::ui::ActivityTypesDialog</name>
    <message>
        <source>Activity types</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <source>A new type earns no points until the scoring rules of the year give it some (Settings ▸ Scoring rules).</source>
        <translation>新增的类型在本年度评分细则为其规定分值之前不计分（设置 ▸ 评分细则）。</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>增加…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>New activity type</source>
        <translation>新建活动类型</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Rename activity type</source>
        <translation>重命名活动类型</translation>
    </message>
</context>
<context>
    <name>dd::ui::AgencyEditor</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>New agency</source>
        <translation>新增承办单位</translation>
    </message>
    <message>
        <source>Save agency</source>
        <translation>保存承办单位</translation>
    </message>
</context>
<context>
    <name>dd::ui::AssignDialog</name>
    <message>
        <source>Station deputies at %1</source>
        <translation>为 %1 安排进站代表</translation>
    </message>
    <message>
        <source>Search by name, unit, pinyin or initials</source>
        <translation>按姓名、单位、拼音或首字母搜索</translation>
    </message>
    <message>
        <source>All townships</source>
        <translation>全部乡镇（街道）</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>全部小组</translation>
    </message>
    <message>
        <source>As their primary station (ends their earlier primary station)</source>
        <translation>作为其主要联络站（原主要联络站同时结束）</translation>
    </message>
</context>
<context>
    <name>dd::ui::CalendarEditor</name>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Import from a file…</source>
        <translation>从文件导入…</translation>
    </message>
    <message>
        <source>Days off on weekdays are holidays; weekend days worked are make-up workdays. Other days follow the week.</source>
        <translation>工作日放假的日子登记为“节假日”，周末上班的日子登记为“调休上班”，其余日子按周一至周五上班计算。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Add a day</source>
        <translation>增加一天</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>删除选中</translation>
    </message>
    <message>
        <source>Save this year</source>
        <translation>保存本年安排</translation>
    </message>
    <message>
        <source>%1 has no holiday calendar yet: due dates count weekends only.</source>
        <translation>%1 年尚无节假日安排：计算期限时只扣除周末。</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Make-up workday</source>
        <translation>调休上班</translation>
    </message>
    <message numerus="yes">
        <source>The %1 calendar is saved: %n day(s).</source>
        <translation>
            <numerusform>已保存 %1 年安排：共 %n 天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported the calendar of %n year(s).</source>
        <translation>
            <numerusform>已导入 %n 年的节假日安排。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a holiday calendar</source>
        <translation>导入节假日安排</translation>
    </message>
    <message>
        <source>Calendar (*.csv *.txt);;All files (*)</source>
        <translation>节假日安排 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>dd::ui::DeputiesPage</name>
    <message>
        <source>Search by name, unit, phone, pinyin or initials (e.g. zs)</source>
        <translation>按姓名、单位、电话、拼音或拼音首字母搜索（如 zs）</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>变更状态…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>届次</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>联络站</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任何状态</translation>
    </message>
    <message>
        <source>Cadre deputies</source>
        <translation>干部代表</translation>
    </message>
    <message>
        <source>Grass-roots deputies</source>
        <translation>基层代表</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>本届</translation>
    </message>
    <message>
        <source>Term %1</source>
        <translation>第 %1 届</translation>
    </message>
    <message>
        <source>%1 of %2 deputy memberships shown</source>
        <translation>显示 %1 条，共 %2 条代表任职记录</translation>
    </message>
    <message>
        <source>Roster of Deputies</source>
        <translation>代表名册</translation>
    </message>
    <message>
        <source>New term…</source>
        <translation>换届…</translation>
    </message>
    <message>
        <source>Term %1 has started</source>
        <translation>第%1届已开始</translation>
    </message>
    <message>
        <source>Concerns and suggestions</source>
        <translation>意见和建议</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>履职活动</translation>
    </message>
    <message>
        <source>New social-conditions report…</source>
        <translation>新建反映社情民意…</translation>
    </message>
    <message>
        <source>New visit to constituents…</source>
        <translation>新建走访选民…</translation>
    </message>
    <message>
        <source>New report to constituents…</source>
        <translation>新建向选民述职…</translation>
    </message>
    <message>
        <source>New other record…</source>
        <translation>新建其他记录…</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>新建记录</translation>
    </message>
    <message>
        <source>Select a deputy first.</source>
        <translation>请先选择一名代表。</translation>
    </message>
    <message>
        <source>Recorded for %1</source>
        <translation>已为%1登记</translation>
    </message>
    <message>
        <source>Record leave…</source>
        <translation>登记请假…</translation>
    </message>
    <message>
        <source>Record leave</source>
        <translation>登记请假</translation>
    </message>
    <message>
        <source>Leave recorded for %1</source>
        <translation>已为%1登记请假</translation>
    </message>
    <message>
        <source>Export the roster</source>
        <translation>导出代表名册</translation>
    </message>
    <message>
        <source>Print the roster</source>
        <translation>打印代表名册</translation>
    </message>
    <message>
        <source>Print roster…</source>
        <translation>打印名册…</translation>
    </message>
    <message>
        <source>Open profile…</source>
        <translation>打开一人一档…</translation>
    </message>
    <message>
        <source>Print archive…</source>
        <translation>打印一人一档…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Name, unit, phone or pinyin</source>
        <translation>姓名、单位、电话或拼音</translation>
    </message>
</context>
<context>
    <name>dd::ui::DeputyDialog</name>
    <message>
        <source>Add a deputy</source>
        <translation>新增代表</translation>
    </message>
    <message>
        <source>Edit deputy</source>
        <translation>编辑代表</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>e.g. 1975-03 or 1975.3</source>
        <translation>如 1975-03 或 1975.3</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <source>Cadre deputy (leading cadre of a Party or state body)</source>
        <translation>干部代表（党政机关领导干部）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Birth month</source>
        <translation>出生年月</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Work unit and position</source>
        <translation>工作单位及职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>代表构成</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>任职</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>届次</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>代表证号</translation>
    </message>
    <message>
        <source>Electoral district</source>
        <translation>选区（选举单位）</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Primary station</source>
        <translation>所属联络站</translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation>照片…</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>%1 is not an image that can be read: %2</source>
        <translation>%1 不是可读取的图片：%2</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
</context>
<context>
    <name>dd::ui::DeputyPicker</name>
    <message>
        <source>Name, pinyin or initials</source>
        <translation>姓名、拼音或首字母</translation>
    </message>
</context>
<context>
    <name>dd::ui::DeputyProfileDialog</name>
    <message>
        <source>elected</source>
        <translation>当选</translation>
    </message>
    <message>
        <source>elected at a by-election</source>
        <translation>补选当选</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>终止代表资格</translation>
    </message>
    <message>
        <source>resigned</source>
        <translation>辞去代表职务</translation>
    </message>
    <message>
        <source>term ended</source>
        <translation>任期届满</translation>
    </message>
    <message>
        <source>reinstated</source>
        <translation>恢复代表资格</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Deputy file — %1</source>
        <translation>代表档案 — %1</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Birth month</source>
        <translation>出生年月</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Work unit and position</source>
        <translation>工作单位及职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>代表构成</translation>
    </message>
    <message>
        <source>Cadre deputy</source>
        <translation>干部代表</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>任职情况</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>届次</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>代表证号</translation>
    </message>
    <message>
        <source>Electoral district</source>
        <translation>选区（选举单位）</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变动记录</translation>
    </message>
    <message>
        <source> (re-elected)</source>
        <translation>（连任）</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>联络站</translation>
    </message>
    <message>
        <source> (primary)</source>
        <translation>（主要）</translation>
    </message>
    <message>
        <source>Concerns and suggestions (%1)</source>
        <translation>意见建议（%1 件）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>received</source>
        <translation>接待</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>领衔</translation>
    </message>
    <message>
        <source>co-signed</source>
        <translation>附议</translation>
    </message>
    <message>
        <source>Activities (%1)</source>
        <translation>履职活动（%1）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>Performance scores</source>
        <translation>履职积分</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>一季度</translation>
    </message>
    <message>
        <source>Q2</source>
        <translation>二季度</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>三季度</translation>
    </message>
    <message>
        <source>Q4</source>
        <translation>四季度</translation>
    </message>
    <message>
        <source>Deducted</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>Yearly minimums</source>
        <translation>年度最低要求</translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation>（暂定）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Print archive…</source>
        <translation>打印一人一档…</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Versions…</source>
        <translation>历次版本…</translation>
    </message>
    <message>
        <source>Leave…</source>
        <translation>请假…</translation>
    </message>
</context>
<context>
    <name>dd::ui::DeputyTableModel</name>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth month</source>
        <translation>出生年月</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>届次</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>联络站</translation>
    </message>
    <message>
        <source>Work unit and position</source>
        <translation>工作单位及职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>代表构成</translation>
    </message>
    <message>
        <source>Cadre deputy</source>
        <translation>干部代表</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>代表证号</translation>
    </message>
    <message>
        <source>Electoral district</source>
        <translation>选区（选举单位）</translation>
    </message>
</context>
<context>
    <name>dd::ui::DeputyVersionsDialog</name>
    <message>
        <source>Versions of the particulars</source>
        <translation>代表资料的历次版本</translation>
    </message>
    <message>
        <source>Each change recorded in the operator log makes a version. Putting one back is a change of its own, logged like any other; the photo stays as it is.</source>
        <translation>操作日志记录的每次修改形成一个版本。恢复某个版本本身也是一次修改，同样记入操作日志；照片保持不变。</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始时间</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Work unit and position</source>
        <translation>工作单位及职务</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>&amp;Put this version back…</source>
        <translation>恢复此版本(&amp;P)…</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>（未署名）</translation>
    </message>
    <message>
        <source>before the log</source>
        <translation>日志之前</translation>
    </message>
    <message>
        <source>Choose an earlier version: the last one is the record as it is.</source>
        <translation>请选择以前的版本：最后一个版本就是现在的资料。</translation>
    </message>
    <message>
        <source>Put version %1 of %2&apos;s particulars back?</source>
        <translation>将%2的资料恢复到第 %1 版？</translation>
    </message>
</context>
<context>
    <name>dd::ui::FileGuard</name>
    <message>
        <source>Open again</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Open for writing anyway</source>
        <translation>仍以可写方式打开</translation>
    </message>
    <message>
        <source>Open for writing</source>
        <translation>以可写方式打开</translation>
    </message>
    <message>
        <source>Only do this when the other computer no longer has the file open (it was switched off or DeputyDesk crashed there). Two windows writing to one file lose each other&apos;s work.</source>
        <translation>只有在另一台计算机已不再打开此文件（已关机，或那里的代表履职工作台异常退出）时才这样做。两个窗口同时写入一个文件，会互相丢失对方的工作。</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; %1. You can read and print everything; changes are not possible in this window.</source>
        <translation>&lt;b&gt;只读：&lt;/b&gt;%1。本窗口可以查阅和打印全部内容，但不能修改。</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>尚无备份</translation>
    </message>
    <message numerus="yes">
        <source>No backup for %n day(s)</source>
        <translation>
            <numerusform>已 %n 天未备份</numerusform>
        </translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>上次备份：%1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>No backup was made</source>
        <translation>未能备份</translation>
    </message>
    <message>
        <source>Where the office file belongs</source>
        <translation>工作文件应放在哪里</translation>
    </message>
    <message>
        <source>%1 is on a network share.</source>
        <translation>%1 位于网络共享上。</translation>
    </message>
    <message>
        <source>%1 is on a removable drive.</source>
        <translation>%1 位于移动存储设备上。</translation>
    </message>
    <message>
        <source>The working file belongs on this PC&apos;s own disk, where it is fast and safe from a dropped connection or a pulled stick; keep the backups on the stick or the share (Settings: backup folder).</source>
        <translation>工作文件应放在本机硬盘上，这样速度快，也不会因网络中断或拔出U盘而受损；备份则可以放在U盘或共享文件夹（设置：备份文件夹）。</translation>
    </message>
    <message>
        <source>Another program is writing to this database (another DeputyDesk window or the command line). Waiting for it to finish…</source>
        <translation>另一个程序（另一个代表履职工作台窗口或命令行）正在写入此数据库，正在等待其完成…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <source>The office file is damaged</source>
        <translation>工作文件已损坏</translation>
    </message>
    <message>
        <source>SQLite found damage in %1: %2

Restore the last good backup (File ▸ Restore from backup) before you go on working.</source>
        <translation>SQLite 在 %1 中发现损坏：%2

请先恢复最近一次完好的备份（文件 ▸ 从备份恢复），再继续工作。</translation>
    </message>
    <message>
        <source>Res&amp;tore from a backup…</source>
        <translation>从备份恢复(&amp;T)…</translation>
    </message>
    <message>
        <source>The operator log was changed</source>
        <translation>操作日志被改动</translation>
    </message>
    <message>
        <source>The operator log of %1 is not as DeputyDesk wrote it:

%2

Another program has changed or removed entries. The records themselves may have been changed too: compare them with a backup (File ▸ Restore from a backup shows them) and tell whoever is responsible for the office&apos;s records.</source>
        <translation>%1 的操作日志与本程序写入的不一致：

%2

有其他程序改动或删除了日志记录，档案本身也可能被改动：请与备份比对（文件 ▸ 从备份恢复 可查看备份），并报告负责本单位档案的同志。</translation>
    </message>
</context>
<context>
    <name>dd::ui::FilterBar</name>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>搜索“%1”</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1=%2</translation>
    </message>
    <message>
        <source>Filtered: %1 — showing %2 of %3</source>
        <translation>已筛选：%1 — 显示 %2 / %3 条</translation>
    </message>
    <message numerus="yes">
        <source>The list is filtered (%1): %n row(s) of %2 shown.</source>
        <translation>
            <numerusform>列表已筛选（%1）：显示 %n / %2 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>Use only the rows shown, or the whole list?</source>
        <translation>只用显示的这些条，还是用整个列表？</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n shown</source>
        <translation>
            <numerusform>只用显示的 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole list (%1)</source>
        <translation>整个列表（%1 条）</translation>
    </message>
    <message>
        <source>The list is empty: there is no row to write. Go on anyway?</source>
        <translation>列表为空，没有可写出的记录。仍要继续吗？</translation>
    </message>
</context>
<context>
    <name>dd::ui::GapTableModel</name>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>联络站</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Yearly minimum</source>
        <translation>年度最低要求</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Expected by now</source>
        <translation>截至当日应完成</translation>
    </message>
    <message>
        <source>Required in the year</source>
        <translation>全年要求</translation>
    </message>
    <message>
        <source>Behind by</source>
        <translation>差额</translation>
    </message>
</context>
<context>
    <name>dd::ui::HomePage</name>
    <message>
        <source>&lt;b&gt;Recent databases&lt;/b&gt;</source>
        <translation>&lt;b&gt;最近打开的数据库&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Double-click to open</source>
        <translation>双击打开</translation>
    </message>
    <message>
        <source>Deputies in the current terms</source>
        <translation>本届代表</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message numerus="yes">
        <source>%n liaison station(s)</source>
        <translation>
            <numerusform>联络站 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>联络站</translation>
    </message>
    <message>
        <source>Star rating</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未评星</translation>
    </message>
    <message>
        <source>&lt;b&gt;Concerns and suggestions&lt;/b&gt;</source>
        <translation>&lt;b&gt;意见建议办理&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n concern(s) overdue — open the list</source>
        <translation>
            <numerusform>群众意见 %n 件已逾期 — 打开列表</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concern(s) due within %1 working days</source>
        <translation>
            <numerusform>群众意见 %n 件将在 %1 个工作日内到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) overdue — open the list</source>
        <translation>
            <numerusform>代表建议 %n 件已逾期 — 打开列表</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) due within %1 working days</source>
        <translation>
            <numerusform>代表建议 %n 件将在 %1 个工作日内到期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::ImportDialog</name>
    <message>
        <source>Import a deputy roster</source>
        <translation>导入代表名册</translation>
    </message>
    <message>
        <source>Import a list of stations</source>
        <translation>导入联络站名单</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Into level</source>
        <translation>导入层级</translation>
    </message>
    <message>
        <source>term</source>
        <translation>届次</translation>
    </message>
    <message>
        <source>Already on record:</source>
        <translation>已有记录时：</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>update from the file</source>
        <translation>按文件更新</translation>
    </message>
    <message>
        <source>Create stations and townships not yet on record</source>
        <translation>自动创建尚未登记的联络站和乡镇（街道）</translation>
    </message>
    <message>
        <source>Create townships not yet on record</source>
        <translation>自动创建尚未登记的乡镇（街道）</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>文件中的表头</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>选择表格文件</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Sheet “%1”, header on row %2: %3 new, %4 to update, %5 to skip.</source>
        <translation>工作表“%1”，表头在第 %2 行：新增 %3 条，更新 %4 条，跳过 %5 条。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be corrected in the file first.</source>
        <translation>
            <numerusform>文件中有 %n 处问题，须先改正。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Will be created: townships %1</source>
        <translation>将创建乡镇（街道）：%1</translation>
    </message>
    <message>
        <source>Not yet on record: townships %1</source>
        <translation>尚未登记的乡镇（街道）：%1</translation>
    </message>
    <message>
        <source>Will be created: stations %1</source>
        <translation>将创建联络站：%1</translation>
    </message>
    <message>
        <source>Not yet on record: stations %1</source>
        <translation>尚未登记的联络站：%1</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 skipped.</source>
        <translation>导入完成：新增 %1 条，更新 %2 条，跳过 %3 条。</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何数据</translation>
    </message>
    <message>
        <source>Import a suggestions ledger with its history</source>
        <translation>导入代表建议办理台账（含办理过程）</translation>
    </message>
    <message>
        <source>Create agencies and categories not yet on record</source>
        <translation>自动创建尚无记录的承办单位和类别</translation>
    </message>
    <message>
        <source>Will be created: agencies %1</source>
        <translation>将新建承办单位：%1</translation>
    </message>
    <message>
        <source>Not yet on record: agencies %1</source>
        <translation>尚无记录的承办单位：%1</translation>
    </message>
    <message>
        <source>Will be created: categories %1</source>
        <translation>将新建类别：%1</translation>
    </message>
    <message>
        <source>Not yet on record: categories %1</source>
        <translation>尚无记录的类别：%1</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv *.txt);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.xls *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Each row goes into the level and term it names (%1, %2).</source>
        <translation>各行按其所填的层级和届次（%1、%2）导入。</translation>
    </message>
    <message>
        <source>Each row goes into the level it names (%1), in that level&apos;s current term.</source>
        <translation>各行按其所填的层级（%1）导入该层级的本届。</translation>
    </message>
    <message>
        <source>Each row goes into the term it names (%1).</source>
        <translation>各行按其所填的届次（%1）导入。</translation>
    </message>
</context>
<context>
    <name>dd::ui::ItemDialog</name>
    <message>
        <source>Record a concern</source>
        <translation>登记群众意见</translation>
    </message>
    <message>
        <source>Record a suggestion</source>
        <translation>登记代表建议</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>收集渠道</translation>
    </message>
    <message>
        <source>Village or community</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>群众姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Lead deputy</source>
        <translation>领衔代表</translation>
    </message>
    <message>
        <source>Between sessions</source>
        <translation>闭会期间</translation>
    </message>
    <message>
        <source>%1, term %2, session %3</source>
        <translation>%1第%2届人大第%3次会议</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>提出时机</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>群众意见</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>联络站</translation>
    </message>
    <message>
        <source>Receiving deputies</source>
        <translation>接待代表</translation>
    </message>
    <message>
        <source>Co-signers</source>
        <translation>附议代表</translation>
    </message>
    <message>
        <source>This may have been raised already</source>
        <translation>可能已有人反映过</translation>
    </message>
    <message>
        <source>Open concerns of the same township read much like this one:

%1

Record it anyway? (To merge, record it and order it into the same suggestion as the earlier one.)</source>
        <translation>同一乡镇（街道）有内容相近的未办结群众意见：

%1

仍要登记吗？（如需合并，请登记后在定单时并入与前者相同的建议。）</translation>
    </message>
    <message>
        <source>Record anyway</source>
        <translation>仍然登记</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>返回修改</translation>
    </message>
    <message>
        <source>e.g. Suggestion on repairing the village roads</source>
        <translation>如：关于加快村道硬化的建议</translation>
    </message>
</context>
<context>
    <name>dd::ui::LeaveDialog</name>
    <message>
        <source>Leave — %1</source>
        <translation>请假 — %1</translation>
    </message>
    <message>
        <source>e.g. 外出学习, 生病住院</source>
        <translation>如：外出学习、生病住院</translation>
    </message>
    <message>
        <source>From</source>
        <translation>自</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Correct leave — %1</source>
        <translation>更正请假 — %1</translation>
    </message>
    <message>
        <source>e.g. 日期记错了</source>
        <translation>如：日期记错了</translation>
    </message>
    <message>
        <source>Why corrected</source>
        <translation>更正原因</translation>
    </message>
</context>
<context>
    <name>dd::ui::LeavesDialog</name>
    <message>
        <source>Leave — %1</source>
        <translation>请假 — %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Record leave…</source>
        <translation>登记请假…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Select a leave first.</source>
        <translation>请先选择一条请假记录。</translation>
    </message>
    <message>
        <source>Remove leave</source>
        <translation>删除请假</translation>
    </message>
    <message>
        <source>Remove the leave from %1 to %2 (%3)?
It stays in the operator log. Why is it removed?</source>
        <translation>删除 %1 至 %2 的请假（%3）？
它会留在操作日志中。删除的原因是什么？</translation>
    </message>
</context>
<context>
    <name>dd::ui::ListView</name>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>右键单击可选择显示的列</translation>
    </message>
</context>
<context>
    <name>dd::ui::LoopDetailPane</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>History of every step</source>
        <translation>办理全过程</translation>
    </message>
    <message>
        <source>Select an item to see its particulars and history.</source>
        <translation>选择一条事项，查看详情和办理全过程。</translation>
    </message>
    <message>
        <source> — overdue since %1</source>
        <translation> —— 自 %1 起超期</translation>
    </message>
    <message>
        <source> — due on %1</source>
        <translation> —— %1 到期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议内容</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>群众意见</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Lead deputy and co-signers</source>
        <translation>领衔及附议代表</translation>
    </message>
    <message>
        <source>Receiving deputies</source>
        <translation>接待代表</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>群众姓名</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>收集渠道</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>联络站</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>定单方式</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Key supervision</source>
        <translation>重点督办</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Excellent suggestion</source>
        <translation>优秀建议</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>face to face</source>
        <translation>已见面</translation>
    </message>
    <message>
        <source>not face to face</source>
        <translation>未见面</translation>
    </message>
    <message>
        <source>votes %1</source>
        <translation>投票 %1</translation>
    </message>
    <message>
        <source>(imported)</source>
        <translation>（补录）</translation>
    </message>
    <message>
        <source>Unmark excellent</source>
        <translation>取消优秀建议</translation>
    </message>
    <message>
        <source>Mark excellent</source>
        <translation>评为优秀建议</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>提出</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the parts of a step</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>withdrawn on %1 by %2: %3</source>
        <translation>%1 由 %2 撤回：%3</translation>
    </message>
    <message>
        <source>Withdraw %1…</source>
        <comment>the last step recorded by mistake</comment>
        <translation>撤回%1…</translation>
    </message>
    <message>
        <source>Take back the last step recorded by mistake: the item returns to where it was, and the step stays in the history struck through.</source>
        <translation>撤回误录的最后一步：事项回到这一步之前的状态，这一步以删除线留在办理记录中。</translation>
    </message>
    <message>
        <source>Withdraw a step</source>
        <translation>撤回一步</translation>
    </message>
    <message>
        <source>Withdraw the %1 of %2?
%2 returns to where it was before it; the step stays in the history, struck through. Why is it withdrawn?</source>
        <translation>撤回 %2 的%1？
%2 将回到这一步之前的状态；这一步以删除线留在办理记录中。撤回的原因是什么？</translation>
    </message>
    <message>
        <source>withdrawn on %1: %2</source>
        <translation>%1 撤回：%2</translation>
    </message>
</context>
<context>
    <name>dd::ui::LoopPage</name>
    <message>
        <source>Citizens&apos; concerns</source>
        <translation>群众意见</translation>
    </message>
    <message>
        <source>Deputies&apos; suggestions</source>
        <translation>代表建议</translation>
    </message>
    <message>
        <source>New concern…</source>
        <translation>登记意见…</translation>
    </message>
    <message>
        <source>New suggestion…</source>
        <translation>登记建议…</translation>
    </message>
    <message>
        <source>Dispatch selected…</source>
        <translation>批量交办…</translation>
    </message>
    <message>
        <source>Extend selected…</source>
        <translation>批量延期…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>The ledger shown…</source>
        <translation>当前台账…</translation>
    </message>
    <message>
        <source>Dispatch notices…</source>
        <translation>交办通知单…</translation>
    </message>
    <message>
        <source>Feedback forms…</source>
        <translation>意见征询表…</translation>
    </message>
    <message>
        <source>Public notice (masked)…</source>
        <translation>办理结果公示（已脱敏）…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Number, title, text, citizen, deputy or agency</source>
        <translation>编号、标题、内容、群众、代表或承办单位</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>全部事项</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue or due soon</source>
        <translation>超期或即将到期</translation>
    </message>
    <message>
        <source>Unsatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Key supervision</source>
        <translation>重点督办</translation>
    </message>
    <message>
        <source>Period: 2026, 2026Q3, 2026-07</source>
        <translation>期间：2026、2026Q3、2026-07</translation>
    </message>
    <message>
        <source>Any step</source>
        <translation>全部环节</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Any agency</source>
        <translation>全部承办单位</translation>
    </message>
    <message>
        <source>Any township</source>
        <translation>全部乡镇（街道）</translation>
    </message>
    <message>
        <source>Any station</source>
        <translation>全部联络站</translation>
    </message>
    <message>
        <source>%1 of %2 shown; %3 overdue, %4 due soon</source>
        <translation>显示 %1 / %2 条；超期 %3 条，即将到期 %4 条</translation>
    </message>
    <message>
        <source>Recorded concern %1</source>
        <translation>已登记群众意见 %1</translation>
    </message>
    <message>
        <source>Recorded suggestion %1</source>
        <translation>已登记代表建议 %1</translation>
    </message>
    <message>
        <source>%1: %2 recorded</source>
        <translation>%1：已记录“%2”</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>交办</translation>
    </message>
    <message>
        <source>Select the items awaiting dispatch in the ledger first.</source>
        <translation>请先在台账中选中待交办的事项。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) dispatched</source>
        <translation>
            <numerusform>已交办 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Select the items whose extension is approved first.</source>
        <translation>请先选中已批准延期的事项。</translation>
    </message>
    <message numerus="yes">
        <source>%n extension(s) approved</source>
        <translation>
            <numerusform>已批准延期 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Excellent suggestion</source>
        <translation>优秀建议</translation>
    </message>
    <message>
        <source>Ledger of Citizens&apos; Concerns</source>
        <translation>群众意见台账</translation>
    </message>
    <message>
        <source>Ledger of Deputies&apos; Suggestions</source>
        <translation>代表建议办理台账</translation>
    </message>
    <message>
        <source>Click to show every deputy&apos;s items</source>
        <translation>点击显示全部代表的事项</translation>
    </message>
    <message>
        <source>Deputy: %1 ✕</source>
        <translation>代表：%1 ✕</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>联络站</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>%1 no longer matches the filters (now: %2); it stays in the list until you select another item</source>
        <translation>%1 已不符合筛选条件（现为：%2），在选中其他事项前仍留在列表中</translation>
    </message>
    <message>
        <source>Print the concerns</source>
        <translation>打印群众意见台账</translation>
    </message>
    <message>
        <source>Print the suggestions</source>
        <translation>打印代表建议台账</translation>
    </message>
    <message>
        <source>Export the concerns</source>
        <translation>导出群众意见台账</translation>
    </message>
    <message>
        <source>Export the suggestions</source>
        <translation>导出代表建议台账</translation>
    </message>
    <message>
        <source>Dispatch notice…</source>
        <translation>交办通知单…</translation>
    </message>
    <message>
        <source>Feedback form…</source>
        <translation>征询意见表…</translation>
    </message>
    <message>
        <source>Step withdrawn</source>
        <translation>已撤回一步</translation>
    </message>
</context>
<context>
    <name>dd::ui::LoopSettingsDialog</name>
    <message>
        <source>Deputy decides (working days)</source>
        <translation>代表定单（工作日）</translation>
    </message>
    <message>
        <source>Dispatch (working days)</source>
        <translation>交办（工作日）</translation>
    </message>
    <message>
        <source>Return by an agency (working days)</source>
        <translation>承办单位退回（工作日）</translation>
    </message>
    <message>
        <source>Reply to a concern (working days)</source>
        <translation>群众意见答复（工作日）</translation>
    </message>
    <message>
        <source>Reply to a suggestion (months)</source>
        <translation>代表建议答复（月）</translation>
    </message>
    <message>
        <source>Follow-up and evaluation (working days)</source>
        <translation>回访评价（工作日）</translation>
    </message>
    <message>
        <source>Re-handling reply (months)</source>
        <translation>二次办理答复（月）</translation>
    </message>
    <message>
        <source>Concerns and suggestions: settings</source>
        <translation>意见建议办理设置</translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation>节假日安排</translation>
    </message>
    <message>
        <source>Working days skip weekends and holidays and count make-up workdays; counting starts the working day after the event.</source>
        <translation>工作日不含周末和法定节假日，调休上班日计入；从事件发生后的第一个工作日起算。</translation>
    </message>
    <message>
        <source>A new category, e.g. 乡村振兴</source>
        <translation>新类别，如 乡村振兴</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>增加</translation>
    </message>
    <message>
        <source>Categories in use stay: items keep the category they were recorded with.</source>
        <translation>已使用的类别不会被删除：事项保留登记时的类别。</translation>
    </message>
    <message>
        <source>Longest with extensions (months)</source>
        <translation>含延期最长（月）</translation>
    </message>
    <message>
        <source>Warn as due soon (working days before)</source>
        <translation>到期前提醒（工作日）</translation>
    </message>
</context>
<context>
    <name>dd::ui::LoopTableModel</name>
    <message>
        <source>Overdue since %1</source>
        <translation>自 %1 起超期</translation>
    </message>
    <message>
        <source>Due on %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>群众意见</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Lead deputy and co-signers</source>
        <translation>领衔及附议代表</translation>
    </message>
    <message>
        <source>Receiving deputies</source>
        <translation>接待代表</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>联络站</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>交办日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Key supervision</source>
        <translation>重点督办</translation>
    </message>
</context>
<context>
    <name>dd::ui::MainWindow</name>
    <message>
        <source>%1 — %2 — DeputyDesk</source>
        <translation>%1 — %2 — 代表履职工作台</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>联络站</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Deputy roster…</source>
        <translation>代表名册…</translation>
    </message>
    <message>
        <source>List of stations…</source>
        <translation>联络站名单…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Roster of deputies (.xlsx)…</source>
        <translation>代表名册 (.xlsx)…</translation>
    </message>
    <message>
        <source>List of stations (.xlsx)…</source>
        <translation>联络站一览表 (.xlsx)…</translation>
    </message>
    <message>
        <source>&amp;Print current list…</source>
        <translation>打印当前列表(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About DeputyDesk</source>
        <translation>关于代表履职工作台(&amp;A)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>DeputyDesk database (*.ddb);;All files (*)</source>
        <translation>代表履职工作台数据库 (*.ddb);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save a copy of the database</source>
        <translation>另存数据库副本</translation>
    </message>
    <message>
        <source>-copy</source>
        <translation>-副本</translation>
    </message>
    <message>
        <source>DeputyDesk database (*.ddb)</source>
        <translation>代表履职工作台数据库 (*.ddb)</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>副本未能保存</translation>
    </message>
    <message>
        <source>A copy was saved to %1</source>
        <translation>副本已保存到 %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The new screen language applies when DeputyDesk starts again.</source>
        <translation>新的界面语言将在下次启动时生效。</translation>
    </message>
    <message>
        <source>About DeputyDesk</source>
        <translation>关于代表履职工作台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DeputyDesk %1&lt;/h3&gt;&lt;p&gt;The deputies&apos; performance workbench for the standing committees of county and township people&apos;s congresses: deputies&apos; files, liaison stations, concerns and suggestions, performance scores and printed sheets.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;代表履职工作台 %1&lt;/h3&gt;&lt;p&gt;供县、乡两级人大及其常委会使用的代表履职工作台：代表档案、代表联络站、意见建议办理、履职积分和履职情况表。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Concerns &amp; suggestions</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <source>Ledger shown (.xlsx)…</source>
        <translation>当前台账（.xlsx）…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Office and languages…</source>
        <translation>本机关与语言(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Concerns and suggestions…</source>
        <translation>意见建议办理(&amp;C)…</translation>
    </message>
    <message>
        <source>Suggestions ledger with its history…</source>
        <translation>代表建议办理台账（含办理过程）…</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>履职活动</translation>
    </message>
    <message>
        <source>Activities shown (.xlsx)…</source>
        <translation>当前显示的活动（.xlsx）…</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>履职积分</translation>
    </message>
    <message>
        <source>Scores shown (.xlsx)…</source>
        <translation>当前显示的积分（.xlsx）…</translation>
    </message>
    <message>
        <source>&amp;Scoring rules…</source>
        <translation>评分细则(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Activity types…</source>
        <translation>活动类型(&amp;A)…</translation>
    </message>
    <message>
        <source>The lists were refreshed: another program changed the database.</source>
        <translation>列表已刷新：另一个程序修改了数据库。</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>首页(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Deputies</source>
        <translation>代表(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Stations</source>
        <translation>联络站(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Concerns and suggestions</source>
        <translation>意见建议(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>履职活动(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;New record in this list…</source>
        <translation>在本列表新增(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Find in this list</source>
        <translation>在本列表查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export this list (.xlsx)…</source>
        <translation>导出本列表(.xlsx)(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Sc&amp;ores</source>
        <translation>履职积分(&amp;O)</translation>
    </message>
    <message>
        <source>Operator &amp;log…</source>
        <translation>操作日志(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>dd::ui::NewTermDialog</name>
    <message>
        <source>Start a new term</source>
        <translation>换届</translation>
    </message>
    <message>
        <source>At the change of term (换届) the new term&apos;s deputies are imported or added; the old term&apos;s records stay as they are.</source>
        <translation>换届时导入或添加新一届代表；上一届的档案保持不变。</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>New term</source>
        <translation>新一届</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Start the term</source>
        <translation>开始新一届</translation>
    </message>
    <message>
        <source>Start and import the new roster…</source>
        <translation>开始并导入新一届名册…</translation>
    </message>
    <message>
        <source>No term of this level is on record yet; term %1 starts on %2.</source>
        <translation>本级尚无届次记录；第%1届自 %2 开始。</translation>
    </message>
    <message>
        <source>Term %1 (since %2) ends on %3: its %4 serving deputies&apos; memberships end with it. Term %5 starts on %6.</source>
        <translation>第%1届（自 %2 起）于 %3 届满，其 %4 名在任代表的代表资格随之终止。第%5届自 %6 开始。</translation>
    </message>
</context>
<context>
    <name>dd::ui::Operator</name>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Your name, recorded as the clerk in charge of the steps and records you enter (Settings changes it):</source>
        <translation>您的姓名，将作为经办人记入您登记的各环节和记录（可在“设置”中修改）：</translation>
    </message>
</context>
<context>
    <name>dd::ui::OperatorLogDialog</name>
    <message>
        <source>Operator log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Deputies, stations and terms</source>
        <translation>代表、联络站和届次</translation>
    </message>
    <message>
        <source>Concerns and suggestions</source>
        <translation>群众意见和代表建议</translation>
    </message>
    <message>
        <source>Activities, leave and rosters</source>
        <translation>履职活动、请假和值班</translation>
    </message>
    <message>
        <source>Settings, rules and the file</source>
        <translation>设置、评分细则和文件</translation>
    </message>
    <message>
        <source>Exports and prints</source>
        <translation>导出和打印</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Words in the entry</source>
        <translation>日志中的字词</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>All operators</source>
        <translation>全部操作人</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>（未署名）</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies). The log is whole: no entry was changed or removed.</source>
        <translation>
            <numerusform>共 %n 条。日志完整：没有记录被改动或删除。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::OperatorLogModel</name>
    <message>
        <source>(not named)</source>
        <translation>（未署名）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>操作内容</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>改动</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>dd::ui::ParticipantEditor</name>
    <message>
        <source>Station</source>
        <translation>联络站</translation>
    </message>
    <message>
        <source>Deputy group</source>
        <translation>代表小组</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Add all</source>
        <translation>全部加入</translation>
    </message>
    <message>
        <source>Add a deputy…</source>
        <translation>加入代表…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>Reason for leave</source>
        <translation>请假原因</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>On leave…</source>
        <translation>请假…</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n deputy(ies))</source>
        <translation>
            <numerusform>%1（%n 名代表）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, term %2, session %3</source>
        <translation>%1第%2届第%3次会议</translation>
    </message>
    <message>
        <source>Add deputies</source>
        <translation>加入代表</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Reason for leave:</source>
        <translation>请假原因：</translation>
    </message>
    <message numerus="yes">
        <source>%n deputy(ies): %1 present, %2 on leave, %3 absent</source>
        <translation>
            <numerusform>共 %n 名代表：出席 %1，请假 %2，缺席 %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::ReadFailure</name>
    <message>
        <source>The office file could not be read</source>
        <translation>无法读取本单位数据文件</translation>
    </message>
    <message>
        <source>%1

What is shown may be incomplete. Close any other program using the file and open it again; if this repeats, restore a backup.</source>
        <translation>%1

显示的内容可能不完整。请关闭正在使用该文件的其他程序后重新打开；如果仍然出现，请从备份恢复。</translation>
    </message>
</context>
<context>
    <name>dd::ui::RecordHistory</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Changes to this record (%1)</source>
        <translation>本记录的修改（%1）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>操作内容</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>修改记录…</translation>
    </message>
    <message>
        <source>Who changed this record, when and why (from the operator log)</source>
        <translation>谁在何时因何修改了本记录（取自操作日志）</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1 的修改记录</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>（未署名）</translation>
    </message>
</context>
<context>
    <name>dd::ui::RestoreDialog</name>
    <message>
        <source>before upgrading to data version %1</source>
        <translation>升级到数据版本 %1 之前</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>恢复之前</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>导入之前</translation>
    </message>
    <message>
        <source>first opening of the day</source>
        <translation>当天首次打开</translation>
    </message>
    <message>
        <source>on closing after changes</source>
        <translation>修改后关闭时</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Backups in %1. Restoring replaces the whole content of the open file with the backup; the current content is backed up first, so a restore can be undone.</source>
        <translation>备份位于 %1。恢复会用备份替换当前文件的全部内容；替换前会先备份当前内容，因此恢复可以撤销。</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Concerns and suggestions</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>写入程序</translation>
    </message>
    <message>
        <source>&amp;Restore selected</source>
        <translation>恢复所选备份(&amp;R)</translation>
    </message>
    <message>
        <source>Restore &amp;another file…</source>
        <translation>从其他文件恢复(&amp;A)…</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>从备份文件恢复</translation>
    </message>
    <message>
        <source>DeputyDesk database (*.ddb)</source>
        <translation>代表履职工作台数据库 (*.ddb)</translation>
    </message>
    <message>
        <source>Replace the whole content of %1 with the backup %2?

The current content is backed up first.</source>
        <translation>用备份 %2 替换 %1 的全部内容吗？

替换前会先备份当前内容。</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>The backup was restored. The previous content is kept in %1.</source>
        <translation>备份已恢复。原有内容保存在 %1。</translation>
    </message>
</context>
<context>
    <name>dd::ui::RosterDayDialog</name>
    <message>
        <source>Duty on %1</source>
        <translation>%1 值班</translation>
    </message>
    <message>
        <source>Deputies on duty:</source>
        <translation>值班代表：</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n duty(ies)</source>
        <translation>
            <numerusform>%1 — 已值班 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source> (cadre)</source>
        <translation>（职务代表）</translation>
    </message>
    <message>
        <source> — on leave: %1</source>
        <translation> — 请假：%1</translation>
    </message>
    <message>
        <source>Not a reception day</source>
        <translation>不作为接待日</translation>
    </message>
    <message>
        <source>Take %1 off the roster? The deputies on duty stay in the operator log. Why?</source>
        <translation>将 %1 移出排班？当天值班的代表会留在操作日志中。原因是什么？</translation>
    </message>
</context>
<context>
    <name>dd::ui::RosterEditor</name>
    <message>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>编排：</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> 人/天</translation>
    </message>
    <message>
        <source>Plan roster…</source>
        <translation>编排值班…</translation>
    </message>
    <message>
        <source>Record completed duties</source>
        <translation>登记已完成的值班</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Blue: planned. Green: recorded as a reception. Double-click a day to change who is on duty.</source>
        <translation>蓝色：已排班。绿色：已登记为接待。双击某日可调整值班代表。</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Recorded as reception %1</source>
        <translation>已登记为接待 %1</translation>
    </message>
    <message>
        <source>Planned; double-click to change</source>
        <translation>已排班；双击调整</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Duties %1</source>
        <translation>%1年值班</translation>
    </message>
    <message>
        <source>Plan roster</source>
        <translation>编排值班</translation>
    </message>
    <message>
        <source>A roster is saved for %1 – %2. Replace its days not yet recorded as receptions?</source>
        <translation>%1 至 %2 已有值班表。替换其中尚未登记为接待的日子？</translation>
    </message>
    <message numerus="yes">
        <source>%n reception day(s) planned</source>
        <translation>
            <numerusform>已编排 %n 个接待日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reception(s) recorded up to %1</source>
        <translation>
            <numerusform>截至 %1 已登记 %n 次接待</numerusform>
        </translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation>导出值班表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Roster written to %1</source>
        <translation>值班表已写入 %1</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation>值班表</translation>
    </message>
</context>
<context>
    <name>dd::ui::RowMenu</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>dd::ui::ScoreTableModel</name>
    <message>
        <source>Provisional: the year is not over</source>
        <translation>暂定：本年度尚未结束</translation>
    </message>
    <message>
        <source>Capped by an unexcused absence from a congress session</source>
        <translation>因无故缺席人代会，等次受限</translation>
    </message>
    <message numerus="yes">
        <source>%n unexcused session absence(s) this term: under the Deputies Law the deputy&apos;s status ends. Confirm it as a status change.</source>
        <translation>
            <numerusform>本届无故缺席人代会 %n 次：依照代表法，代表资格终止。请确认并登记资格变动。</numerusform>
        </translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation>（暂定）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>联络站</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Rank in level</source>
        <translation>本级排名</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>Yearly minimums</source>
        <translation>年度最低要求</translation>
    </message>
    <message>
        <source>Minimums missed</source>
        <translation>未达最低要求扣分</translation>
    </message>
    <message>
        <source>%1 before the cap; ranked by that</source>
        <translation>封顶前 %1，按此排名</translation>
    </message>
    <message>
        <source>Ranked by the total before the cap, so that deputies above the cap are still told apart; the total shown is capped, as printed and graded.</source>
        <translation>按封顶前的总分排名，超过封顶分的代表也能分出先后；显示的总分为封顶后的分数，打印和评定等次均以此为准。</translation>
    </message>
    <message>
        <source>Points in period</source>
        <translation>本期得分</translation>
    </message>
    <message>
        <source>Before cap</source>
        <translation>封顶前总分</translation>
    </message>
</context>
<context>
    <name>dd::ui::ScoresPage</name>
    <message>
        <source>Scores</source>
        <translation>履职积分</translation>
    </message>
    <message>
        <source>Behind pace</source>
        <translation>进度落后</translation>
    </message>
    <message>
        <source>Scoring rules…</source>
        <translation>评分细则…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Confirm the end of status…</source>
        <translation>确认资格终止…</translation>
    </message>
    <message>
        <source>Name, township or station</source>
        <translation>姓名、乡镇或联络站</translation>
    </message>
    <message>
        <source>The day the pace is measured at</source>
        <translation>按哪一天衡量进度</translation>
    </message>
    <message>
        <source>Any township</source>
        <translation>全部乡镇</translation>
    </message>
    <message>
        <source>Any station</source>
        <translation>全部联络站</translation>
    </message>
    <message>
        <source>Every level</source>
        <translation>所有层级</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>全部代表小组</translation>
    </message>
    <message>
        <source>Cadre deputies</source>
        <translation>职务代表</translation>
    </message>
    <message>
        <source>Grass-roots deputies</source>
        <translation>基层代表</translation>
    </message>
    <message>
        <source>%1 of %2 minimums behind pace on %3 shown</source>
        <translation>显示 %3 进度落后的 %2 项中的 %1 项</translation>
    </message>
    <message>
        <source>%1 of %2 scores of %3 shown; %4 Deputies-Law alert(s)</source>
        <translation>显示%3积分 %2 条中的 %1 条；代表法提示 %4 条</translation>
    </message>
    <message>
        <source>Select a deputy to see where every point comes from.</source>
        <translation>选择一名代表，查看每一分的来由。</translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation>（暂定）</translation>
    </message>
    <message>
        <source>The grade is capped by an unexcused absence from a congress session.</source>
        <translation>因无故缺席人代会，等次受到限制。</translation>
    </message>
    <message numerus="yes">
        <source>%n unexcused session absence(s) this term: under the Deputies Law the deputy&apos;s status ends. Confirm it as a status change.</source>
        <translation>
            <numerusform>本届无故缺席人代会 %n 次：依照代表法，代表资格终止。请确认并登记资格变动。</numerusform>
        </translation>
    </message>
    <message>
        <source>The rule gives %1</source>
        <translation>细则规定 %1 分</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Deputies Behind Pace</source>
        <translation>履职进度差距表</translation>
    </message>
    <message>
        <source>Performance Scores</source>
        <translation>履职积分汇总表</translation>
    </message>
    <message>
        <source>Absent twice from the congress sessions without leave</source>
        <translation>未经批准两次不出席本级人民代表大会会议</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>履职情况表</translation>
    </message>
    <message>
        <source>Sheet of the selected deputy…</source>
        <translation>所选代表的履职情况表…</translation>
    </message>
    <message>
        <source>Sheets of everyone in the selection…</source>
        <translation>所选范围全部代表的履职情况表…</translation>
    </message>
    <message>
        <source>Select a deputy in the table first.</source>
        <translation>请先在表中选择一名代表。</translation>
    </message>
    <message>
        <source>Order of the sheets</source>
        <translation>排列顺序</translation>
    </message>
    <message>
        <source>By surname strokes</source>
        <translation>按姓氏笔画</translation>
    </message>
    <message>
        <source>By station</source>
        <translation>按联络站</translation>
    </message>
    <message>
        <source>By rank</source>
        <translation>按名次</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), %3: %4 points (absences included), %5 deducted for missed minimums; total &lt;b&gt;%6&lt;/b&gt;, %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2），%3：得分 %4（含缺席扣分），未达最低要求扣 %5；总分 &lt;b&gt;%6&lt;/b&gt;，%7</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>联络站</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>代表小组</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Print the deputies behind pace</source>
        <translation>打印进度落后代表</translation>
    </message>
    <message>
        <source>Print the scores</source>
        <translation>打印履职积分</translation>
    </message>
    <message>
        <source>Export the deputies behind pace</source>
        <translation>导出进度落后代表</translation>
    </message>
    <message>
        <source>Export the scores</source>
        <translation>导出履职积分</translation>
    </message>
</context>
<context>
    <name>dd::ui::ScoringRulesDialog</name>
    <message>
        <source>Scoring rules</source>
        <translation>评分细则</translation>
    </message>
    <message>
        <source>Every level</source>
        <translation>所有层级</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>履职活动</translation>
    </message>
    <message>
        <source>Suggestions and concerns</source>
        <translation>建议和意见</translation>
    </message>
    <message>
        <source>Minimums and grades</source>
        <translation>最低要求和等次</translation>
    </message>
    <message>
        <source>Copy from the year before</source>
        <translation>从上一年度复制</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <source>Present, each</source>
        <translation>出席/每次</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Absent without leave</source>
        <translation>无故缺席</translation>
    </message>
    <message>
        <source>Yearly cap (0: none)</source>
        <translation>年度上限（0 为不限）</translation>
    </message>
    <message>
        <source>Base score</source>
        <translation>基础分</translation>
    </message>
    <message>
        <source>Total capped at</source>
        <translation>总分上限</translation>
    </message>
    <message>
        <source>Any other absence without leave</source>
        <translation>其他无故缺席</translation>
    </message>
    <message>
        <source>Suggestion as lead deputy</source>
        <translation>领衔提出建议</translation>
    </message>
    <message>
        <source>Suggestion as co-signer</source>
        <translation>附议建议</translation>
    </message>
    <message>
        <source>Key supervision (lead deputy)</source>
        <translation>重点督办（领衔人）</translation>
    </message>
    <message>
        <source>Rated excellent (lead deputy)</source>
        <translation>评为优秀建议（领衔人）</translation>
    </message>
    <message>
        <source>Concern received and closed satisfied</source>
        <translation>收集的群众意见办结满意</translation>
    </message>
    <message>
        <source>points, yearly cap (0: none)</source>
        <translation>分，年度上限（0 为不限）</translation>
    </message>
    <message>
        <source>What counts</source>
        <translation>计入的记录</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>要求次数</translation>
    </message>
    <message>
        <source>Deducted</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>From total</source>
        <translation>总分线</translation>
    </message>
    <message>
        <source>Only with every minimum met</source>
        <translation>须完成全部最低要求</translation>
    </message>
    <message>
        <source>Add a minimum</source>
        <translation>增加最低要求</translation>
    </message>
    <message>
        <source>Add a grade</source>
        <translation>增加等次</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>删除选中的行</translation>
    </message>
    <message>
        <source>never</source>
        <translation>不提示</translation>
    </message>
    <message>
        <source>An unexcused session absence caps the grade at</source>
        <translation>无故缺席人代会一次，等次最高为</translation>
    </message>
    <message>
        <source>Deputies-Law alert after this many unexcused session absences</source>
        <translation>无故缺席人代会达到几次时按代表法提示</translation>
    </message>
    <message>
        <source>%1 has a rule set of its own.</source>
        <translation>%1年已有本年度的评分细则。</translation>
    </message>
    <message>
        <source>%1 has no rule set of its own yet: these are the ones that score it now. Saving makes them %1&apos;s own.</source>
        <translation>%1年尚无本年度的评分细则：以下是目前计分所用的细则。保存后即成为%1年的细则。</translation>
    </message>
    <message>
        <source>(no cap)</source>
        <translation>（不限）</translation>
    </message>
    <message>
        <source>%1, row %2, %3: “%4” is not a number</source>
        <translation>%1第 %2 行“%3”：“%4”不是数字</translation>
    </message>
    <message>
        <source>Yearly minimums</source>
        <translation>年度最低要求</translation>
    </message>
    <message>
        <source>suggestions</source>
        <translation>代表建议</translation>
    </message>
    <message>
        <source>%1, row %2: “%3” is not an activity type</source>
        <translation>%1第 %2 行：“%3”不是活动类型</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>The rules were not saved</source>
        <translation>评分细则未保存</translation>
    </message>
    <message>
        <source>Saved: the scores of %1 follow these rules now.</source>
        <translation>已保存：%1年的积分即按此细则计算。</translation>
    </message>
    <message>
        <source>The rules of %1 are shown for %2: change them as needed and save.</source>
        <translation>已把%1年的细则填入%2年：请按需修改后保存。</translation>
    </message>
    <message>
        <source>Import a rule set</source>
        <translation>导入评分细则</translation>
    </message>
    <message>
        <source>Rule set (*.json)</source>
        <translation>评分细则 (*.json)</translation>
    </message>
    <message>
        <source>%1 is not a rule set DeputyDesk can read:
%2</source>
        <translation>%1 不是 DeputyDesk 能读取的评分细则：
%2</translation>
    </message>
    <message>
        <source>Read from %1 for %2: check and save.</source>
        <translation>已从 %1 读入%2年细则：请核对后保存。</translation>
    </message>
    <message>
        <source>Export a rule set</source>
        <translation>导出评分细则</translation>
    </message>
    <message>
        <source>Scoring rules %1.json</source>
        <translation>%1年评分细则.json</translation>
    </message>
    <message>
        <source>Yearly minimum</source>
        <translation>年度最低要求</translation>
    </message>
    <message>
        <source>Yearly minimums: what counts is activity types (or %1 for suggestions) separated by 、; a minimum missed at the year&apos;s end is deducted.</source>
        <translation>年度最低要求：计入的活动类型（建议填“%1”）以“、”分隔；年底未达到的，按规定扣分。</translation>
    </message>
</context>
<context>
    <name>dd::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Automatic (as the system)</source>
        <translation>自动（跟随系统）</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Screen language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>文书语言</translation>
    </message>
    <message>
        <source>County congress</source>
        <translation>人大常委会名称</translation>
    </message>
    <message>
        <source>Current county term</source>
        <translation>县级本届届次</translation>
    </message>
    <message>
        <source>Current township term</source>
        <translation>乡镇级本届届次</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>The screen language applies from the next start. The document language is used for printouts and workbooks. Backups go to the folder beside the office file unless you choose another (a USB stick or a shared folder).</source>
        <translation>界面语言在下次启动时生效。文书语言用于打印件和工作簿。备份默认存放在工作文件旁的文件夹，也可以另选（U盘或共享文件夹）。</translation>
    </message>
    <message>
        <source>Your name (clerk in charge)</source>
        <translation>您的姓名（经办人）</translation>
    </message>
</context>
<context>
    <name>dd::ui::SheetBatch</name>
    <message>
        <source>The printer could not be used.</source>
        <translation>无法使用该打印机。</translation>
    </message>
</context>
<context>
    <name>dd::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>In a list ▸ Copy the selected rows</source>
        <translation>列表中 ▸ 复制选中的行</translation>
    </message>
    <message>
        <source>In a list ▸ Open the record</source>
        <translation>列表中 ▸ 打开记录</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>双击</translation>
    </message>
    <message>
        <source>In a list ▸ What can be done with the record</source>
        <translation>列表中 ▸ 对记录可做的操作</translation>
    </message>
    <message>
        <source>Right-click</source>
        <translation>右键单击</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>dd::ui::StationDialog</name>
    <message>
        <source>Edit station</source>
        <translation>编辑联络站</translation>
    </message>
    <message>
        <source>Add a station</source>
        <translation>新增联络站</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未评星</translation>
    </message>
    <message>
        <source>Also a grass-roots legislative contact point</source>
        <translation>同时为基层立法联系点</translation>
    </message>
    <message>
        <source>in words, e.g. 每周三, 每月8日, 单月15日</source>
        <translation>用文字填写，如 每周三、每月8日、单月15日</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Liaison officer</source>
        <translation>联络员</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Star rating</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Reception days</source>
        <translation>接待日</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Model station</source>
        <translation>示范站</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>联络站名称</translation>
    </message>
</context>
<context>
    <name>dd::ui::StationTableModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>联络站名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Model station</source>
        <translation>示范站</translation>
    </message>
    <message>
        <source>Reception day</source>
        <translation>接待日</translation>
    </message>
    <message>
        <source>Liaison officer</source>
        <translation>联络员</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>County deputies</source>
        <translation>县级代表</translation>
    </message>
    <message>
        <source>Township deputies</source>
        <translation>乡镇级代表</translation>
    </message>
    <message>
        <source>Deputies in all</source>
        <translation>进站代表合计</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
</context>
<context>
    <name>dd::ui::StationsPage</name>
    <message>
        <source>Search by name, township, address or liaison officer</source>
        <translation>按名称、乡镇、地址或联络员搜索</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Station deputies…</source>
        <translation>安排进站代表…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>%1 of %2 stations shown</source>
        <translation>显示 %1 个，共 %2 个联络站</translation>
    </message>
    <message numerus="yes">
        <source>%n deputy(ies) stationed at %1</source>
        <translation>
            <numerusform>已为 %1 安排 %n 名代表进站</numerusform>
        </translation>
    </message>
    <message>
        <source>List of Liaison Stations</source>
        <translation>联络站一览表</translation>
    </message>
    <message>
        <source>Export the stations</source>
        <translation>导出联络站一览表</translation>
    </message>
    <message>
        <source>Print the stations</source>
        <translation>打印联络站一览表</translation>
    </message>
    <message>
        <source>Print station list…</source>
        <translation>打印联络站一览表…</translation>
    </message>
    <message>
        <source>Name, township or address</source>
        <translation>名称、乡镇或地址</translation>
    </message>
</context>
<context>
    <name>dd::ui::StatusDialog</name>
    <message>
        <source>Change status — %1</source>
        <translation>变更状态 — %1</translation>
    </message>
    <message>
        <source>%1, %2 term %3: now %4</source>
        <translation>%1，%2第 %3 届：现为%4</translation>
    </message>
    <message>
        <source>Reinstate (serving again)</source>
        <translation>恢复（重新在任）</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>e.g. moved out of the county; resigned by letter</source>
        <translation>如：调离本行政区域；本人书面申请辞去代表职务</translation>
    </message>
</context>
<context>
    <name>dd::ui::StepDialog</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 —— %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Agency&apos;s reason</source>
        <translation>退回理由</translation>
    </message>
    <message>
        <source>Why the agency gives the item back</source>
        <translation>承办单位退回的理由</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>新的办理期限</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The agency&apos;s request and who approved it</source>
        <translation>承办单位的申请及批准人</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>督办情况</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>定单方式</translation>
    </message>
    <message>
        <source>Into suggestion</source>
        <translation>并入建议</translation>
    </message>
    <message>
        <source>Answer, title or reason</source>
        <translation>答复、建议标题或理由</translation>
    </message>
    <message>
        <source>The answer the deputy gave on the spot</source>
        <translation>代表当场作出的答复</translation>
    </message>
    <message>
        <source>The new suggestion&apos;s title</source>
        <translation>新建议的标题</translation>
    </message>
    <message>
        <source>Why it is not taken up (required)</source>
        <translation>不予受理的理由（必填）</translation>
    </message>
    <message>
        <source>To whom it was referred</source>
        <translation>转报的上级机关</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Co-agencies</source>
        <translation>协办单位</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>Key supervision</source>
        <translation>重点督办</translation>
    </message>
    <message>
        <source>The leader who supervises it</source>
        <translation>督办领导</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>督办领导</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Met the deputy or citizen face to face</source>
        <translation>已与代表或群众见面沟通</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <source>The agency&apos;s reply, and the co-agencies&apos; views</source>
        <translation>承办单位的答复，以及协办单位的意见</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>How the evaluation was taken (phone, visit, form)</source>
        <translation>评价方式（电话、走访、征询表）</translation>
    </message>
    <message>
        <source>Method (visit, phone, meeting, a director meeting deputies at the station, site inspection) and notes</source>
        <translation>方式（走访、电话、座谈、局长进站面对面、现场察看）及情况</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>现办理期限</translation>
    </message>
    <message>
        <source>Set a due date</source>
        <translation>另定办理期限</translation>
    </message>
    <message>
        <source>Citizens&apos; votes</source>
        <translation>群众投票</translation>
    </message>
    <message>
        <source>With no votes, the evaluation above is recorded; with votes, the majority decides it.</source>
        <translation>未填票数时，按上面选择的评价记录；填了票数时，按多数意见确定评价。</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s): the majority makes it %1.</source>
        <translation>
            <numerusform>共 %n 票：按多数意见评为“%1”。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to DeputyDesk</source>
        <translation>欢迎使用代表履职工作台</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to DeputyDesk&lt;/h2&gt;&lt;p&gt;Keep the deputies&apos; files, the liaison stations and every concern and suggestion in one database on this computer. Create the office&apos;s database below, open one you already have, or look around in the demo first.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;欢迎使用代表履职工作台&lt;/h2&gt;&lt;p&gt;代表档案、联络站以及每一件意见建议，都保存在本机的一个数据库中。请在下方新建本机关的数据库，或打开已有的数据库，也可以先打开演示数据看一看。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>e.g. 云岭县人大常委会</source>
        <translation>如 云岭县人大常委会</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>County congress</source>
        <translation>人大常委会名称</translation>
    </message>
    <message>
        <source>Office level</source>
        <translation>本机关层级</translation>
    </message>
    <message>
        <source>Current term</source>
        <translation>本届届次</translation>
    </message>
    <message>
        <source>Term began on</source>
        <translation>本届开始日期</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Open an existing database…</source>
        <translation>打开已有数据库…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>打开演示数据</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Create the database</source>
        <translation>创建数据库</translation>
    </message>
    <message>
        <source>DeputyDesk database (*.ddb)</source>
        <translation>代表履职工作台数据库 (*.ddb)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or open it instead</source>
        <translation>%1 已存在，请换一个文件名，或直接打开它</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>DeputyDesk database (*.ddb);;All files (*)</source>
        <translation>代表履职工作台数据库 (*.ddb);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>dd::ui::WriteControls</name>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>This window has the file open read-only; nothing can be changed here. The bar at the top of the window says why.</source>
        <translation>本窗口以只读方式打开该文件，这里不能作任何修改。窗口顶部的提示栏说明了原因。</translation>
    </message>
</context>
<context>
    <name>dd::usecase</name>
    <message>
        <source>say why the activity is removed</source>
        <translation>请说明删除该活动的原因</translation>
    </message>
    <message>
        <source>deputy %1 has versions 1 to %2</source>
        <translation>代表 %1 的版本为第 1 至第 %2 版</translation>
    </message>
    <message>
        <source>Deputy %1 does not exist</source>
        <translation>代表 %1 不存在</translation>
    </message>
    <message>
        <source>say why the leave is removed</source>
        <translation>请说明删除该请假记录的原因</translation>
    </message>
    <message>
        <source>say why the day is taken off the roster</source>
        <translation>请说明移出排班的原因</translation>
    </message>
    <message>
        <source>say why the leave is corrected</source>
        <translation>请说明更正的原因</translation>
    </message>
    <message>
        <source>No leave %1</source>
        <translation>没有编号为 %1 的请假</translation>
    </message>
</context>
<context>
    <name>dd::xlsx::WorkbookWriter</name>
    <message>
        <source>a sheet needs a name</source>
        <translation>工作表必须有名称</translation>
    </message>
    <message>
        <source>sheet name &quot;%1&quot; is longer than 31 characters</source>
        <translation>工作表名称“%1”超过 31 个字符</translation>
    </message>
    <message>
        <source>sheet name &quot;%1&quot; contains %2</source>
        <translation>工作表名称“%1”含有字符 %2</translation>
    </message>
    <message>
        <source>sheet name &quot;%1&quot; begins or ends with an apostrophe</source>
        <translation>工作表名称“%1”以撇号开头或结尾</translation>
    </message>
    <message>
        <source>%1 is a folder; please give a file name</source>
        <translation>%1 是文件夹，请指定文件名</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder does not exist</source>
        <translation>无法写入 %1：文件夹不存在</translation>
    </message>
    <message>
        <source>Cannot write %1: no permission to create files in that folder</source>
        <translation>无法写入 %1：没有在该文件夹中创建文件的权限</translation>
    </message>
    <message>
        <source>sheet name &quot;%1&quot; is used twice</source>
        <translation>工作表名称“%1”重复</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot replace %1: is it open in Excel or WPS? Close it and try again.</source>
        <translation>无法替换 %1：文件是否已在 Excel 或 WPS 中打开？请关闭后重试。</translation>
    </message>
    <message>
        <source>the workbook was already written</source>
        <translation>工作簿已经写出</translation>
    </message>
</context>
<context>
    <name>dd::xlsx::ZipArchive</name>
    <message>
        <source>the file is not a readable zip archive</source>
        <translation>该文件不是可读取的 zip 压缩包</translation>
    </message>
    <message>
        <source>the archive&apos;s table of contents is damaged</source>
        <translation>压缩包的目录已损坏</translation>
    </message>
    <message>
        <source>the archive holds a path outside itself (%1)</source>
        <translation>压缩包含有指向包外的路径（%1）</translation>
    </message>
    <message>
        <source>the workbook unpacks to more than 100 MB</source>
        <translation>工作簿解压后超过 100 MB</translation>
    </message>
    <message>
        <source>%1 is compressed more than 100:1, as zip bombs are</source>
        <translation>%1 的压缩比超过 100:1，属于“压缩炸弹”特征</translation>
    </message>
    <message>
        <source>the workbook has no part %1</source>
        <translation>工作簿缺少部件 %1</translation>
    </message>
    <message>
        <source>cannot open %1 in the archive</source>
        <translation>无法打开压缩包中的 %1</translation>
    </message>
    <message>
        <source>%1 in the archive is damaged</source>
        <translation>压缩包中的 %1 已损坏</translation>
    </message>
</context>
</TS>

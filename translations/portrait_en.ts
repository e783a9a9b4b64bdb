<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Portrait::Analytics::Archetypes</name>
    <message>
        <source>Keep them close: VIP service, early access to new products; they need no discounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward their loyalty: points, member tiers, and cross-selling of related products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grow them: recommend related products and raise the order value with bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome them: an onboarding offer that brings the second purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep in touch with the regular campaigns and find out what moves them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win them back now: personal contact and a tailored offer before they are gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wake them up with a low-cost reactivation campaign; keep the spend small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low priority: an occasional win-back message at most.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Analytics::BgNbdText</name>
    <message>
        <source>customer %1 of the BG/NBD data: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x must be a whole number of repeat purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t_x must lie between 0 and T, and be 0 without repeat purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x, t_x and T have different lengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The churn model needs at least %1 customers with a repeat purchase in the calibration period; there are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The churn model fit was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The churn model did not converge from any of %1 starting points: the purchases may not follow the model (for example almost nobody stops buying). Try a longer calibration period or the other time unit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Analytics::ClusterFeatures</name>
    <message>
        <source>Choose at least one feature to cluster on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feature “%1” is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clustering needs at least two customers with every chosen feature; there are %1 (of %2 scored customers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feature “%1” has the same value (%2) for every customer clustered, so it cannot tell them apart; leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Analytics::ClusterProfile</name>
    <message>
        <source>%1 much higher (median %2 vs %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 higher (median %2 vs %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 much lower (median %2 vs %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lower (median %2 vs %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close to the average on every feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In “%1” (cluster %2 of %3, a group of %4): its centre is the nearest to this customer (distance %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; this customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Analytics::Clustering</name>
    <message>
        <source>The saved clustering settings are damaged (field “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Analytics::GammaGammaText</name>
    <message>
        <source>x and the mean spends have different lengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer %1 of the spend data needs a repeat purchase and a positive mean spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spend model needs at least %1 repeat customers with a positive mean spend; there are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spend model fit was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spend model did not converge from any of %1 starting points.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Analytics::KMeans</name>
    <message>
        <source>There are no points to cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k = %1 cannot be fitted: there are only %2 distinct points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clustering was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Analytics::LifetimeFeatures</name>
    <message>
        <source>Probability, 0–1, that the customer is still buying (BG/NBD churn model), at the calibration end of the lifetime model fitted on the Analytics page. Missing without a fitted model and for customers without a purchase in its calibration period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase days the BG/NBD model expects in the 90 days after its calibration end. Missing as for p_alive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer lifetime value: expected spend over the model&apos;s horizon (12 months by default), discounted monthly; BG/NBD purchases times Gamma-Gamma spend per purchase. Missing as for p_alive, and when the spend model was refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Analytics::LifetimeText</name>
    <message>
        <source>The saved lifetime model is damaged (field “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved lifetime model was written by a newer Portrait; fit it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CLV horizon must be 1 to %1 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly discount rate must be at least 0 and below 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no purchases to fit the lifetime models on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has a purchase on or before the calibration end %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spend model&apos;s fitted q is %1 (at most 1): the average spend it implies is unbounded, so no CLV is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The churn model&apos;s standard errors are unknown: its likelihood is flat at the optimum, so the parameters are poorly determined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CLV: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase frequency and spend per purchase are correlated (r = %1): the spend model assumes they are independent, so read the CLV with care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expected purchases could not be computed for %n customer(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading purchase days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitting the churn model (BG/NBD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitting the spend model (Gamma-Gamma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lifetime fit was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Bundled</name>
    <message>
        <source>The bundled data set %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Clean::DuplicateFinder</name>
    <message>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same member id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name in the same city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; keys: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keys given; keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Clean::Flag</name>
    <message>
        <source>not a Chinese mobile or landline number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>landline number without area code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service number (400/800), not a person&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name contains digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gender not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date implies an impossible age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impossible age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age disagrees with the birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>province not in the region table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city not in the region table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city lies in another province</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Clean::Pipeline</name>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 of %2 must be %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 of %2 must be from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 of %2 must be one of: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 of %2 names the unknown field &quot;%3&quot;; text fields: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object such as {&quot;step&quot;: &quot;phone&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step&apos;s &quot;step&quot; is missing; steps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown step &quot;%1&quot;; steps: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; of %2; its options: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minAge must be below maxAge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-width characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date and age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province and city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trims values and folds runs of spaces (the ideographic space too) into one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns full-width letters, digits and signs (１３８, ＠) into ordinary ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidies names: spaces, full-width characters, spaces between Chinese characters, the dot of transcribed names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes 男/女, M/F, male/female, 先生/女士, 1/2 one way; 未知, 保密, 0, 9 become empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobiles in any writing (+86, 0086, spaces, hyphens) to 11 digits; landlines as area code-number; anything else is kept and flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes spaces and full-width forms, lower-cases the domain (and the name before @ if asked); flags what is no address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags birth dates in the future and impossible ages, and ages that disagree with the birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province and city to their official names (广东 → 广东省, 深圳 → 深圳市); a known city fills a missing province; unknown values are kept and listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-width characters to ordinary ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove spaces between Chinese characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write male as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write female as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write landlines as area code-number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers that are neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower-case the name before @ too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values that are no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youngest possible age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest possible age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A known city fills a missing province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a cleaning pipeline: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline version %1 is not supported (this Portrait reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cleaning pipeline needs &quot;steps&quot;: a list of steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Clean::QualityReport</name>
    <message>
        <source>%1: %2 (e.g. %3 of customer %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (e.g. order %1 of customer %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders above %1 (Q3 + 3 × IQR): kept in the analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders with a zero amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders dated after today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders dated before the customer signed up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Clean::RegionTable</name>
    <message>
        <source>the name %1 is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code %1 is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the city %1 (%2) comes before its province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a six-digit code, a name and short forms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::CampaignCommand</name>
    <message>
        <source>Name the list .csv or .xlsx: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 customers to %2 (personal data masked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 customers to %2 (personal data NOT masked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign “%1” as of %2: %3 customers, %4 treated, %5 in the control group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a campaign as of a date: its customers, with a seeded random control group drawn in every segment, and write the treated list (masked unless --no-mask).</source>
        <translation></translation>
    </message>
    <message>
        <source>The .portrait project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign&apos;s date (default: the day after the latest order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this segment; repeatable: any of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers with this tag; repeatable: all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers in this group; repeatable: all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage of each segment held back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the random draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the treated customers here (.csv or .xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the control group here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write names, phones and e-mails unmasked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign create needs --project, --name, --control, --seed and --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--control must be a percentage above 0 and below 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of must be a date like 2024-12-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate a recorded campaign against the orders the project has now: responders, revenue and the uplift of treated over control customers with its 95 % confidence interval, per segment and overall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A response is an order within N days after the campaign&apos;s date (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write evaluation.csv here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write segment names in Chinese.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign evaluate needs --project, --name and --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--window-days must be a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the orders end on %1, before the window&apos;s last day %2: the figures may still grow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 members are no longer in the project; they count as not responding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers of this cluster of the project&apos;s saved clustering (its name or number); repeatable: any of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no campaign named “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a recorded campaign&apos;s treated (and control) customers again, with their segments as of the campaign&apos;s date (masked unless --no-mask). Members the project no longer has are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign export needs --project, --name and --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 members are no longer in the project; they are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the recorded campaigns, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign list needs --project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a recorded campaign with its treated and control members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign delete needs --project and --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted campaign “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this customer (an id, e.g. from a list the analyst picked); repeatable: only these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: portrait campaign create --project P --name N [--as-of DATE] [--segment S ...]
                                [--tag T ...] [--group G ...] [--cluster C ...]
                                [--customer ID ...] --control PCT --seed S
                                --out treated.csv [--control-out control.csv]
       portrait campaign evaluate --project P --name N [--window-days N]
                                --out evaluation.csv
       portrait campaign export --project P --name N --out treated.csv
                                [--control-out control.csv]
       portrait campaign list --project P
       portrait campaign delete --project P --name N</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::CleanCommand</name>
    <message>
        <source>cannot read the steps file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean the customers&apos; values with a recorded pipeline of steps (the imported values stay in the project).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .portrait project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the default pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the pipeline of this JSON file (docs/cleaning.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report what would change; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the quality report here (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clean needs --project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clean takes --default or --steps, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no cleaning pipeline yet: give --default or --steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaned %1 customers; the pipeline is stored in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::CleanReport</name>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: changed %2; flagged %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  not in the region table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: missing %2% → %3%, distinct %4 → %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders: %1; above %2 (Q3 + 3 × IQR): %3; zero amounts: %4; dated after today: %5; before the customer&apos;s signup: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleaning: %1 (%2 customers with cleaned values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleaning: none (values as imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicates: %1 merges, %2 aliases; decisions: %3 accepted, %4 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provinces: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cities: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::CliText</name>
    <message>
        <source>portrait: there is no command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portrait: unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portrait: &quot;%1&quot; is neither a command nor an existing file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portrait: unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each command explains its options with --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::ClusterCommand</name>
    <message>
        <source>The .portrait project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of clusters, 2–%1, or auto: chosen by silhouette over 2–8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated numeric features (default recency,frequency,monetary); skewed ones are taken as log1p unless NAME:raw, NAME:log forces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k-means++ restarts; the lowest inertia is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write clusters.csv (customer_id,cluster,cluster_name,distance) here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write summary.json here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the clusters in the project under this name; they become the clusters of the workbench, exports (--cluster) and rules (cluster).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the clusters in Chinese.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster needs --project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--k must be auto or a whole number from 2 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--restarts must be a whole number from 1 to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--save needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k = %1: inertia %2, silhouette %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ← chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silhouette computed on a seeded sample of %1 of the %2 customers clustered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silhouette computed over all %1 customers clustered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scored customers left out: a feature is missing for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster the scored customers with k-means (k-means++ restarts, the lowest inertia kept) on z-scored features, name the clusters and describe them. The customers are scored as last saved in the workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the %1 clusters in the project as “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::ClvCommand</name>
    <message>
        <source>The .portrait project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the calibration period (default: the last purchase day; later purchases are the holdout check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time unit of the model: days or weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV horizon in months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly discount rate of the CLV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write clv.csv here (one row per customer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write params.json here (parameters, errors, holdout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the fit in the project: tag rules and exports then see p_alive, expected_purchases_90d and clv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--calibration-end must be a date like 2011-09-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unit must be days or weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--horizon-months must be a whole number from 1 to 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--discount-monthly must be a rate from 0 to below 1, e.g. 0.01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers	%1
repeat customers	%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BG/NBD	r %1	alpha %2	a %3	b %4	log-likelihood %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gamma-Gamma	p %1	q %2	gamma %3	log-likelihood %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holdout %1 – %2	actual %3	predicted %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 customers to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the BG/NBD churn and Gamma-Gamma spend models on the customers&apos; purchase days and give each customer P(alive), expected purchases and CLV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clv needs --project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the lifetime model in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::CoverageReport</name>
    <message>
        <source>warning: source coverage not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source coverage: %1 customers; %2 in orders, %3 in customers sources, %4 in surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  in every kind of source: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  only in orders: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  only in customers sources: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  only in surveys: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  with no order, customer record or survey answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::DedupeCommand</name>
    <message>
        <source>cannot write the review file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find customers entered more than once; merge the exact-key groups with --apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .portrait project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What duplicates share: phone, email, external_id, name+city (comma-separated; default phone,email,external_id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the candidate groups here (group,customer_id,key,value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the exact-key groups and record them; without it nothing changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dedupe needs --project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate groups: %1 (%2 by exact keys), %3 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out: %1 groups rejected before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used: %1 %2 is shared by %3 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged: %1 customers into %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::ExportAudience</name>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tag &quot;%1&quot;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a category, not a tag a customer has; name one of its tags: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the project has no groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown group &quot;%1&quot;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown group &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project has no tag dictionary; install one with `portrait tag --starter` or `--dictionary FILE.json`</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::ExportCommand</name>
    <message>
        <source>The .portrait project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the list here (.csv or .xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv or xlsx (default: from the file name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV encoding: utf-8 (with BOM) or gb18030.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write names, phones and e-mails unmasked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this segment (English or Chinese name); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this value tier: high, middle or low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated column keys (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cn8, rfm10, shop11 or a scheme file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantile, rfmpkg, ntile, mean or median.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score levels: 3, 4 or 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis date (default: the day after the latest order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers, segment and tier names in Chinese.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv or xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file .csv or .xlsx, or give --format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding must be utf-8 or gb18030.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding applies to CSV files only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tier must be high, middle or low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;; the columns are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of must be a date like 2024-12-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bins must be 3, 4 or 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method must be quantile, rfmpkg, ntile, mean or median.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export customers with their RFM results to CSV or XLSX. Names, phones and e-mails are masked unless --no-mask is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --project and --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown segment &quot;%1&quot;; the segments of %2 are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 customers to %2 (personal data masked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 customers to %2 (personal data NOT masked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers with this tag of the project&apos;s dictionary (full path, e.g. 价值等级/高价值); repeatable: all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers in this group of the project&apos;s dictionary; repeatable: all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers of this cluster of the project&apos;s saved clustering (its name or number); repeatable: any of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no saved clusters; make them with `portrait cluster --save NAME` or on the Analytics page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown cluster &quot;%1&quot;; the clusters of “%2” are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::ImportCommand</name>
    <message>
        <source>Imported %1 (%2, %3): %4 rows read, %5 accepted, %6 rejected, %7 without customer id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 distinct orders in the file, %2 stored for %3 customers (%4 new); %5 return orders; %6 cancellation rows; amount total %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers in the file (%2 new).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  rejected row %1%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .portrait project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding (default: detect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter (default: detect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map a role to a column: role=column (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders, customers or survey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For recency_days in customer-level data: the date they were counted to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs one FILE and --project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be orders, customers or survey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter must be one ASCII character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of must be a date like 2024-12-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook sheet to import (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump&apos;s or database&apos;s table to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --sheet or --table, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed source %1 from %2 (was %3): %4 rows read, %5 accepted, %6 rejected, %7 without customer id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new customers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new orders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed orders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders: %1 before, %2 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey answers: %1 before, %2 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed customers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--refresh needs a source id (see portrait info).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--refresh needs an existing project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row holding the column names (0: none; default: detect). Rows above it are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a column&apos;s type: column=text|integer|decimal|date|datetime (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace this source with FILE, read with the source&apos;s saved mapping, and report what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header-row must be 0 or a row number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a data file or a database table into a project (created when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file, or a database: postgresql://user@host/db or mysql://user@host/db (password from PORTRAIT_DB_PASSWORD, the keychain or a prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is for files; a database table brings its own columns and types.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::InfoCommand</name>
    <message>
        <source>source %1: %2 (%3, %4), imported %5: %6 rows, %7 rejected, %8 without customer, %9 orders stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what a project holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .portrait project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info needs --project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project: %1 (schema version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers: %1 (%2 with orders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders: %1 (%2 only returns), %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revenue: %1 purchases, %2 returns, %3 net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey answers: %1; rejected rows: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the bundled demo project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new .portrait file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample needs --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding (default: detect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect needs one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook sheet (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump&apos;s or database&apos;s table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row holding the column names (0: none; default: detect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a column&apos;s type: column=text|integer|decimal|date|datetime (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header-row must be 0 or a row number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print, as JSON, what import would make of a file or a database table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file, or a database URI (postgresql://…, mysql://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is for files; a database table brings its own columns and types.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::MigrateCommand</name>
    <message>
        <source>%1 → %2: %3 customers changed segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (loss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who moved from which segment to which between two dates or snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .portrait project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date (YYYY-MM-DD) or a snapshot&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the segment × segment matrix here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the customers who changed segment here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write, per tag, who entered and who left here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate needs --project, --from, --to and --out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::PasswordPrompt</name>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::ReportCommand</name>
    <message>
        <source>The .portrait project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the PDF report here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantile, rfmpkg, ntile, mean or median.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis date (default: the day after the latest order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report language: en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of must be a date like 2024-12-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method must be quantile, rfmpkg, ntile, mean or median.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 pages to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cn8, rfm10, shop11 or a scheme file (default: as last scored in the workbench, else shop11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the scoring last saved in the workbench; options on the command line take precedence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s title (default: as set in the workbench, else &quot;Customer segment report&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line below the title (default: as set in the workbench, else the project&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the segment report (title, findings, every dashboard chart, the segment table with actions, method and data quality) as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::RfmCommand</name>
    <message>
        <source>The .portrait project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis date (default: the day after the latest order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders of the last N days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score levels: 3, 4 or 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantile, rfmpkg, ntile, mean or median.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON file with cut points per dimension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cn8, rfm10, shop11 or a scheme file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net or exclude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders or days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum or average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write rfm.csv here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write segment names in Chinese.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of must be a date like 2024-12-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--window-days must be a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bins must be 3, 4 or 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method must be quantile, rfmpkg, ntile, mean or median.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--returns must be net or exclude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--frequency must be orders or days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--monetary must be sum or average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment	customers	share	revenue	revenue share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method %1, as of %2; cut points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score and segment the customers of a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rfm needs --project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheme: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 customers to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::SavedLifetime</name>
    <message>
        <source>warning: the saved lifetime model cannot be used (%1); p_alive, expected_purchases_90d and clv are missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::SnapshotCommand</name>
    <message>
        <source>the project has no snapshot “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted snapshot “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a snapshot of the segments, scores and tags as of a date (with the scoring saved in the workbench), list the snapshots, or delete one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .portrait project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score as of this date (default: the day after the latest order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot&apos;s name (default: Snapshot DATE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the snapshot with this name (or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot needs --project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --list, --delete N, or what to take (--as-of, --name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of must be a date like 2024-12-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took snapshot %1 “%2” as of %3: %4 customers, %5 scored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::TagCommand</name>
    <message>
        <source>Tag customers by the rules of a rules file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .portrait project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules file: one `tag/path = expression` a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write tags.csv (customer_id,tag) here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment scheme `segment` refers to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis date (default: the day after the latest order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag needs --project and --rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of must be a date like 2024-12-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a tag dictionary (JSON) into the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the starter tag dictionary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let --dictionary or --starter replace the project&apos;s dictionary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the project&apos;s tag dictionary as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print each tag&apos;s customers, share, revenue share and flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rules cannot be combined with the tag dictionary options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use either --dictionary or --starter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::TagDictionaryCommand</name>
    <message>
        <source>the project already has a tag dictionary (%1 tags); add --replace to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 tags and %2 groups into %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no tag dictionary: use --rules FILE, or install one with --starter or --dictionary FILE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::TimelineOptions</name>
    <message>
        <source>(default: as saved in the workbench)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--window-days must be a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--returns must be net or exclude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--frequency must be orders or days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--monetary must be sum or average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders of the last N days before each date %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score levels: 3, 4 or 5 %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantile, rfmpkg, ntile, mean or median %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON file with cut points per dimension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cn8, rfm10, shop11 or a scheme file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net or exclude %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders or days %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum or average %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write segment names in Chinese.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bins must be 3, 4 or 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method must be quantile, rfmpkg, ntile, mean or median.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved scoring cannot be read (%1); the defaults are used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::TrendCommand</name>
    <message>
        <source>Segment sizes and revenue at the first day of every week, month or quarter between two dates, each scored as `portrait rfm --as-of` would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .portrait project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first period is the one holding this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last period is the one holding this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month, week or quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write trend.csv here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trend needs --project, --from, --to and --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to must be dates like 2024-12-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--every must be month, week or quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n period(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portrait::Export::ClusterOutput</name>
    <message>
        <source>Cannot write: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Portrait::Export::ClvCsv</name>
    <message>
        <source>Cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Export::CsvListWriter</name>
    <message>
        <source>this system cannot encode GB18030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character cannot be encoded in GB18030</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Export::ListWriter</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Export::RfmCsv</name>
    <message>
        <source>Cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Export::TagsCsv</name>
    <message>
        <source>Cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Export::XlsxListWriter</name>
    <message>
        <source>%1 customers do not fit on one worksheet (at most %2); export them as CSV instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressing %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Io::ColumnMapping</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot; in the column mapping; valid roles are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping names a column &quot;%1&quot; for %2 that the file does not have; its columns are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot; in &quot;%2&quot;; write role=column with one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot; for %2; the columns are %3, or their numbers 1 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Io::CsvReader</name>
    <message>
        <source>Cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown text encoding &quot;%1&quot;; use UTF-8, UTF-16LE, UTF-16BE or GB18030.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text encoding %1 is not supported on this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not valid %1. Choose the file&apos;s encoding, or save it as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field is never closed: the quote that opens it has no partner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Io::DbCatalog</name>
    <message>
        <source>The database %1 has no table this user may read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which table of %1 to read with --table; it has: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has no table or view “%2” this user may read; it has: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Io::DbConnection</name>
    <message>
        <source>Portrait has no %1 driver here: install the Qt SQL plugin (on Debian, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 cannot be quoted safely for %2; rename it or read it through a view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 from %2 was cancelled; the project is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the %1 server %2: %3. Check the host, port or socket and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 server %2 refused user “%3”: wrong password or no access (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 server %2 has no database “%3” (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 server %2 has no table %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the %1 server %2 was lost while reading %3: %4. The project is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %1 server %2 stopped reading %3 after the statement timeout of %n second(s) (statement_timeout in the address): %4. The project is unchanged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 server %2 reported: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 server %2 could not read %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Io::DbCredentials</name>
    <message>
        <source>The OS keychain could not be read (%1); it was passed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain did not answer; the password was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain refused to save the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given: set PORTRAIT_DB_PASSWORD, save it in the keychain from the workbench&apos;s database form, or run the command in a terminal to be asked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Io::DbTableReader</name>
    <message>
        <source>Reading the columns of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returned no count.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Io::DbUri</name>
    <message>
        <source>%1 must be a whole number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a database address: write postgresql://user@host:port/database or mysql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address names no database: add /DATABASE after the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option “%1”; the options are %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Io::MySqlStream</name>
    <message>
        <source>The connection gives no access to the MySQL client library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of Portrait reads MySQL only through Qt&apos;s driver.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Io::OrderState</name>
    <message>
        <source>purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunded in full</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Io::Platform</name>
    <message>
        <source>Taobao / Tmall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinduoduo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youzan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weidian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat shop (Channels / Mini Program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Douyin shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meituan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Io::RecordSource</name>
    <message>
        <source>The file holds no table with rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds %1 tables (%2); “%3” was read. Choose another with --table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no table “%1”; the tables are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has %1 sheets (%2); “%3” was read. Choose another with --sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sheet “%1”; the sheets are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Io::SqlDumpReader</name>
    <message>
        <source>Reading the dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump has no table named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the table %2 has no column &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have more values than the table has columns; the extra values are kept.</source>
        <translation>
            <numerusform>%n row has more values than the table has columns; the extra values are kept.</numerusform>
            <numerusform>%n rows have more values than the table has columns; the extra values are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>The dump is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment that starts on line %1 is never closed; the dump is cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted string that starts on line %1 is never closed; the dump is cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a bad escape \%2 in a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a malformed hexadecimal value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump ends unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a pg_dump archive in the custom format, which Portrait cannot read. Write a plain SQL dump with &quot;pg_dump --format=plain&quot;, or convert this one with &quot;pg_restore -f out.sql FILE&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump is compressed. Unpack it first, then open the .sql file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an SQLite database, not a dump; open it as an SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement that starts on line %1 is cut short: the dump ends before its &apos;;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: unexpected &quot;%2&quot; in the statement that starts on line %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the dump rolls its transaction back, so the tool that wrote it met errors and its data is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump is cut short: the transaction that begins on line %1 has no COMMIT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump is cut short at line %1: it lacks the closing comment the dump tool writes at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: COPY with options is not supported; write the dump with plain pg_dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: DELIMITER without a delimiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the row has %2 values for %3 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a value is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a value; a dump row can only hold literal values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: char() of a value that is not a character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a bad escape in unistr().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the function %2() is not supported in dump values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The COPY data for %1 that starts on line %2 is cut short: the dump ends before its \. line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the dump is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Io::SqliteTableReader</name>
    <message>
        <source>Cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an SQLite database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the SQLite database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the SQLite database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no table named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Io::TypeDetector</name>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspecting the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) do not have %1 fields like the first row; missing fields are read as empty, extra fields are kept.</source>
        <translation>
            <numerusform>%n row does not have %1 fields like the first row; missing fields are read as empty, extra fields are kept.</numerusform>
            <numerusform>%n rows do not have %1 fields like the first row; missing fields are read as empty, extra fields are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the type override “%1”; write column=type with a type of text, integer, decimal, date or datetime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column “%1” in the type override “%2”; the columns are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Io::XlsxArchive</name>
    <message>
        <source>%1 (part %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password-protected workbook: save it without a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a legacy Excel (.xls) file, not an .xlsx workbook: open it in Excel or WPS and save it as .xlsx or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an .xlsx workbook, or the file is damaged: it is not a readable zip archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the workbook is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip directory is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip entry is damaged or uses an unsupported compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: reading a zip entry that is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip entry is damaged (inflate error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip entry inflates to more than its declared size or the limit of %1 MiB; refusing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip entry is compressed more than %1:1, which real workbooks never are; refusing it as a zip bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip entry is shorter than declared; the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip entry is damaged (checksum mismatch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part is larger than %1 MiB; refusing it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Io::XlsxReader</name>
    <message numerus="yes">
        <source>%n row(s) are wider than the first row; their extra cells are kept.</source>
        <translation>
            <numerusform>%n row is wider than the first row; its extra cells are kept.</numerusform>
            <numerusform>%n rows are wider than the first row; their extra cells are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheet &quot;%1&quot;; its sheets are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sheet &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Io::XlsxSheetParser</name>
    <message>
        <source>A number cell holds text that is not a number; it is kept as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date cell holds 1900-02-29, a day Excel counts but that never was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1%2 holds text that is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1%2 refers to shared string &quot;%3&quot;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells with the error value %1 are read as empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet ends before its data does; the workbook is truncated or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed sheet XML near byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1%2 holds an unknown or malformed character reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1%2 holds more than 16 MiB of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 is beyond Excel&apos;s limit of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 starts before row %2 ends; the sheet is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row number &quot;%1&quot; is not after row %2; the sheet is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell &quot;%1&quot; is beyond Excel&apos;s limit of %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell &quot;%1&quot; is missing a column or comes after column %2; the sheet is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Io::XlsxWorkbook</name>
    <message>
        <source>Shared string %1 holds an unknown or malformed character reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared strings exceed %1 MiB; refusing them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared strings are not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML holds a document type declaration (&lt;!DOCTYPE&gt;); it is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed XML at line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no worksheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Io::XlsxXmlTokenizer</name>
    <message>
        <source>A text run is longer than 64 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML ends inside a comment or processing instruction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment is longer than 64 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML is not in UTF-8; only UTF-8 workbooks are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML holds a document type declaration (&lt;!DOCTYPE&gt;); workbooks never do, and entities are not expanded, so the part is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed XML: &apos;&lt;&apos; inside a tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML ends inside a tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag is longer than 64 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed XML: a tag without a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs</name>
    <message>
        <source>Cleaning was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::CleanJob</name>
    <message>
        <source>Cleaning was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::ClusterFeatures</name>
    <message>
        <source>“%1” is not a numeric feature; the features are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one feature; the features are: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a numeric feature.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::ClusterJob</name>
    <message>
        <source>k must be between 2 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k = %1 is more clusters than there are different customers: the %2 customers clustered have only %3 distinct combinations of the features. Choose k ≤ %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing k by silhouette needs at least three customers and two different combinations of the features; there are %1 customers with %2 distinct ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitting k-means (k = %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitting k-means (k = %1 … %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing silhouettes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clustering was cancelled.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::DataQuality</name>
    <message>
        <source>%1: rows rejected (bad dates, numbers or missing required values); they are not in any figure. The Data page lists each row, column and reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rows without a customer id; they count in the file&apos;s totals but belong to no customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: orders made only of returns (their purchase lies before the data, or elsewhere). They are not purchases; with returns counted net they lower their customers&apos; spend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancellation rows (an order id starting with C); they were read as returns of their customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers who returned more than they bought: their net spend is below zero, which puts them at the bottom of monetary. Excluding returns scores what they bought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers who returned more than they bought (net spend below zero); returns are excluded from the scores, so only their purchases count. Export the list to check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers with no orders (from a customers or survey source only); they are not scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers are not scored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers not scored: no purchase in the window up to the as-of date %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::DatabaseImport</name>
    <message>
        <source>Source %1 (%2) was not read from a database; refresh it from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the lines dated %1 and later (the last day already read, again, and every day after it); earlier days were kept as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines were rejected; the first %2 are listed with their reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders have lines that name more than one customer; each was counted with the smallest customer id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::DatabasePull</name>
    <message>
        <source>Reading the customers&apos; latest details from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summing the orders of %1 by customer and day on the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::DedupeJob</name>
    <message>
        <source>Finding duplicates was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouping duplicates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::DisplaySettings</name>
    <message>
        <source>%1: the saved currency &quot;%2&quot; is not one of CNY, USD, EUR or none.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::Import</name>
    <message>
        <source>No column is mapped to %1 (an amount may also come from quantity × unit_price). Columns in the file: %2. Use --map role=column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “%1”: no day in it is above 12, so day/month order cannot be told from the data; it was read as day/month/year. Check a few dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 to detect its columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no data rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recency_days needs the date it was counted to: give --as-of YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; the project is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows were rejected; they are listed with their reasons in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows have no customer id; they are counted but belong to no customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines name another customer than the first line of their order; they were counted with the order&apos;s first customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows would be rejected; the first are listed with their reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::Mismatch</name>
    <message>
        <source>Its orders run from %1 to %2, the project&apos;s from %3 to %4: not one day in common, and %5 days apart (more than %6, so not simply the next month&apos;s export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not one of its %1 customer ids is among the project&apos;s %2 customers (the file&apos;s look like %3; the project&apos;s like %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its median order amount is %1, the project&apos;s %2: a factor of %3 apart (the warning starts at %4). The amounts may be in another currency or unit, such as cents instead of yuan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::PlatformReport</name>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file has no customer id column (shop platforms&apos; anonymised reports leave it out), so no customer profiles, RFM scores or tags can be made from it. Its %n order(s) are kept for order-level analysis on the Data page: orders by province and day, payment conversion and refund share. If a column does name the buyer, map it to customer_id.</source>
        <translation>
            <numerusform>The file has no customer id column (shop platforms&apos; anonymised reports leave it out), so no customer profiles, RFM scores or tags can be made from it. Its %n order is kept for order-level analysis on the Data page: orders by province and day, payment conversion and refund share. If a column does name the buyer, map it to customer_id.</numerusform>
            <numerusform>The file has no customer id column (shop platforms&apos; anonymised reports leave it out), so no customer profiles, RFM scores or tags can be made from it. Its %n orders are kept for order-level analysis on the Data page: orders by province and day, payment conversion and refund share. If a column does name the buyer, map it to customer_id.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) are not purchases (%1): they are listed with their status on the Data page and are not scored.</source>
        <translation>
            <numerusform>%n order is not a purchase (%1): it is listed with its status on the Data page and is not scored.</numerusform>
            <numerusform>%n orders are not purchases (%1): they are listed with their status on the Data page and are not scored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) are not purchases (%1): the import will list them with their status and not score them.</source>
        <translation>
            <numerusform>%n order is not a purchase (%1): the import will list it with its status and not score it.</numerusform>
            <numerusform>%n orders are not purchases (%1): the import will list them with their status and not score them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) have an order status Portrait does not know (%1); read as purchases.</source>
        <translation>
            <numerusform>%n line has an order status Portrait does not know (%1); read as a purchase.</numerusform>
            <numerusform>%n lines have an order status Portrait does not know (%1); read as purchases.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 customer ids are masked (like %3): the platform hid part of each id, so different buyers whose ids look alike are merged into one customer. Export the report with full buyer ids if the platform allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like a %1 order export; its preset mapping was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order level: %1 orders, %2 paid (payment conversion %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; not purchases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; refunds %1 of %2 paid (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders refunded in full (counted as returns): %1; refunded in part (net amount lowered): %2.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::Refresh</name>
    <message>
        <source>The source is a %1 source, which cannot be refreshed from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved mapping of the source cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer attributes from the previous file stay where the new file leaves them empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::Removal</name>
    <message>
        <source>Saving a copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created for the copy of the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::RfmJob</name>
    <message>
        <source>“%1” is neither a preset (%2) nor an existing scheme file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the thresholds file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a thresholds file (JSON object expected): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a list of cut points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds a value that is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::RfmSettingsJson</name>
    <message>
        <source>The saved scoring settings are damaged (field “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved scoring settings were written by a newer Portrait; the defaults are used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::RowReader</name>
    <message>
        <source>the order date is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity and unit price are both needed for the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS must be a whole number from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields; the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::Sample</name>
    <message>
        <source>Generating the demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::SourcePreview</name>
    <message>
        <source>The file holds no table with rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Libraries</name>
    <message>
        <source>windows, threads, the SQLite driver, translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dashboard&apos;s charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file (public domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matrix arithmetic for the analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading Excel workbooks (with zlib)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing Excel workbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese text in the report and the charts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Project</name>
    <message>
        <source>Loading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Portrait (schema version %2; this version reads up to %3). Please update Portrait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no source %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 numbers a customer %2: the file was not written by Portrait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 numbers its customers up to %2, beyond the %3 Portrait can load: the file was not written by Portrait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a snapshot of this project at its schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot %1 is gone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Project::CampaignStore</name>
    <message>
        <source>There is already a campaign named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Project::ClusterStore</name>
    <message>
        <source>%1: the saved clustering is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clusters for k = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a customer in cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every cluster needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two clusters are called “%1”; cluster names must differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved clustering needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clustering is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 customers, the clustering %3: its customers changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no clustering called “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Project::MergeStore</name>
    <message>
        <source>The project has no customer %1 to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no customer %1 to merge into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 can no longer be undone: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a later merge into the same customer must be undone first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer %1 exists again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the orders or answers it moved have changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no merge %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Project::ProjectFile</name>
    <message>
        <source>%1 already exists; choose another name or open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Portrait project (it is not a SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in another Portrait (process %2 on %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver gave no usable connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or not a database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its header cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its schema cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not a Portrait project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty database, not a Portrait project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Project::RowSnapshot</name>
    <message>
        <source>The project has no table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 has no column %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Project::SnapshotStore</name>
    <message>
        <source>%1 has no snapshot %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the snapshot was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a snapshot named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot needs a name.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Portrait::Project::TagStore</name>
    <message>
        <source>duplicate id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: tag %2 (&quot;%3&quot;) is invalid: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: customer &quot;%2&quot; is not in the project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Rfm::RfmRun</name>
    <message>
        <source>RFM score weights must be zero or more, and not all zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The low tier bound (%1) is above the high one (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheme &quot;%1&quot; is written for %2 score levels, but method %3 gives %4: pick a matching method or scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Rfm::SchemeFile</name>
    <message>
        <source>expected text in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected [lower, upper], whole numbers from 1 to %1 with lower &lt;= upper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: expected an object {&quot;name&quot;: ..., &quot;r&quot;: [lower, upper], ...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1, field &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every rule needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (known: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a colour like &quot;#1a9850&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Portrait scheme file (expected &quot;portrait-scheme&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a version number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer Portrait (version %1); this one reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 2, 3, 4 or 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected quantile, rfmpkg, ntile, mean, median or thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean and median give exactly 2 score levels; the other methods 3 to 5 (bins is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;rfm&quot; or &quot;r_vs_fm&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object {&quot;format&quot;: &quot;portrait-scheme&quot;, ...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;rules&quot;: expected a list with at least one rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the scheme file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the scheme file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Rfm::SchemeLint</name>
    <message>
        <source>Rule %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can never match: its %2 range %3–%4 is empty (scores run from 1 to %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can never match: every cell it covers is taken by rules before it (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells that match no rule and fall to &quot;%1&quot; (%2 of %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Rfm::Scoring</name>
    <message>
        <source>%1 thresholds: %2 score levels need %3 cut points, got %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 thresholds must be in ascending order: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of score levels must be 3, 4 or 5, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has a purchase to score (check the as-of date and the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>many customers share the same value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>most customers bought once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: bins collapsed, %2 cut points give only %3 distinct scores (%4); cut points: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantiles (equal values share a score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R package rfm 0.3.0 (quantiles + 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal-count tiles (NTILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above / below the mean (2 levels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above / below the median (2 levels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monetary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ntile ranks customers into equal-count bins: equal values may be split between scores (offered only to compare with tools that do this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ntile gave equal values different scores (tile boundaries inside a run of equal values: %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Tags::AutoTagger</name>
    <message>
        <source>tags depend on each other in a cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Tags::DictionaryTagger</name>
    <message>
        <source>uses tag &quot;%1&quot;, whose rule has an error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Tags::Features</name>
    <message>
        <source>Whole days from the last purchase in the window to the as-of date (RFM recency). Missing when the customer has no purchase in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct orders in the window, returns not counted (RFM frequency). 0 when the customer has orders outside the window only; missing when nothing is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net amount in the window: purchases minus returns (RFM monetary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average order value: monetary / frequency. Missing when frequency is 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the customer&apos;s first purchase on or before the as-of date (any window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole days from the first purchase to the as-of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean days between consecutive purchase days in the window: (last − first) / (purchase days − 1). Missing with fewer than two purchase days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the window&apos;s orders bought on promotion, 0–1, over the orders whose promotion flag is known. Missing when no order has the flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned amount / purchased amount in the window, 0–1. Missing when nothing was purchased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel of most of the window&apos;s orders; ties go to the larger amount, then the name. Missing when no order has a channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category of most of the window&apos;s orders; ties as for top_channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment method of most of the window&apos;s orders; ties as for top_channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of distinct categories among the window&apos;s orders. Missing when no order has a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age in whole years at the as-of date from the birth date, else the age a source gave. Missing when neither is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender as imported (e.g. 男, 女).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province as imported, e.g. 北京, 广东.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City as imported, e.g. 深圳.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 0–10 answer of the customer&apos;s latest survey response. Missing without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From latest_nps: 推荐者 (9–10), 被动者 (7–8), 贬损者 (0–6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The satisfaction score of the customer&apos;s latest survey response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s segment in the current RFM run, by the segment&apos;s name. Missing for customers who were not scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value tier from the RFM score: 高 (&gt;= 80), 中 (40–80), 低 (&lt; 40) by default. Missing for customers who were not scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a feature needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature %1 has %2 values for %3 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s cluster in the project&apos;s saved k-means clustering (Analytics page, `portrait cluster --save`), by the cluster&apos;s name. Missing for customers who were not clustered, and for everyone while the project has no saved clustering.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Tags::Lexer</name>
    <message>
        <source>a number cannot run into letters; put a space or an operator between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text in quotes is not closed; add %1 at its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown escape in quotes: write \&quot; for a quote and \\ for a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &quot;!&quot;; did you mean &quot;not&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &quot;&amp;&quot;; did you mean &quot;and&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &quot;|&quot;; did you mean &quot;or&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a \ outside quotes must be the last character of its line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a feature name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Tags::Parser</name>
    <message>
        <source>expected %1 %2, found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule is nested too deeply; split it into several tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unmatched &quot;)&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an operator such as and, or, = here, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparisons cannot be chained; join them with &quot;and&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after &quot;starts&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between the two bounds of &quot;between&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after &quot;is&quot; (write &quot;is missing&quot; or &quot;is not missing&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after &quot;in&quot; (write in (&quot;a&quot;, &quot;b&quot;))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list after &quot;in&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to close the list after &quot;in&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to close the &quot;(&quot; at column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule ends too early: expected a value, a feature or &quot;(&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value, a feature or &quot;(&quot;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to close the arguments of %1(</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Tags::RulesFile</name>
    <message>
        <source>expected &quot;tag path = condition&quot;, e.g. 行为特征/消费行为/高频 = frequency &gt;= 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag path &quot;%1&quot; has an empty level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag path &quot;%1&quot; has %2 levels; at most %3 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag &quot;%1&quot; already has a rule on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the rules file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rules file is not UTF-8 text; save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Tags::StarterDictionary</name>
    <message>
        <source>en</source>
        <comment>The language of the starter tag dictionary&apos;s texts: resources/data/starter_dictionary.LANG.json, en for English</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Tags::TagDictionary</name>
    <message>
        <source>a name cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name cannot contain &quot;/&quot;: it separates the levels of a tag path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name cannot start or end with a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name can have at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a tag &quot;%1&quot; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent tag does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags have at most %1 levels; &quot;%2&quot; is already at level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag cannot be moved under itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags have at most %1 levels: &quot;%2&quot; does not fit there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a group &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag &quot;%1&quot; has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent of tag &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag &quot;%1&quot; is at level %2; tags have at most %3 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every tag must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;children&quot; of tag &quot;%1&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid JSON file: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Portrait tag dictionary (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dictionary was written by a newer Portrait (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Tags::TypeChecker</name>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a condition (true/false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a condition %1, but %2 is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (e.g. %1 &gt; 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;-&quot; needs a number, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after &quot;not&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on both sides of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a function: write %1(…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown feature &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1() takes %n argument(s), not %2</source>
        <translation>
            <numerusform>%1() takes %n argument, not %2</numerusform>
            <numerusform>%1() takes %n arguments, not %2</numerusform>
        </translation>
    </message>
    <message>
        <source>has_tag() takes one tag name in quotes: has_tag(&quot;高价值&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantile() needs a number feature, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the second argument of quantile() is a share from 0 to 1, e.g. 0.8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days_since() needs a date, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days_since() needs an as-of date, and the project has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date() takes one date in quotes: date(&quot;2024-01-01&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown function &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot calculate with %1 and %2 here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date as &quot;YYYY-MM-DD&quot;, e.g. &quot;2024-01-31&quot;; found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compare %1 with %2 using %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown segment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can only be compared with = or !=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list after &quot;in&quot; may hold only values, such as &quot;北京&quot; or 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;between&quot; needs numbers or dates, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs text on its left, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs text in quotes on its right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names several tags; write the full path, e.g. &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the whole rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Timeline::Campaign</name>
    <message>
        <source>95 % confidence interval %1 to %2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treated customers responded %1 points more often than the control group (%2): the campaign made a significant difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treated customers responded %1 points less often than the control group (%2): significantly worse than doing nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The difference of %1 points between treated and control customers is within what chance gives (%2): not significant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict: the treated or the control group is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Timeline::CampaignJob</name>
    <message>
        <source>A campaign needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control group must be more than 0 % and less than 100 % of each segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a campaign named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scored customer matches the selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation window must be at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no campaign named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no saved clusters to select by; make them on the Analytics page or with `portrait cluster --save NAME`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown cluster “%1”; the clusters of “%2” are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n picked customer(s) are not in the project, e.g. “%1”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portrait::Timeline::Comparison</name>
    <message>
        <source>“%1” is neither a date (YYYY-MM-DD) nor a snapshot of the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring as of %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Timeline::Migration</name>
    <message>
        <source>(new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not scored)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Timeline::Selection</name>
    <message>
        <source>; did you mean “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown segment “%1”; the segments of %2 are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tag “%1”%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule of tag “%1” has an error; fix it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown group “%1”%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group “%1” has an error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no tag dictionary: there are no tags or groups to select by.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Timeline::Snapshot</name>
    <message>
        <source>taken by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after a refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Timeline::SnapshotJob</name>
    <message>
        <source>Scoring for the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the snapshot “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshot was taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved scoring cannot be read (%1); the snapshot uses the defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (refresh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot “%1” taken as of %2 (%3 customers scored).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Timeline::TimelineCsv</name>
    <message>
        <source>Cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Timeline::Trend</name>
    <message numerus="yes">
        <source>Scoring at %n date(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The trend was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::AboutDialog</name>
    <message>
        <source>About Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait — Customer Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM scoring, segments, tags and customer cards for marketing analysts; everything runs on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hover over a library for where it comes from. Each keeps its own licence; the texts come with the installed packages (on Debian, /usr/share/doc/*/copyright).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::AnalyticsPage</name>
    <message>
        <source>&amp;Clusters</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::CampaignActions</name>
    <message>
        <source>The project has no campaign named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::CampaignPanel</name>
    <message>
        <source>New Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Control group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments (any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags (all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups (all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the control group of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording campaign “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded “%1”: %2 treated, %3 in the control group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record campaign “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The orders end on %1, before the window&apos;s last day: the figures may still grow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) are no longer in the project and count as not responding.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uplift (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response rate, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters (any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Treated…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Co&amp;ntrol…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clusters of “%1”, the project&apos;s saved clustering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no saved clusters; make them on the Analytics page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1” (Undo brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete campaign “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) are no longer in the project and are not in the list.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 treated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the customers picked on the Customers page: the lists above decide alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only the %n customer(s) picked on the Customers page (narrowed further by any segment, tag, group or cluster ticked above).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Back to All Customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::CardText</name>
    <message numerus="yes">
        <source>%n day(s) since the last purchase</source>
        <translation>
            <numerusform>%n day since the last purchase</numerusform>
            <numerusform>%n days since the last purchase</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>spend %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranked into equal-count groups (ntile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (born %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored: no purchase before the as-of date %1 (only returns, or orders outside the window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed in &lt;b&gt;%1&lt;/b&gt; by rule %2 of %3 (%4): the first rule of the scheme that matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule of the scheme matches these scores, so the customer falls to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules checked before it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM score %1 of 100 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promoter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data has no channel, category, payment or survey details for this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders and spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a while ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longest ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>most recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <comment>score level</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <comment>score level</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>middle</source>
        <comment>score level</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower middle</source>
        <comment>score level</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper middle</source>
        <comment>score level</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowest</source>
        <comment>score level</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highest</source>
        <comment>score level</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 — the %3 does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>score range</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>dimension: score words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FM is the mean of the F and M scores, rounded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores run from 1 to %1; higher is better (R: more recent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lifetime model yet: fit one on the Analytics page to see churn risk and value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchase on or before %1, the lifetime model&apos;s calibration end: no churn or value estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;P(alive) %1 %&lt;/b&gt;: the churn model&apos;s chance that this customer still buys, as of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 purchases&lt;/b&gt; expected in the 90 days after %2 (purchase days, several orders on one day count once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;CLV %1&lt;/b&gt;: the spend expected over the next %n month(s), discounted %2 % a month.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No CLV: the spend model was not fitted (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged ids</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::ChartCard</name>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as an image or a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG vector image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::ChartExport</name>
    <message>
        <source>Could not write the chart to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart exported from Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG vector image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image could not be drawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::CleanPage</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning steps, applied in this order to the imported values (which stay in the project):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers are the same person when they share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same name in the same city is a weaker rule: its groups are only proposed, never merged by “accept all exact-key groups”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the cleaning pipeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s values are cleaned by the steps shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s values are as imported. The default pipeline is previewed: Apply to clean them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: nothing was changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaned %1 customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one thing duplicates share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duplicate customers found (%1 groups rejected before).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duplicate customers found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1 customers into others; %2 decisions remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1 changed, %2 flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns (%1 customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 distinct → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings (kept, listed here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the selected step (Delete in the list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the selected step up (Ctrl+Up in the list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the selected step down (Ctrl+Down in the list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previe&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo last &amp;change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k for duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected step&apos;s options (double-click or Enter in the list).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::ClusterProfilesModel</name>
    <message>
        <source>close to the average on every feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median %1 in this cluster, %2 over all clustered customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to rename the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What sets it apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::ClusterScatter</name>
    <message>
        <source>No clusters yet: choose the features and k, then Fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal axis 1 (%1% of the spread)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal axis 2 (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::ClusteringPanel</name>
    <message>
        <source>Clustering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log1p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the features to cluster on; log1p tames the long tail of counts and amounts. Each feature is z-scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto: best silhouette, 2–8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters (k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed gives the same clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the clustering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save in project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved clusters are used by the customer table, exports (--cluster), tag rules (cluster) and the customer card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one feature to cluster on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit clusters (k = %1 by silhouette)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit %1 clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1 clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another cluster is already called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename cluster “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the clustering a name to save it under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project with scored customers to cluster them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clusters yet: choose the features and k, then Fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clusters of %2 customers; inertia %3, silhouette %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silhouette on a seeded sample of %1 customers (it is exact below %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silhouette exact, over every clustered customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the project as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: Save keeps these clusters in the project.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::CustomerCard</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous customer of the list (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next customer of the list (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why in this segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences and survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn risk and value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::CustomerTableModel</name>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases next 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::CustomersPage</name>
    <message>
        <source>All tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search id, name, phone, e-mail, province or city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export This List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the customers shown, in their current order, as CSV or Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag Selected Customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Tag from Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the score filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the score filter: show customers of any score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;lumns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns shown (also a right click on the column headers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Phone and E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In no cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers and e-mail addresses are masked on screen (138****5678) until you show them; Portrait remembers the choice until it is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;Campaign from Selection…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::CutPanel</name>
    <message>
        <source>Recency: days since the last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monetary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis stops at the 99th percentile (%1); the %2 customers above it are in the hatched last bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut point %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A logarithmic axis spreads the many small values, where most cut lines are, and keeps the long tail in view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) below zero (their returns exceed their purchases) are in the bar left of the axis.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::DataPage</name>
    <message>
        <source>&amp;Import Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add orders, customers or survey answers from CSV, Excel, a database dump or a SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh from Newer File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-import the selected source from a newer file with the same mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers (%2 with orders) · %3 orders, %4 of them returns only · %5 survey answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders from %1 to %2 · purchases %3, returns %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This source rejected no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows: the first %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected source out of the project: its orders, answers and rejected rows, and the customers it alone brought. Edit › Undo puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::DatabaseDialog</name>
    <message>
        <source>Password of %1 on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MariaDB / MySQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: this computer, through its socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: from the keychain or PORTRAIT_DB_PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is turned off here (PORTRAIT_DB_KEYCHAIN=off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table or view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait only reads: it opens a read-only session, sums the orders on the server and never writes the password into the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the socket folder, e.g. /var/run/postgresql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the socket file, e.g. /run/mysqld/mysqld.sock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected (%1): %n table(s) and view(s) to read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1
The password is kept until Portrait closes; you will be asked again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soc&amp;ket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::DisplayFormat</name>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>A long date without the weekday, as QDate::toString() patterns: Chinese &quot;yyyy年M月d日&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::DropZone</name>
    <message>
        <source>Drop a project (.portrait), or a CSV, Excel or database dump file to import, here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::DuplicateReviewDialog</name>
    <message>
        <source>Review duplicate customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Group %1: %n customers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>exact keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and city only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept (imported first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values shared by too many customers to say who is who, not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all &amp;exact-key groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted groups are merged into the customer imported first; every order, survey answer and tag is kept and the other ids stay as aliases. Rejected groups are not proposed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 groups: %2 to merge, %3 rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::ExportDialog</name>
    <message>
        <source>Export List</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) will be written, in the order shown.</source>
        <translation>
            <numerusform>%n customer will be written, in the order shown.</numerusform>
            <numerusform>%n customers will be written, in the order shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (comma-separated text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with BOM (opens correctly in Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB18030 (older Chinese software)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mask personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data: masked unless you untick &quot;Mask personal data&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, phone numbers and e-mail addresses are partly hidden, e.g. 张*, 138****5678, a***@example.com. Untick only when the recipient may see full contact details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file will contain full names, phone numbers and e-mail addresses. Store and share it as personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(row %1, column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::FittingChoices</name>
    <message numerus="yes">
        <source>This scheme&apos;s rules are written for %n score level(s), which this choice cannot give.</source>
        <translation>
            <numerusform>This scheme&apos;s rules are written for %n score level, which this choice cannot give.</numerusform>
            <numerusform>This scheme&apos;s rules are written for %n score levels, which this choice cannot give.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::GovernanceModel</name>
    <message>
        <source>rule error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unused: no rule, nobody assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in no group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::GroupBuilder</name>
    <message>
        <source>Example: has_tag(&quot;高价值&quot;) and has_tag(&quot;沉睡&quot;) and segment != &quot;Lost&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the customers of this group as a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::HeatmapChart</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers by R and F score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean spend by R and F score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R %1 · F %2
%3 customers
Mean spend %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency score (F), higher = more orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency score (R), higher = more recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to list these customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::HelpDialog</name>
    <message>
        <source>Portrait Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is RFM?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::HelpTopics</name>
    <message>
        <source>Portrait in five minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project is one file (.portrait) on this computer; nothing leaves it unless you export. Start one with Import a File… on the welcome screen, or File › New Project… and then Import Data… on the Data page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import wizard shows the first rows, proposes which column is the customer id, the order id, the date and the amount, checks every row and tells you which it would reject and why. Nothing is written until you press Import; afterwards Undo This Import, or Edit › Undo, takes it back. When a file does not look like the project (other dates, other customers, amounts in another currency) the wizard says so and offers a new project instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: the imported sources, their counts and every rejected row; Remove Source takes a file out again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM: how customers are scored (method, levels, as-of date, window) with the histograms and cut lines you can drag, and the segment scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments: the dashboard; click a segment or a heatmap cell to list its customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers: filter, sort and export; double-click a customer for the card that explains their segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: the tag dictionary, rules with live counts, and groups of tags for campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues: what to check before trusting the numbers, each with a button that deals with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change of the scoring, every tag set by hand, every import and every removed source is one step of Edit › Undo. Before a source is removed, a copy of the whole project is saved in the folder NAME.snapshots beside it; open that copy to get everything back even after closing Portrait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenting and exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5 shows the segments full screen for a meeting; Present › Export Report… writes a PDF. Lists of customers are exported with phone numbers, e-mail addresses and names masked unless you turn that off; each chart exports as PNG, SVG or PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is RFM?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM sorts customers by three facts of their orders, which together say more about their value than any one of them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R, recency: how many days ago the customer last bought (fewer is better).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F, frequency: how many orders they placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M, monetary: how much they spent, net of returns unless returns are excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores and codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each of R, F and M becomes a score from 1 to 5 (or 1 to 3, 1 to 4, or two levels), 5 being best: the customers are split at cut points, by default the quantiles, so each score holds about as many customers. The three scores make a code: 545 is a customer who bought recently, often and much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When most customers bought only once, several frequency scores collapse into one; the RFM page and the Issues page say so and show the cut points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A segment scheme turns codes into names with an action: Champions buy recently, often and much; At Risk bought often but long ago; Lost bought little, long ago. The first rule a customer matches decides. The Classic 8 classes scheme (重要价值客户 …) uses two levels: above or below the average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers without a purchase up to the as-of date are listed but not scored. Change the as-of date or the window on the RFM page to score a past period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::HistogramChart</name>
    <message>
        <source>Distribution of recency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution of frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution of monetary value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since the last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, clipped at the 99th percentile (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score cut points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::HistogramWidget</name>
    <message>
        <source>Drag a cut line, or focus it (Tab) and move it with the arrow keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) with negative net spend: their returns exceed their purchases.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::ImportPage</name>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows are written in one step: if the import stops, the project stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows (kept in the project with their reasons):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 as source %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a copy of the project for Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close keeps the import; Undo This Import, or Edit › Undo later, takes it out again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::ImportWizard</name>
    <message>
        <source>Import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo This Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::IssuesPage</name>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No issues: every row was imported and every customer scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open RFM Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Scheme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most severe first. Each button deals with its finding; double-click a finding about a file to see its rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Clean Page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::LifetimeCharts</name>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdout %1 – %2: purchase days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat purchases in the calibration period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers by P(alive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(alive), up to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::LifetimePanel</name>
    <message>
        <source>Hold out the orders after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit on the orders up to this day and check the prediction against the orders after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> % a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV horizon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fitted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit lifetime model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lifetime model yet: choose the settings and fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdout check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers by P(alive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitted on %1 customers (%2 with repeat purchases) up to %3, in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdout check: no orders after the calibration end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BG/NBD log-likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gamma-Gamma log-likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency–spend correlation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment or cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::MainWindow</name>
    <message>
        <source>Portrait — Customer Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;Demo Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheme&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait projects (*.portrait);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Demo Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo.portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait projects (*.portrait)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;gments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;oring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;RFM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issues (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers.portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; open it, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change scoring to %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scoring settings could not be saved in the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved scoring could not be applied (%1); the toolbar&apos;s scoring is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected customers already have &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected customers has &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set &quot;%1&quot; on %n customer(s).</source>
        <translation>
            <numerusform>Set &quot;%1&quot; on %n customer.</numerusform>
            <numerusform>Set &quot;%1&quot; on %n customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed &quot;%1&quot; from %n customer(s).</source>
        <translation>
            <numerusform>Removed &quot;%1&quot; from %n customer.</numerusform>
            <numerusform>Removed &quot;%1&quot; from %n customers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Go on without these tag edits? Cancel keeps the project open, so that you can try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the project?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its %1 orders, %2 rejected rows and any survey answers go, and so do the customers no other source has. A copy of the whole project is saved first in %3; Edit › Undo puts the source back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1: %2 orders, %3 survey answers, %4 rejected rows, %5 customers. A copy from before is at %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step could not be undone or redone; the project is unchanged and the undo history was cleared. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers-to-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait &amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Is &amp;RFM?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created for the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data files (*.csv *.txt *.tsv *.xlsx *.sql *.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;Title…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¥ Yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$ Dollar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>€ Euro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clea&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lifetime model could not be saved in the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn and lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No currency sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::ManualTagDialog</name>
    <message>
        <source>Tag Selected Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Tag from Selected Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set a tag by hand on the %n selected customer(s):</source>
        <translation>
            <numerusform>Set a tag by hand on the %n selected customer:</numerusform>
            <numerusform>Set a tag by hand on the %n selected customers:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove a hand-set tag from the %n selected customer(s):</source>
        <translation>
            <numerusform>Remove a hand-set tag from the %n selected customer:</numerusform>
            <numerusform>Remove a hand-set tag from the %n selected customers:</numerusform>
        </translation>
    </message>
    <message>
        <source>Search tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected customers with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag dictionary has no tag that is set by hand. To add one, open the Tags page, click Add tag and leave the new tag&apos;s rule empty; then select customers here again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected customers has a tag set by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::MappingPage</name>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what each column means. The roles were proposed from the column names and values; a type you set is checked on every row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the whole file to detect the column types…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All the roles this kind of data needs are mapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed: %1. (An amount may also come from quantity × unit price.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::MedianChart</name>
    <message>
        <source>Median recency, frequency and monetary per segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: median %2 days since the last purchase, %3 purchases, spend %4
Click to list them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::MigrationPanel</name>
    <message>
        <source>A date (YYYY-MM-DD) or a snapshot&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With &amp;tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the &amp;Previous Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Movers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags Entered / Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has fewer than two snapshots: nothing to compare yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n customer(s) changed segment.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Click a band or double-click a cell to list its customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monetary before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monetary after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 → %2 (%3 → %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>movers %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept “%1” (%2 → %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left “%1” (%2 → %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered “%1” (%2 → %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::OrderLevelPanel</name>
    <message>
        <source>Orders by province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order level: %1 orders, %2 paid — payment conversion %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not purchases: %1 unpaid, %2 closed, %3 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds: %1 of %2 paid (%3) — refunded in full (returns): %4, in part: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not purchases (first %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not purchases (%1)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::OrderTimeline</name>
    <message>
        <source>No orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::OverlapModel</name>
    <message>
        <source>%1 customers have both %2 and %3 (%4 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::PdfReport</name>
    <message>
        <source>Could not write the report to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is nothing to report: score a project first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pages could not be drawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::PlatformNotice</name>
    <message>
        <source>Import for order-level analysis only (no customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Looks like a %1 order export.&lt;/b&gt; The roles below are its preset mapping; change any of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer ids are masked (%1): different buyers whose ids look alike will be merged into one customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This file has no customer id column&lt;/b&gt; — shop platforms&apos; anonymised reports leave it out. Portrait cannot build customer profiles, RFM scores or tags from it, but it can import its orders for order-level analysis on the Data page: orders by province and day, payment conversion and refund share.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::PresentationWindow</name>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to present: score a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous slide (Left, Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next slide (Right, Page Down, Space)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::PreviewModel</name>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::ProjectLoader</name>
    <message>
        <source>Loading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying the lifetime model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::RefreshDialog</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh from newer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source %1 now comes from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; new customers, &lt;b&gt;%2&lt;/b&gt; new orders, &lt;b&gt;%3&lt;/b&gt; orders no longer in the file (removed), &lt;b&gt;%4&lt;/b&gt; rows rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders of this source: %1 before, %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey answers: %1 before, %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers had rows only in the old file and were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is asked again, with this source&apos;s mapping, for the last day read and later days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newer file is read with this source&apos;s mapping and replaces its rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source %1: %2 (%3), %4 rows read. %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::RejectedRowsModel</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::ReportTitleDialog</name>
    <message>
        <source>Report Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown on the first page of the report and in presentation mode, and saved in the project. Leave a box empty for the default.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::RfmOptionsPanel</name>
    <message>
        <source>Segment scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the rules of this scheme: bounds, colours, suggested actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score levels per dimension; mean and median always give two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score levels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day after the latest order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average per order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net of returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave returns out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monetary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change how frequency is counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change how monetary is measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change how returns count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open scheme file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited here: “%1”, %2 rules (export it from the editor to keep a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change scoring method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change score levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change as-of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change analysis window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::RfmPage</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: the segment customers leave. Columns: the one they join. Cells: customers · revenue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who moves where if you drop the line here: %1 customers (%2 revenue) change segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who moved where in the last change: %1 customers (%2 revenue) changed segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 levels · %3 of %4 customers scored · as of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use scheme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open segment scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit segment scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM scores customers by how recently, how often and how much they bought. Open a project, or try the demo project to see how it works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no orders yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an order export (CSV, Excel or a database dump) with a customer id, an order date and an amount; the customers are scored as soon as it is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who moves where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody changes segment at this position of the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last change moved nobody. Drag a cut line, or change the method or the levels, to see which customers change segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a cut line to see which customers would change segment, and to which; after each change this shows who moved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::RuleEditor</name>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::RuleHelper</name>
    <message>
        <source>The customer features a rule can use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the field and value into the rule at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::SankeyWidget</name>
    <message>
        <source>Compare two dates or snapshots to see who moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n customer(s). Click to list them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::ScatterChart</name>
    <message>
        <source>R × M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F × M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R × F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency against monetary by segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency against monetary by segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency against frequency by segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sampled %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since the last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, clipped at the 99th percentile (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 customers (%3%)
Click to list them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 days · %3 purchases · spend %4
Click to list the segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::SchemeEditorDialog</name>
    <message>
        <source>Edit segment scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules, in match order: the first rule a customer&apos;s scores fall in wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R, F and M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R against FM = (F + M) / 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody else (fallback):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback, Chinese:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score levels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules bound:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every rule can match and every score cell has a rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import segment scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export segment scheme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::SchemeRulesModel</name>
    <message>
        <source>New segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R × FM schemes bound R and the FM score only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclusive score bound, 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FM from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FM to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested action (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::SegmentPreviewModel</name>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While dragging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::SegmentShareChart</name>
    <message>
        <source>Share of revenue against share of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::SegmentSizeChart</name>
    <message>
        <source>Customers per segment (%1 scored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::SegmentSummaryModel</name>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median recency (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::SegmentToolTip</name>
    <message>
        <source>%1
%2 customers (%3 of customers)
Revenue %4 (%5 of revenue)
Click to list them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::SegmentsPage</name>
    <message>
        <source>Double-click a segment to list its customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project to see its customer segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 of %3 customers scored · click a segment in any chart to list its customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::SilhouetteCurve</name>
    <message>
        <source>Silhouette by number of clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With k chosen automatically, the silhouette of each k from 2 to 8 is drawn here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k (number of clusters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k = %1: silhouette %2, inertia %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to use these %1 clusters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::Slides</name>
    <message>
        <source>Segments and what to do with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median R (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 customers scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment scheme: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring: %1, %2 score levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with Portrait on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer segment report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest segment is %1: %2 customers, %3 of those scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest segment is %1: %2 customers, %3 of those scored, who bring %4 of the revenue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No segment shrank since %1 (same rules and cut points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrinking fastest: %1, from %2 customers on %3 to %4 now (%5), by the same rules and cut points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency cut points (days): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency cut points: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend cut points: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend (M) is a customer&apos;s average order, less what they returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend (M) is what a customer spent, less what they returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend (M) is a customer&apos;s average order; returns are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend (M) is what a customer spent; returns are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the orders of the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the orders of the last %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every order up to that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1, counting %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency (R) is the days since the last purchase: recent customers score high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency (F) counts the days a customer bought on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency (F) counts a customer&apos;s orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores: %1, %2 levels per dimension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut points or value tiers set by hand on the RFM page are used as set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk means a recency score of %1 or less with a spend score of %2 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment scheme %1: the first rule a customer matches decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: R %2, FM %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: R %2, F %3, M %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: everyone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers and %2 orders, from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers and no orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders include returns, %2 in all; %3 orders are returns only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders after the as-of date are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders before the period are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the customers have a phone number, %2 an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has a purchase to score: there is nothing to report yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers bought up to %2 and were scored; together they spent %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fifth of customers who spent the most bring %1 of the revenue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk: %1 customers who spent much have not bought for a long time. They brought %2 (%3 of the revenue); most of them are in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer who spent much has been away for long: no value is at risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers were scored; %2 were left out: no purchase in the period, or only returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scored customers returned more than they bought (net spend below zero).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scored customer returned more than they bought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the data shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the customers were scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data behind the report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::SnapshotsPanel</name>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Before the spring campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare the Two Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take snapshot “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename snapshot “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete snapshot “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshots yet. Take one here, at any past date; Portrait also takes one after every import and refresh, so that you can see later who moved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::SourcePage</name>
    <message>
        <source>Sheet or table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the file and say what it holds. The preview shows the first rows as they will be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV, Excel workbook, SQL dump or SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders (one row per order line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers (one row per customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey answers (NPS, satisfaction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the first row is data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column names in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data files (*.csv *.txt *.tsv *.xlsx *.sql *.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1, delimiter “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n row(s).</source>
        <translation>
            <numerusform>Showing the first %n row.</numerusform>
            <numerusform>Showing the first %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading stopped: %1 Try another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a table or view of a PostgreSQL or MariaDB/MySQL server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::SourcesModel</name>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <comment>kind of source file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <comment>format of the demo data</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::StepOptionsDialog</name>
    <message>
        <source>Keep them as they are (and list them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear them (and list them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step has no options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::TagForm</name>
    <message>
        <source>Empty: the tag is set by hand. Example: promo_share &gt;= 0.6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner / note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a tag to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::TagTreeModel</name>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::TagsPage</name>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename tag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit tag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a group &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save group &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete group &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags saved to the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers, %2 tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) with errors; first: %1: %2</source>
        <translation>
            <numerusform>%n rule with an error: %1: %2</numerusform>
            <numerusform>%n rules with errors; first: %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add child tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starter dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags have at most %1 levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete tag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move tag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the current tag dictionary by the starter dictionary? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the starter dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import tag dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag dictionaries (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export tag dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag-dictionary.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the dictionary to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags could not be saved to %1: its tags were never read, and saving would replace them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set tag &quot;%1&quot; on %n customer(s)</source>
        <translation>
            <numerusform>Set tag &quot;%1&quot; on %n customer</numerusform>
            <numerusform>Set tag &quot;%1&quot; on %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove tag &quot;%1&quot; from %n customer(s)</source>
        <translation>
            <numerusform>Remove tag &quot;%1&quot; from %n customer</numerusform>
            <numerusform>Remove tag &quot;%1&quot; from %n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: see the message above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the project&apos;s tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, groups and hand-set tags are saved in the project a moment after every change, and before it is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the Starter Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start With an &amp;Empty Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags describe customers in words a team shares (高价值, 沉睡, 促销敏感 …), each with a definition and a rule. Open a project, or try the demo project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no tags yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Start from the starter dictionary: %n tag(s) for basic attributes, behaviour, preferences, value and attitude, each with its definition, data source and rule, ready to change. Or build your own from an empty tag.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::TierChart</name>
    <message>
        <source>Value tiers (%1 scored customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scored customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 customers (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::TimelinePage</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::TransitionModel</name>
    <message>
        <source>Unscored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers move from %2 to %3, with %4 revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers joining %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers leaving %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::TreemapChart</name>
    <message>
        <source>Segment sizes (treemap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 customers (%3)
Click to list them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::TrendPanel</name>
    <message>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monetary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last date is before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scoring at %n date(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period(s), each scored as of its first day.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Monetary per segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers per segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick a segment to leave it out of the chart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::ValidationPage</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; rows read: &lt;b&gt;%2&lt;/b&gt; accepted, &lt;b&gt;%3&lt;/b&gt; rejected, &lt;b&gt;%4&lt;/b&gt; without a customer id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders of %2 customers in the file, amount total %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders stored (%2 only returns); %3 new customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that would be rejected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows cannot be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into a &amp;New Project Instead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row is read and checked as the import would; nothing is written until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file may not belong to this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing merges its customers and orders into this project&apos;s and scores everyone again. If it comes from another shop, period or currency, give it a project of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows will go into the new project %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait projects (*.portrait)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::WelcomePage</name>
    <message>
        <source>Portrait — customer profiles from your order exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import orders, customers and survey answers from CSV, Excel or a database dump into one project file that stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score every customer by how recently, how often and how much they buy (RFM), and see which segments are valuable, growing, slipping or lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag customers by rules, open any customer&apos;s card, and hand on masked lists, charts and a PDF report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new project from a CSV, Excel or database dump file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a .portrait project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a generated shop with 5,000 customers to look around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects you open appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::WorkbenchSession</name>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation><numerusform>%n event</numerusform><numerusform>%n events</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n dated event(s)</source>
        <translation><numerusform>%n dated event</numerusform><numerusform>%n dated events</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n independent source(s) graded A–C</source>
        <translation><numerusform>%n independent source graded A–C</numerusform><numerusform>%n independent sources graded A–C</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation><numerusform>%n byte</numerusform><numerusform>%n bytes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation><numerusform>%n record</numerusform><numerusform>%n records</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation><numerusform>%n row</numerusform><numerusform>%n rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation><numerusform>%n field</numerusform><numerusform>%n fields</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation><numerusform>%n selected</numerusform><numerusform>%n selected</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n more event(s) here; click to list them</source>
        <translation><numerusform>%n more event here; click to list them</numerusform><numerusform>%n more events here; click to list them</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n more: zoom in</source>
        <translation><numerusform>%n more: zoom in</numerusform><numerusform>%n more: zoom in</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were withheld by the redaction profile.</source>
        <translation><numerusform>%n item was withheld by the redaction profile.</numerusform><numerusform>%n items were withheld by the redaction profile.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation><numerusform>%n backup</numerusform><numerusform>%n backups</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%n)</source>
        <translation><numerusform>Conflicts (%n)</numerusform><numerusform>Conflicts (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Possible duplicates (%n)</source>
        <translation><numerusform>Possible duplicates (%n)</numerusform><numerusform>Possible duplicates (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation><numerusform>%n source</numerusform><numerusform>%n sources</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n attachment file(s)</source>
        <translation><numerusform>%n attachment file</numerusform><numerusform>%n attachment files</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change-log entry(ies)</source>
        <translation><numerusform>%n change-log entryy</numerusform><numerusform>%n change-log entryies</numerusform></translation>
    </message>
</context>
</TS>
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>PreferencesDialog</name>
    <message numerus="yes">
        <source>Each archive keeps its %n newest backup(s)</source>
        <translation>
            <numerusform>Each archive keeps its %n newest backup</numerusform>
            <numerusform>Each archive keeps its %n newest backups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>plus the last of each of %n more day(s)</source>
        <translation>
            <numerusform>plus the last of %n more day</numerusform>
            <numerusform>plus the last of each of %n more days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and of %n more week(s); older ones are deleted.</source>
        <translation>
            <numerusform>and of %n more week; older ones are deleted.</numerusform>
            <numerusform>and of %n more weeks; older ones are deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dated event(s)</source>
        <translation>
            <numerusform>%n dated event</numerusform>
            <numerusform>%n dated events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n independent source(s) graded A–C</source>
        <translation>
            <numerusform>%n independent source graded A–C</numerusform>
            <numerusform>%n independent sources graded A–C</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more event(s) here; click to list them</source>
        <translation>
            <numerusform>%n more event here; click to list them</numerusform>
            <numerusform>%n more events here; click to list them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more: zoom in</source>
        <translation>
            <numerusform>%n more: zoom in</numerusform>
            <numerusform>%n more: zoom in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were withheld by the redaction profile.</source>
        <translation>
            <numerusform>%n item was withheld by the redaction profile.</numerusform>
            <numerusform>%n items were withheld by the redaction profile.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n backup</numerusform>
            <numerusform>%n backups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purged %n record(s)</source>
        <translation>
            <numerusform>Purged %n record</numerusform>
            <numerusform>Purged %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>erased the values of %n change-log entry(ies)</source>
        <translation>
            <numerusform>erased the values of %n change-log entryy</numerusform>
            <numerusform>erased the values of %n change-log entryies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rewrote %n backup(s)</source>
        <translation>
            <numerusform>rewrote %n backup</numerusform>
            <numerusform>rewrote %n backups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>Conflicts (%n)</numerusform>
            <numerusform>Conflicts (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Possible duplicates (%n)</source>
        <translation>
            <numerusform>Possible duplicates (%n)</numerusform>
            <numerusform>Possible duplicates (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 of %n event</numerusform>
            <numerusform>%1 of %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n source(s)</source>
        <translation>
            <numerusform>%1 of %n source</numerusform>
            <numerusform>%1 of %n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n actor(s)</source>
        <translation>
            <numerusform>%1 of %n actor</numerusform>
            <numerusform>%1 of %n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n place(s)</source>
        <translation>
            <numerusform>%1 of %n place</numerusform>
            <numerusform>%1 of %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s)?</source>
        <translation>
            <numerusform>Delete %n event?</numerusform>
            <numerusform>Delete %n events?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n source(s)?</source>
        <translation>
            <numerusform>Delete %n source?</numerusform>
            <numerusform>Delete %n sources?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n actor(s)?</source>
        <translation>
            <numerusform>Delete %n actor?</numerusform>
            <numerusform>Delete %n actors?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n place(s)?</source>
        <translation>
            <numerusform>Delete %n place?</numerusform>
            <numerusform>Delete %n places?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) selected</source>
        <translation>
            <numerusform>%n event selected</numerusform>
            <numerusform>%n events selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) selected</source>
        <translation>
            <numerusform>%n source selected</numerusform>
            <numerusform>%n sources selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) selected</source>
        <translation>
            <numerusform>%n actor selected</numerusform>
            <numerusform>%n actors selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) selected</source>
        <translation>
            <numerusform>%n place selected</numerusform>
            <numerusform>%n places selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cite %n source(s)</source>
        <translation>
            <numerusform>Cite %n source</numerusform>
            <numerusform>Cite %n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New source(s) from a drop: %n</source>
        <translation>
            <numerusform>New source from a drop: %n</numerusform>
            <numerusform>New sources from a drop: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” cannot move by %n day(s): edit the date in the form</source>
        <translation>
            <numerusform>“%1” cannot move by %n day: edit the date in the form</numerusform>
            <numerusform>“%1” cannot move by %n days: edit the date in the form</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) may fall on %1; click to zoom in</source>
        <translation>
            <numerusform>%n event may fall on %1; click to zoom in</numerusform>
            <numerusform>%n events may fall on %1; click to zoom in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Used by %n event(s)</source>
        <translation>
            <numerusform>Used by %n event</numerusform>
            <numerusform>Used by %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cited by %n event(s)</source>
        <translation>
            <numerusform>Cited by %n event</numerusform>
            <numerusform>Cited by %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merge conflict(s)</source>
        <translation>
            <numerusform>%n merge conflict</numerusform>
            <numerusform>%n merge conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n of its backups are rewritten without it too (a purge that left copies would be no purge).</source>
        <translation>
            <numerusform>All %n of its backups are rewritten without it too (a purge that left copies would be no purge).</numerusform>
            <numerusform>All %n of its backups are rewritten without it too (a purge that left copies would be no purge).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment file(s)</source>
        <translation>
            <numerusform>%n attachment file</numerusform>
            <numerusform>%n attachment files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n citation(s)</source>
        <translation>
            <numerusform>%n citation</numerusform>
            <numerusform>%n citations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n figure</numerusform>
            <numerusform>%n figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n involvement(s)</source>
        <translation>
            <numerusform>%n involvement</numerusform>
            <numerusform>%n involvements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
</context>
</TS>

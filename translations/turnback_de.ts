<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AarText</name>
    <message>
        <source>After-action report: %1</source>
        <translation>Nachbesprechungsbericht: %1</translation>
    </message>
    <message>
        <source>EXERCISE: this reversal was an exercise, not a live incident.</source>
        <translation>ÜBUNG: Diese Rücknahme war eine Übung, kein echter Vorfall.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Exercise name</source>
        <translation>Name der Übung</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Rücknahme</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>not closed (last row %1)</source>
        <translation>nicht abgeschlossen (letzter Eintrag %1)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>(no scenario recorded)</source>
        <translation>(kein Szenario erfasst)</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Nichts erfasst.</translation>
    </message>
    <message>
        <source>Participants and their roles</source>
        <translation>Teilnehmende und ihre Rollen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Timers</source>
        <translation>Fristen</translation>
    </message>
    <message>
        <source>No timer ran.</source>
        <translation>Keine Frist lief.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Acted</source>
        <translation>Gehandelt</translation>
    </message>
    <message>
        <source>Met or missed</source>
        <translation>Eingehalten/verfehlt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Injects and what was expected</source>
        <translation>Einspielungen und was erwartet wurde</translation>
    </message>
    <message>
        <source>Score: %1 of %2 met (%3%); %4 gaps. Every inject without an expectation counts as a gap.</source>
        <translation>Ergebnis: %1 von %2 erfüllt (%3 %); %4 Lücken. Jede Einspielung ohne Erwartung zählt als Lücke.</translation>
    </message>
    <message>
        <source>No inject was recorded.</source>
        <translation>Keine Einspielung erfasst.</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>Einspielung</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Stärken</translation>
    </message>
    <message>
        <source>None written.</source>
        <translation>Nichts eingetragen.</translation>
    </message>
    <message>
        <source>Areas for improvement</source>
        <translation>Verbesserungsbedarf</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>Maßnahmenplan</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Korrekturmaßnahme</translation>
    </message>
    <message>
        <source>Trainer&apos;s notes</source>
        <translation>Notizen der Übungsleitung</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>MISSED: never, %1 past due at the end</source>
        <translation>VERFEHLT: nie, am Ende %1 über der Frist</translation>
    </message>
    <message>
        <source>never; %1 left at the end</source>
        <translation>nie; am Ende noch %1 übrig</translation>
    </message>
    <message>
        <source>met, exactly on time</source>
        <translation>eingehalten, genau rechtzeitig</translation>
    </message>
    <message>
        <source>met, %1 to spare</source>
        <translation>eingehalten, %1 Reserve</translation>
    </message>
    <message>
        <source>MISSED by %1</source>
        <translation>VERFEHLT um %1</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>comms</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>regulator</source>
        <translation>Aufsicht</translation>
    </message>
    <message>
        <source>data step</source>
        <translation>Datenschritt</translation>
    </message>
    <message>
        <source>gate</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>met at %1 by %2</source>
        <translation>erfüllt um %1 von %2</translation>
    </message>
    <message>
        <source>GAP: late, at %1 by %2 (%3 after the due time)</source>
        <translation>LÜCKE: zu spät, um %1 von %2 (%3 nach der Fälligkeit)</translation>
    </message>
    <message>
        <source>GAP: done by %1 (%2), not by the role expected</source>
        <translation>LÜCKE: erledigt von %1 (%2), nicht von der erwarteten Rolle</translation>
    </message>
    <message>
        <source>GAP: nobody did it</source>
        <translation>LÜCKE: niemand hat es getan</translation>
    </message>
    <message>
        <source>GAP: nothing was expected of this inject</source>
        <translation>LÜCKE: von dieser Einspielung wurde nichts erwartet</translation>
    </message>
    <message>
        <source>GAP: done late</source>
        <translation>LÜCKE: zu spät erledigt</translation>
    </message>
    <message>
        <source>GAP: done by another role</source>
        <translation>LÜCKE: von einer anderen Rolle erledigt</translation>
    </message>
    <message>
        <source>%1 within %2</source>
        <translation>%1 innerhalb von %2</translation>
    </message>
    <message>
        <source>Level over time</source>
        <translation>Stufe im Zeitverlauf</translation>
    </message>
    <message>
        <source>%1 of the %2 met were played by the scenario&apos;s script (operator steps), not by the room.</source>
        <translation>%1 der %2 erfüllten wurden vom Skript des Szenarios (Bedienschritte) gespielt, nicht von der Gruppe.</translation>
    </message>
    <message>
        <source>met at %1 by %2, played by the script</source>
        <translation>erfüllt um %1 von %2, vom Skript gespielt</translation>
    </message>
</context>
<context>
    <name>AfterActionReportBuilder</name>
    <message>
        <source>%1: cannot read the log: %2</source>
        <translation>%1: Das Protokoll kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: no reversal &apos;%2&apos; in this log</source>
        <translation>%1: keine Rücknahme „%2“ in diesem Protokoll</translation>
    </message>
</context>
<context>
    <name>CommsRender</name>
    <message>
        <source>%1 is required and empty</source>
        <translation>%1 ist erforderlich und leer</translation>
    </message>
    <message>
        <source>%1 must be a date and time in UTC, as 2026-11-30T18:00Z; found &apos;%2&apos;</source>
        <translation>%1 muss Datum und Uhrzeit in UTC sein, etwa 2026-11-30T18:00Z; gefunden: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 must be a number, as 1200 or 12.5; found &apos;%2&apos;</source>
        <translation>%1 muss eine Zahl sein, etwa 1200 oder 12.5; gefunden: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 must be one of: %2; found &apos;%3&apos;</source>
        <translation>%1 muss eines davon sein: %2; gefunden: &apos;%3&apos;</translation>
    </message>
</context>
<context>
    <name>CommsSending</name>
    <message>
        <source>Subject: %1

%2</source>
        <translation>Betreff: %1

%2</translation>
    </message>
    <message>
        <source>A scripted send belongs to an exercise; this reversal is live.</source>
        <translation>Ein geskriptetes Senden gehört zu einer Übung; diese Rücknahme ist echt.</translation>
    </message>
    <message>
        <source>The kit has no comms template &quot;%1&quot;.</source>
        <translation>Das Kit hat keine Kommunikationsvorlage „%1“.</translation>
    </message>
    <message>
        <source>%1 cannot be sent as it stands: %2</source>
        <translation>%1 kann so nicht gesendet werden: %2</translation>
    </message>
    <message>
        <source>%1 was due at %2: a late send needs a &apos;reason&apos; for the delay.</source>
        <translation>%1 war um %2 fällig: Ein verspätetes Senden braucht einen Grund (&apos;reason&apos;) für die Verzögerung.</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>OVERDUE +%1</source>
        <translation>ÜBERFÄLLIG +%1</translation>
    </message>
    <message>
        <source>DUE SOON %1</source>
        <translation>BALD FÄLLIG %1</translation>
    </message>
    <message>
        <source>DONE: carried out</source>
        <translation>ERLEDIGT: ausgeführt</translation>
    </message>
    <message>
        <source>HELD: not carried out</source>
        <translation>GEHALTEN: nicht ausgeführt</translation>
    </message>
    <message>
        <source>DONE: de-escalated</source>
        <translation>ERLEDIGT: herabgestuft</translation>
    </message>
</context>
<context>
    <name>DataStepRules</name>
    <message>
        <source>&quot;%1&quot; of step &quot;%2&quot;</source>
        <translation>&quot;%1&quot; von Schritt &quot;%2&quot;</translation>
    </message>
    <message>
        <source>This step is a checkpoint: fill in &quot;%1&quot; before it counts as done.</source>
        <translation>Dieser Schritt ist ein Prüfpunkt: Füllen Sie &quot;%1&quot; aus, bevor er als erledigt gilt.</translation>
    </message>
    <message>
        <source>This step deletes or changes data and is confirmed with %1, which was not recorded.</source>
        <translation>Dieser Schritt löscht oder ändert Daten und wird mit %1 bestätigt, was nicht erfasst wurde.</translation>
    </message>
    <message>
        <source>This step deletes or changes data: type &quot;%1&quot; to confirm.</source>
        <translation>Dieser Schritt löscht oder ändert Daten: Geben Sie zur Bestätigung &quot;%1&quot; ein.</translation>
    </message>
    <message>
        <source>The confirmation does not match: type exactly &quot;%1&quot;.</source>
        <translation>Die Bestätigung stimmt nicht überein: Geben Sie genau &quot;%1&quot; ein.</translation>
    </message>
    <message>
        <source>This step needs a second person: give their name and role.</source>
        <translation>Dieser Schritt braucht eine zweite Person: Geben Sie deren Namen und Rolle an.</translation>
    </message>
    <message>
        <source>The second person must be someone other than %1, who is at the keyboard.</source>
        <translation>Die zweite Person muss jemand anderes sein als %1, der/die an der Tastatur sitzt.</translation>
    </message>
    <message>
        <source>Every step of %1 is done.</source>
        <translation>Jeder Schritt von %1 ist erledigt.</translation>
    </message>
    <message>
        <source>Steps are carried out in order: the next step of %1 is &quot;%2&quot;.</source>
        <translation>Schritte werden der Reihe nach ausgeführt: Der nächste Schritt von %1 ist &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Say why the step is blocked.</source>
        <translation>Geben Sie an, warum der Schritt blockiert ist.</translation>
    </message>
</context>
<context>
    <name>DeadlineLines</name>
    <message>
        <source>DUE SOON, %1 left</source>
        <translation>BALD FÄLLIG, noch %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
</context>
<context>
    <name>EvidenceReport</name>
    <message>
        <source>Evidence pack: %1</source>
        <translation>Beweispaket: %1</translation>
    </message>
    <message>
        <source>Turnback evidence pack: %1</source>
        <translation>Turnback-Beweispaket: %1</translation>
    </message>
</context>
<context>
    <name>EvidenceStore</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; evidence files are taken up to %3 MiB. Attach its manifest or checksum instead.</source>
        <translation>%1 ist %2 MiB groß; Beweisdateien werden bis %3 MiB angenommen. Hängen Sie stattdessen ihr Manifest oder ihre Prüfsumme an.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the evidence folder %1.</source>
        <translation>Der Beweisordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write into %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 grew past %2 MiB while it was copied; nothing was attached.</source>
        <translation>%1 wuchs beim Kopieren über %2 MiB; nichts wurde angehängt.</translation>
    </message>
    <message>
        <source>Copying %1 failed: %2. Nothing was attached.</source>
        <translation>Kopieren von %1 fehlgeschlagen: %2. Nichts wurde angehängt.</translation>
    </message>
    <message>
        <source>%1 is already in the evidence store and no longer matches its hash; it was left as it is (audit verify reports it). Nothing was attached.</source>
        <translation>%1 liegt bereits im Beweisspeicher und passt nicht mehr zu seinem Hash; die Datei blieb unverändert (audit verify meldet es). Nichts wurde angehängt.</translation>
    </message>
    <message>
        <source>Cannot store %1 in %2.</source>
        <translation>%1 kann nicht in %2 abgelegt werden.</translation>
    </message>
    <message>
        <source>No reversal is running.</source>
        <translation>Es läuft keine Rücknahme.</translation>
    </message>
</context>
<context>
    <name>ExerciseLauncher</name>
    <message>
        <source>Run an exercise</source>
        <translation>Übung ausführen</translation>
    </message>
    <message>
        <source>The exercise could not be started.</source>
        <translation>Die Übung konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Run an e&amp;xercise...</source>
        <translation>Übung &amp;ausführen …</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Reversibility kits (*.yaml *.yml);;All files (*)</source>
        <translation>Reversibility-Kits (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a kit</source>
        <translation>Kit öffnen</translation>
    </message>
    <message>
        <source>Add service overlays</source>
        <translation>Dienst-Overlays hinzufügen</translation>
    </message>
    <message>
        <source>Import observations</source>
        <translation>Beobachtungen importieren</translation>
    </message>
    <message>
        <source>Observations, seconds from the start (*.csv);;All files (*)</source>
        <translation>Beobachtungen, Sekunden ab Beginn (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Signing key file</source>
        <translation>Signaturschlüsseldatei</translation>
    </message>
    <message>
        <source>Key files (*.key *.pem);;All files (*)</source>
        <translation>Schlüsseldateien (*.key *.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Start a new audit log</source>
        <translation>Neues Prüfprotokoll beginnen</translation>
    </message>
    <message>
        <source>Audit logs (*.sqlite *.db);;All files (*)</source>
        <translation>Prüfprotokolle (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Beweis anhängen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a log for review (read-only)</source>
        <translation>Protokoll zur Prüfung öffnen (nur lesen)</translation>
    </message>
    <message>
        <source>Turnback audit logs (*.sqlite *.db);;All files (*)</source>
        <translation>Turnback-Prüfprotokolle (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export evidence pack</source>
        <translation>Beweispaket exportieren</translation>
    </message>
    <message>
        <source>Evidence packs (*.zip)</source>
        <translation>Beweispakete (*.zip)</translation>
    </message>
    <message>
        <source>Save the message</source>
        <translation>Nachricht speichern</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml)</source>
        <translation>E-Mail-Nachrichten (*.eml)</translation>
    </message>
    <message>
        <source>Run an exercise</source>
        <translation>Übung ausführen</translation>
    </message>
    <message>
        <source>Tabletop scenarios (*.yaml *.yml);;All files (*)</source>
        <translation>Planspiel-Szenarien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export after-action report</source>
        <translation>Nachbesprechungsbericht exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
</context>
<context>
    <name>IncidentReplay</name>
    <message>
        <source>There is no reversal %1 in this audit log.</source>
        <translation>In diesem Audit-Protokoll gibt es keine Rücknahme %1.</translation>
    </message>
</context>
<context>
    <name>KitPartsHtml</name>
    <message>
        <source>Kit file:</source>
        <translation>Kit-Datei:</translation>
    </message>
    <message>
        <source>Overlay:</source>
        <translation>Overlay:</translation>
    </message>
    <message>
        <source>This kit names no roles.</source>
        <translation>Dieses Kit nennt keine Rollen.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Notifies</source>
        <translation>Benachrichtigt</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>(nicht zugewiesen)</translation>
    </message>
    <message>
        <source>This kit has no comms packs.</source>
        <translation>Dieses Kit hat keine Kommunikationspakete.</translation>
    </message>
    <message>
        <source>Owed by</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>immediately</source>
        <translation>sofort</translation>
    </message>
    <message>
        <source>within %1</source>
        <translation>innerhalb von %1</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Blanks to fill:</source>
        <translation>Auszufüllende Lücken:</translation>
    </message>
    <message>
        <source>This kit has no data-handling procedures.</source>
        <translation>Dieses Kit hat keine Verfahren zum Umgang mit Daten.</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Verantwortlich:</translation>
    </message>
    <message>
        <source>CHECKPOINT</source>
        <translation>PRÜFPUNKT</translation>
    </message>
    <message>
        <source>Evidence to capture:</source>
        <translation>Zu sichernde Nachweise:</translation>
    </message>
    <message>
        <source>This kit has no stage checklists.</source>
        <translation>Dieses Kit hat keine Phasen-Checklisten.</translation>
    </message>
    <message>
        <source>This kit has no human-impact prompts.</source>
        <translation>Dieses Kit hat keine Leitfragen zu den Folgen für Menschen.</translation>
    </message>
    <message>
        <source>by its regulator clock, counted from its own trigger</source>
        <translation>nach ihrer Meldefrist, gezählt ab ihrem eigenen Auslöser</translation>
    </message>
    <message>
        <source>The window stays open %1 once opened.</source>
        <translation>Das Fenster bleibt nach dem Öffnen %1 offen.</translation>
    </message>
    <message>
        <source>Relaunch criteria</source>
        <translation>Kriterien für einen Neustart</translation>
    </message>
</context>
<context>
    <name>ObservationImport</name>
    <message>
        <source>%1 s is in the future: the reversal has run %2 s so far</source>
        <translation>%1 s liegt in der Zukunft: die Rücknahme läuft erst seit %2 s</translation>
    </message>
    <message>
        <source>%1 s is before what the rubric has already seen (%2 s into the reversal)</source>
        <translation>%1 s liegt vor dem, was die Rubrik schon gesehen hat (%2 s nach Beginn der Rücknahme)</translation>
    </message>
    <message>
        <source>%1: error: cannot read it: %2</source>
        <translation>%1: Fehler: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1: error: no reversal is running to import into</source>
        <translation>%1: Fehler: es läuft keine Rücknahme, in die importiert werden kann</translation>
    </message>
    <message>
        <source>%1: error: no observations in the file (expected rows of at,signal,value)</source>
        <translation>%1: Fehler: keine Beobachtungen in der Datei (erwartet: Zeilen at,signal,value)</translation>
    </message>
    <message>
        <source>more than %1 times the reversal cannot take; stopped here</source>
        <translation>mehr als %1 Zeitpunkte, die die Rücknahme nicht annehmen kann; hier abgebrochen</translation>
    </message>
    <message>
        <source>the console closed before it was in</source>
        <translation>die Konsole wurde geschlossen, bevor der Import vollständig war</translation>
    </message>
    <message>
        <source>%1: error: another import is being recorded</source>
        <translation>%1: Fehler: ein anderer Import wird gerade aufgezeichnet</translation>
    </message>
    <message>
        <source>%1: not imported: %2</source>
        <translation>%1: nicht importiert: %2</translation>
    </message>
    <message>
        <source>cancelled by the operator</source>
        <translation>vom Bediener abgebrochen</translation>
    </message>
</context>
<context>
    <name>PagedPdf</name>
    <message>
        <source>EXERCISE</source>
        <translation>ÜBUNG</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Inject with a gap</source>
        <translation>Einspielung mit Lücke</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>Einspielung</translation>
    </message>
    <message>
        <source>Level over time, with the injects</source>
        <translation>Stufe im Zeitverlauf, mit den Einspielungen</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>injects</source>
        <translation>Einspielungen</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>After-action report: %1</source>
        <translation>Nachbesprechungsbericht: %1</translation>
    </message>
    <message>
        <source>Turnback after-action report: %1</source>
        <translation>Turnback-Nachbesprechungsbericht: %1</translation>
    </message>
    <message>
        <source>%1: cannot write the report: %2</source>
        <translation>%1: Der Bericht kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ReviewDatabase</name>
    <message>
        <source>There is no audit log file at %1.</source>
        <translation>Unter %1 gibt es keine Prüfprotokolldatei.</translation>
    </message>
    <message>
        <source>Cannot open %1 for review (%2).</source>
        <translation>%1 kann nicht zur Prüfung geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>%1 is not a Turnback audit log: SQLite cannot read it (%2).</source>
        <translation>%1 ist kein Turnback-Prüfprotokoll: SQLite kann es nicht lesen (%2).</translation>
    </message>
    <message>
        <source>%1 was written by a newer Turnback (schema %2); this version reads up to %3.</source>
        <translation>%1 wurde von einem neueren Turnback geschrieben (Schema %2); diese Version liest bis %3.</translation>
    </message>
    <message>
        <source>%1 is not a Turnback audit log.</source>
        <translation>%1 ist kein Turnback-Prüfprotokoll.</translation>
    </message>
    <message>
        <source>%1 is a version 1 log (no incident chains): open it once with Turnback for writing to upgrade it, then review it.</source>
        <translation>%1 ist ein Protokoll der Version 1 (ohne Vorfallsketten): Öffnen Sie es einmal mit Turnback zum Schreiben, um es zu aktualisieren, und prüfen Sie es dann.</translation>
    </message>
</context>
<context>
    <name>ReviewSnapshot</name>
    <message>
        <source>The reversal had not started at %1.</source>
        <translation>Die Rücknahme hatte um %1 noch nicht begonnen.</translation>
    </message>
    <message>
        <source>The console at %1 (%2 UTC)</source>
        <translation>Die Konsole um %1 (%2 UTC)</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Stufe: %1</translation>
    </message>
    <message>
        <source>The reversal was closed by then.</source>
        <translation>Die Rücknahme war da bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>quiet</source>
        <translation>ruhig</translation>
    </message>
    <message>
        <source>waiting out its duration</source>
        <translation>wartet seine Dauer ab</translation>
    </message>
    <message>
        <source>TRIGGERED</source>
        <translation>AUSGELÖST</translation>
    </message>
    <message>
        <source>Owners&apos; countdowns</source>
        <translation>Countdowns der Verantwortlichen</translation>
    </message>
    <message>
        <source>Nothing was owed.</source>
        <translation>Nichts war fällig.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Level called for</source>
        <translation>Geforderte Stufe</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Level changes</source>
        <translation>Stufenwechsel</translation>
    </message>
    <message>
        <source>Triggers and clears</source>
        <translation>Auslösungen und Aufhebungen</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Beobachtungen</translation>
    </message>
    <message>
        <source>Acknowledgements and notifications</source>
        <translation>Bestätigungen und Benachrichtigungen</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Korrekturen</translation>
    </message>
    <message>
        <source>Comms and data steps</source>
        <translation>Kommunikation und Datenschritte</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
</context>
<context>
    <name>StageText</name>
    <message>
        <source> — &quot;%1&quot;</source>
        <translation> — &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the %1 must be closed on record</source>
        <translation>%1 muss erfasst geschlossen werden</translation>
    </message>
    <message>
        <source>the go / no-go of %1 is not on record, and the window is open</source>
        <translation>das Go / No-Go für %1 ist nicht erfasst, und das Fenster ist offen</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source>%1 must do “%2” (%3; Stages tab)</source>
        <translation>%1 muss „%2“ erledigen (%3; Reiter Phasen)</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>NOT MET</source>
        <translation>NICHT ERFÜLLT</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>BLOCKED</source>
        <translation>BLOCKIERT</translation>
    </message>
    <message>
        <source>%1 (%2) recorded %3 “%4”: %5</source>
        <translation>%1 (%2) hat %3 „%4“ erfasst: %5</translation>
    </message>
    <message>
        <source>, acting for %1</source>
        <translation>, in Vertretung für %1</translation>
    </message>
    <message>
        <source>%1 (%2) decided GO for %3</source>
        <translation>%1 (%2) hat GO für %3 entschieden</translation>
    </message>
    <message>
        <source>%1 (%2) decided NO-GO for %3</source>
        <translation>%1 (%2) hat NO-GO für %3 entschieden</translation>
    </message>
    <message numerus="yes">
        <source> with %n gate(s) not met: %1</source>
        <translation>
            <numerusform> mit %n nicht erfülltem Kriterium: %1</numerusform>
            <numerusform> mit %n nicht erfüllten Kriterien: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) opened the %3 for %4: it closes at %5 UTC</source>
        <translation>%1 (%2) hat %3 für %4 geöffnet: es schließt um %5 UTC</translation>
    </message>
    <message>
        <source>%1 (%2) closed the %3 early</source>
        <translation>%1 (%2) hat %3 vorzeitig geschlossen</translation>
    </message>
    <message>
        <source>%1 (%2) closed the %3 after its time ran out</source>
        <translation>%1 (%2) hat %3 nach Ablauf seiner Zeit geschlossen</translation>
    </message>
    <message>
        <source>%1 (%2) corrected the harm record (entry %3): %4</source>
        <translation>%1 (%2) hat den Schadensbericht berichtigt (Eintrag %3): %4</translation>
    </message>
    <message>
        <source>%1 (%2) recorded the harm: %3</source>
        <translation>%1 (%2) hat den Schaden erfasst: %3</translation>
    </message>
    <message>
        <source>; how many: %1</source>
        <translation>; wie viele: %1</translation>
    </message>
    <message>
        <source>; for how long: %1</source>
        <translation>; wie lange: %1</translation>
    </message>
    <message>
        <source>; data: %1</source>
        <translation>; Daten: %1</translation>
    </message>
    <message>
        <source>; note: %1</source>
        <translation>; Notiz: %1</translation>
    </message>
    <message>
        <source>%1 (%2) decided to RELAUNCH: %3 of %4 criteria met</source>
        <translation>%1 (%2) hat einen NEUSTART entschieden: %3 von %4 Kriterien erfüllt</translation>
    </message>
    <message>
        <source>%1 (%2) decided NOT to relaunch: %3 of %4 criteria met</source>
        <translation>%1 (%2) hat KEINEN Neustart entschieden: %3 von %4 Kriterien erfüllt</translation>
    </message>
    <message>
        <source> (not met: %1)</source>
        <translation> (nicht erfüllt: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) closed with the %3 unfinished: %n step(s) open</source>
        <translation>
            <numerusform>%1 (%2) hat mit unfertiger Phase %3 abgeschlossen: %n Schritt offen</numerusform>
            <numerusform>%1 (%2) hat mit unfertiger Phase %3 abgeschlossen: %n Schritte offen</numerusform>
        </translation>
    </message>
    <message>
        <source>, no relaunch decision</source>
        <translation>, keine Entscheidung über einen Neustart</translation>
    </message>
    <message>
        <source>%1 (%2) tried to record “%3”</source>
        <translation>%1 (%2) wollte „%3“ erfassen</translation>
    </message>
    <message>
        <source>%1 (%2) tried to decide go / no-go on %3</source>
        <translation>%1 (%2) wollte Go / No-Go für %3 entscheiden</translation>
    </message>
    <message>
        <source>%1 (%2) tried to open the rollback window</source>
        <translation>%1 (%2) wollte das Rückrollfenster öffnen</translation>
    </message>
    <message>
        <source>%1 (%2) tried to close the rollback window</source>
        <translation>%1 (%2) wollte das Rückrollfenster schließen</translation>
    </message>
    <message>
        <source>%1 (%2) tried to record the harm</source>
        <translation>%1 (%2) wollte den Schaden erfassen</translation>
    </message>
    <message>
        <source>%1 (%2) tried to decide on a relaunch</source>
        <translation>%1 (%2) wollte über einen Neustart entscheiden</translation>
    </message>
    <message>
        <source>%1 (%2) tried to close with the recovery unfinished</source>
        <translation>%1 (%2) wollte mit unfertiger Wiederherstellung abschließen</translation>
    </message>
    <message>
        <source>The kit has no rollback window to act on.</source>
        <translation>Das Kit hat kein Rückrollfenster.</translation>
    </message>
    <message>
        <source>The kit has no stage item “%1”.</source>
        <translation>Das Kit hat keinen Phasenpunkt „%1“.</translation>
    </message>
    <message>
        <source>The rollback window was already opened by %1 at %2 UTC.</source>
        <translation>Das Rückrollfenster wurde bereits von %1 um %2 UTC geöffnet.</translation>
    </message>
    <message>
        <source>The rollback window was already closed by %1 at %2 UTC.</source>
        <translation>Das Rückrollfenster wurde bereits von %1 um %2 UTC geschlossen.</translation>
    </message>
    <message>
        <source>A go with gates not met or not recorded (%1) needs a reason.</source>
        <translation>Ein Go mit nicht erfüllten oder nicht erfassten Kriterien (%1) braucht einen Grund.</translation>
    </message>
    <message>
        <source>A relaunch with criteria not met (%1) needs a reason.</source>
        <translation>Ein Neustart mit nicht erfüllten Kriterien (%1) braucht einen Grund.</translation>
    </message>
    <message>
        <source>Closing the window before its time runs out needs a reason.</source>
        <translation>Das Fenster vor Ablauf seiner Zeit zu schließen braucht einen Grund.</translation>
    </message>
    <message>
        <source>The recovery is unfinished (%1): say why you are closing anyway.</source>
        <translation>Die Wiederherstellung ist nicht fertig (%1): Geben Sie an, warum Sie trotzdem abschließen.</translation>
    </message>
    <message>
        <source>no relaunch decision</source>
        <translation>keine Entscheidung über einen Neustart</translation>
    </message>
    <message>
        <source>Say why: not met, blocked, or recorded for its owner, it needs a reason.</source>
        <translation>Geben Sie einen Grund an: Nicht erfüllt, blockiert oder für die verantwortliche Rolle erfasst braucht es einen.</translation>
    </message>
    <message>
        <source>The rollback window is not open: open it before recording its steps.</source>
        <translation>Das Rückrollfenster ist nicht offen: Öffnen Sie es, bevor Sie seine Schritte erfassen.</translation>
    </message>
    <message>
        <source>The rollback window is closed on record; its steps can no longer be recorded.</source>
        <translation>Das Rückrollfenster ist erfasst geschlossen; seine Schritte können nicht mehr erfasst werden.</translation>
    </message>
    <message>
        <source>Say who was affected.</source>
        <translation>Geben Sie an, wer betroffen war.</translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <source>%1 started the reversal &quot;%2&quot; of %3 (%4)</source>
        <translation>%1 hat die Rücknahme &quot;%2&quot; von %3 begonnen (%4)</translation>
    </message>
    <message>
        <source>EXERCISE</source>
        <translation>ÜBUNG</translation>
    </message>
    <message>
        <source>live</source>
        <translation>echt</translation>
    </message>
    <message>
        <source>Observed %1 = %2</source>
        <translation>Beobachtet: %1 = %2</translation>
    </message>
    <message>
        <source>Observed one occurrence of %1</source>
        <translation>Beobachtet: ein Vorkommen von %1</translation>
    </message>
    <message>
        <source>%1 triggered: %2 called for; %3 owes a decision by %4 UTC</source>
        <translation>%1 ausgelöst: %2 gefordert; %3 schuldet eine Entscheidung bis %4 UTC</translation>
    </message>
    <message>
        <source>%1 cleared (the level stays until a decision lowers it)</source>
        <translation>%1 aufgehoben (die Stufe bleibt, bis eine Entscheidung sie senkt)</translation>
    </message>
    <message>
        <source>Level %1 entered</source>
        <translation>Stufe %1 erreicht</translation>
    </message>
    <message>
        <source>%1 acknowledged %2</source>
        <translation>%1 hat %2 bestätigt</translation>
    </message>
    <message>
        <source>%1 confirmed %2 was told about %3</source>
        <translation>%1 hat bestätigt, dass %2 über %3 informiert wurde</translation>
    </message>
    <message>
        <source>%1 (%2) decided to %3 on %4</source>
        <translation>%1 (%2) hat zu %4 entschieden: %3</translation>
    </message>
    <message>
        <source>%1 (%2) decided to %3</source>
        <translation>%1 (%2) hat entschieden: %3</translation>
    </message>
    <message>
        <source>: level lowered to %1</source>
        <translation>: Stufe gesenkt auf %1</translation>
    </message>
    <message>
        <source>, acting for %1</source>
        <translation>, in Vertretung für %1</translation>
    </message>
    <message>
        <source> — &quot;%1&quot;</source>
        <translation> — &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 (%2) took the keyboard</source>
        <translation>%1 (%2) hat die Tastatur übernommen</translation>
    </message>
    <message>
        <source>%1 closed the reversal: %2</source>
        <translation>%1 hat die Rücknahme abgeschlossen: %2</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>carry out</source>
        <translation>ausführen</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>halten</translation>
    </message>
    <message>
        <source>de-escalate</source>
        <translation>herabstufen</translation>
    </message>
    <message>
        <source>Level raised to %1 (from %2)</source>
        <translation>Stufe auf %1 angehoben (von %2)</translation>
    </message>
    <message>
        <source>Level lowered to %1 (from %2)</source>
        <translation>Stufe auf %1 gesenkt (von %2)</translation>
    </message>
    <message>
        <source>%1: %2 triggered</source>
        <translation>%1: %2 ausgelöst</translation>
    </message>
    <message>
        <source>%1: %2 de-escalated</source>
        <translation>%1: %2 herabgestuft</translation>
    </message>
    <message>
        <source>%1: the incident was stood down</source>
        <translation>%1: der Vorfall wurde heruntergestuft</translation>
    </message>
    <message>
        <source>%1: recorded on resume (the log missed the change)</source>
        <translation>%1: beim Fortsetzen aufgezeichnet (dem Protokoll fehlte die Änderung)</translation>
    </message>
    <message>
        <source>%1 (%2) tried to %3 on %4</source>
        <translation>%1 (%2) wollte zu %4 entscheiden: %3</translation>
    </message>
    <message>
        <source>%1 (%2) tried to %3</source>
        <translation>%1 (%2) wollte entscheiden: %3</translation>
    </message>
    <message>
        <source>%1 to %2: refused. %3</source>
        <translation>%1 auf %2: abgelehnt. %3</translation>
    </message>
    <message>
        <source>%1: refused. %2</source>
        <translation>%1: abgelehnt. %2</translation>
    </message>
    <message>
        <source>There is no open decision there.</source>
        <translation>Dort ist keine Entscheidung offen.</translation>
    </message>
    <message>
        <source>Say why you are holding.</source>
        <translation>Begründen Sie, warum Sie halten.</translation>
    </message>
    <message>
        <source>Say why you are de-escalating.</source>
        <translation>Begründen Sie, warum Sie herabstufen.</translation>
    </message>
    <message>
        <source>You are acting for the %1: say why.</source>
        <translation>Sie handeln für: %1. Nennen Sie eine Begründung.</translation>
    </message>
    <message>
        <source>Choose a level below %1, which %2 calls for, to de-escalate to.</source>
        <translation>Wählen Sie zum Herabstufen eine Stufe unter %1 (von %2 verlangt).</translation>
    </message>
    <message>
        <source>Choose a level below the current one to de-escalate to.</source>
        <translation>Wählen Sie zum Herabstufen eine Stufe unter der aktuellen.</translation>
    </message>
    <message>
        <source>%1 still calls for %2, so de-escalating %3 to %4 would put the incident below what %1 calls for. Nothing was changed.</source>
        <translation>%1 verlangt weiterhin %2; %3 auf %4 herabzustufen, würde den Vorfall unter das bringen, was %1 verlangt. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The decision on %1 is still open: stand the incident down once every decision is in.</source>
        <translation>Die Entscheidung zu %1 ist noch offen: Stufen Sie den Vorfall erst herunter, wenn alle Entscheidungen vorliegen.</translation>
    </message>
    <message>
        <source>the tick that %1 was told</source>
        <translation>den Haken, dass %1 informiert wurde</translation>
    </message>
    <message>
        <source>the observation of %1</source>
        <translation>die Beobachtung von %1</translation>
    </message>
    <message>
        <source>%1 retracted %2 (entry %3) — &quot;%4&quot;</source>
        <translation>%1 hat %2 zurückgezogen (Eintrag %3) — &quot;%4&quot;</translation>
    </message>
    <message>
        <source>%1 clicked &quot;%2&quot;</source>
        <translation>%1 hat auf &quot;%2&quot; geklickt</translation>
    </message>
    <message>
        <source>%1 looked at &quot;%2&quot; (navigation)</source>
        <translation>%1 hat &quot;%2&quot; angesehen (Navigation)</translation>
    </message>
    <message>
        <source>%1 clicked &quot;%2&quot; (not marked act or navigation)</source>
        <translation>%1 hat auf &quot;%2&quot; geklickt (weder als Handlung noch als Navigation markiert)</translation>
    </message>
    <message>
        <source>RETRACTED by %1 at %2 UTC: &quot;%3&quot;</source>
        <translation>ZURÜCKGEZOGEN von %1 um %2 UTC: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 (%2) tried to acknowledge %3</source>
        <translation>%1 (%2) wollte %3 bestätigen</translation>
    </message>
    <message>
        <source>%1 (%2) tried to tick that %3 was told about %4</source>
        <translation>%1 (%2) wollte abhaken, dass %3 über %4 informiert wurde</translation>
    </message>
    <message>
        <source>%1 (%2) tried to retract entry %3</source>
        <translation>%1 (%2) wollte Eintrag %3 zurückziehen</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>Punkt %1</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>unbekannter Zeit</translation>
    </message>
    <message>
        <source>There is no such notification list.</source>
        <translation>Diese Benachrichtigungsliste gibt es nicht.</translation>
    </message>
    <message>
        <source>There is nothing open to acknowledge there.</source>
        <translation>Dort ist nichts offen, was zu bestätigen wäre.</translation>
    </message>
    <message>
        <source>%1 was already acknowledged by %2 at %3 UTC.</source>
        <translation>%1 wurde bereits von %2 um %3 UTC bestätigt.</translation>
    </message>
    <message>
        <source>%1 was already told, at %2 UTC, ticked by %3.</source>
        <translation>%1 wurde bereits informiert, um %2 UTC, abgehakt von %3.</translation>
    </message>
    <message>
        <source>That entry was already retracted by %1 at %2 UTC.</source>
        <translation>Dieser Eintrag wurde bereits von %1 um %2 UTC zurückgezogen.</translation>
    </message>
    <message>
        <source>%1 is not on this notification list.</source>
        <translation>%1 steht nicht auf dieser Benachrichtigungsliste.</translation>
    </message>
    <message>
        <source>Only an observation or a notification tick can be retracted.</source>
        <translation>Nur eine Beobachtung oder ein Benachrichtigungshaken kann zurückgezogen werden.</translation>
    </message>
    <message>
        <source>Say why you are retracting it.</source>
        <translation>Begründen Sie, warum Sie ihn zurückziehen.</translation>
    </message>
    <message>
        <source>%1 began the data procedure %2</source>
        <translation>%1 hat das Datenverfahren %2 begonnen</translation>
    </message>
    <message>
        <source>%1 did step &quot;%2&quot; of %3</source>
        <translation>%1 hat Schritt &quot;%2&quot; von %3 ausgeführt</translation>
    </message>
    <message>
        <source>%1 marked step &quot;%2&quot; of %3 BLOCKED: &quot;%4&quot;</source>
        <translation>%1 hat Schritt &quot;%2&quot; von %3 als BLOCKIERT markiert: &quot;%4&quot;</translation>
    </message>
    <message>
        <source>; confirmed &quot;%1&quot;</source>
        <translation>; bestätigt mit &quot;%1&quot;</translation>
    </message>
    <message>
        <source>; second person %1 (%2)</source>
        <translation>; zweite Person %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) attached</source>
        <translation>
            <numerusform>; %n Datei angehängt</numerusform>
            <numerusform>; %n Dateien angehängt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 recorded (regulator clocks start): %2</source>
        <translation>%1 erfasst (Meldefristen beginnen): %2</translation>
    </message>
    <message>
        <source>%1 recorded the impact question “%2” as unknown — &quot;%3&quot;</source>
        <translation>%1 hat die Folgenfrage „%2“ als unbekannt erfasst — „%3“</translation>
    </message>
    <message>
        <source>%1 answered the impact question “%2”: %3</source>
        <translation>%1 hat die Folgenfrage „%2“ beantwortet: %3</translation>
    </message>
    <message>
        <source>became aware of the incident</source>
        <translation>vom Vorfall Kenntnis erlangt</translation>
    </message>
    <message>
        <source>classified the incident as major</source>
        <translation>den Vorfall als schwerwiegend eingestuft</translation>
    </message>
    <message>
        <source>determined the incident material</source>
        <translation>den Vorfall als wesentlich bestimmt</translation>
    </message>
    <message>
        <source>discovered the breach</source>
        <translation>die Datenschutzverletzung entdeckt</translation>
    </message>
    <message>
        <source>became aware</source>
        <translation>Kenntnis erlangt</translation>
    </message>
    <message>
        <source>classified as major</source>
        <translation>als schwerwiegend eingestuft</translation>
    </message>
    <message>
        <source>determined material</source>
        <translation>als wesentlich bestimmt</translation>
    </message>
    <message>
        <source>breach discovered</source>
        <translation>Verletzung entdeckt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>copied to the clipboard</source>
        <translation>in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>saved as %1</source>
        <translation>gespeichert als %1</translation>
    </message>
    <message>
        <source>opened in the mail client</source>
        <translation>im E-Mail-Programm geöffnet</translation>
    </message>
    <message>
        <source>%1 sent the %2 to %3 (%4), SHA-256 %5</source>
        <translation>%1 hat die Mitteilung „%2“ an %3 gesendet (%4), SHA-256 %5</translation>
    </message>
    <message>
        <source>; late: &quot;%1&quot;</source>
        <translation>; verspätet: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1, step &quot;%2&quot;</source>
        <translation>%1, Schritt &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 attached %2 (SHA-256 %3, %4 bytes) at %5</source>
        <translation>%1 hat %2 angehängt (SHA-256 %3, %4 Bytes) bei %5</translation>
    </message>
    <message>
        <source>played by the exercise script; nothing left Turnback</source>
        <translation>vom Übungsskript abgespielt; nichts hat Turnback verlassen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Turnback: the incident console for reversibility kits.</source>
        <translation>Turnback: die Incident-Konsole für Reversibility-Kits.</translation>
    </message>
    <message>
        <source>The kit to open (default: the baseline kit).</source>
        <translation>Das zu öffnende Kit (Standard: das Basis-Kit).</translation>
    </message>
    <message>
        <source>A service overlay to layer on the kit (repeatable).</source>
        <translation>Ein Dienst-Overlay über dem Kit (mehrfach möglich).</translation>
    </message>
    <message>
        <source>The audit log database (default: %1).</source>
        <translation>Die Prüfprotokoll-Datenbank (Standard: %1).</translation>
    </message>
    <message>
        <source>Turnback cannot record</source>
        <translation>Turnback kann nicht protokollieren</translation>
    </message>
    <message>
        <source>The audit log could not be opened, so nothing you do could be recorded. Turnback will not start.

%1</source>
        <translation>Das Prüfprotokoll konnte nicht geöffnet werden, daher könnte nichts, was Sie tun, aufgezeichnet werden. Turnback startet nicht.

%1</translation>
    </message>
    <message>
        <source>The interface language: %1 (default: the choice in the View menu, else the system&apos;s).</source>
        <translation>Die Sprache der Oberfläche: %1 (Standard: die Auswahl im Menü Ansicht, sonst die des Systems).</translation>
    </message>
    <message>
        <source>turnback: no language &quot;%1&quot;; choose one of: %2</source>
        <translation>turnback: keine Sprache „%1“; wählen Sie eine von: %2</translation>
    </message>
    <message>
        <source>Open this audit log read-only for review (no console, nothing recorded).</source>
        <translation>Dieses Prüfprotokoll schreibgeschützt zur Prüfung öffnen (keine Konsole, nichts wird erfasst).</translation>
    </message>
    <message>
        <source>Turnback cannot open this log for review</source>
        <translation>Turnback kann dieses Protokoll nicht zur Prüfung öffnen</translation>
    </message>
    <message>
        <source>Run a tabletop exercise from this scenario, on an exercise clock the trainer starts, pauses and speeds up (default log: %1).</source>
        <translation>Eine Planspielübung nach diesem Szenario ausführen, auf einer Übungsuhr, die die Übungsleitung startet, anhält und beschleunigt (Standardprotokoll: %1).</translation>
    </message>
    <message>
        <source>The exercise cannot run</source>
        <translation>Die Übung kann nicht laufen</translation>
    </message>
    <message>
        <source>turnback: the kit did not load, so the exercise cannot run: %1</source>
        <translation>turnback: Das Kit wurde nicht geladen, daher kann die Übung nicht laufen: %1</translation>
    </message>
</context>
<context>
    <name>turnback</name>
    <message>
        <source>%1 (%2) from %3</source>
        <translation>%1 (%2) von %3</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>FEHLGESCHLAGEN: %1</translation>
    </message>
    <message>
        <source>NOT SIGNED: the %1 events form the reversal&apos;s own hash chain, unbroken, but no signed checkpoint covers any of them, so nothing vouches that none is missing or that they were not rewritten. Sign the log (turnback-cli audit checkpoint) and export again.</source>
        <translation>NICHT SIGNIERT: Die %1 Ereignisse bilden die eigene Hash-Kette der Rücknahme, ununterbrochen, aber kein signierter Prüfpunkt deckt eines davon ab; nichts verbürgt also, dass keines fehlt oder keines umgeschrieben wurde. Signieren Sie das Protokoll (turnback-cli audit checkpoint) und exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>The %1 events form the reversal&apos;s own hash chain, unbroken, from its first event; %2 signed incident checkpoint(s) verify, the newest covering incident_seq %3.</source>
        <translation>Die %1 Ereignisse bilden die eigene Hash-Kette der Rücknahme, ununterbrochen ab ihrem ersten Ereignis; %2 signierte(r) Vorfalls-Prüfpunkt(e) sind gültig, der neueste deckt incident_seq %3 ab.</translation>
    </message>
    <message>
        <source>Reading the reversal</source>
        <translation>Rücknahme wird gelesen</translation>
    </message>
    <message>
        <source>The log %1 holds no reversal %2 (turnback-cli incident list shows those it holds).</source>
        <translation>Das Protokoll %1 enthält keine Rücknahme %2 (turnback-cli incident list zeigt die enthaltenen).</translation>
    </message>
    <message>
        <source>The key %1 is not one this log registers: a pack is signed only with the key that signs the log&apos;s checkpoints.</source>
        <translation>Der Schlüssel %1 ist in diesem Protokoll nicht registriert: Ein Paket wird nur mit dem Schlüssel signiert, der die Prüfpunkte des Protokolls signiert.</translation>
    </message>
    <message>
        <source>Checking the proof</source>
        <translation>Nachweis wird geprüft</translation>
    </message>
    <message>
        <source>Writing the events</source>
        <translation>Ereignisse werden geschrieben</translation>
    </message>
    <message>
        <source>Artifact of seq %1: the recorded path &quot;%2&quot; is not inside the evidence folder; not included.</source>
        <translation>Artefakt von seq %1: Der erfasste Pfad &quot;%2&quot; liegt nicht im Beweisordner; nicht aufgenommen.</translation>
    </message>
    <message>
        <source>Artifact %1 (seq %2) is missing from %3; not included.</source>
        <translation>Artefakt %1 (seq %2) fehlt in %3; nicht aufgenommen.</translation>
    </message>
    <message>
        <source>Artifact %1 (seq %2) was changed since it was attached (its SHA-256 is not the one recorded); not included.</source>
        <translation>Artefakt %1 (seq %2) wurde seit dem Anhängen geändert (sein SHA-256 ist nicht der erfasste); nicht aufgenommen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Writing the pack</source>
        <translation>Paket wird geschrieben</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Evidence pack: %1</source>
        <translation>Beweispaket: %1</translation>
    </message>
    <message>
        <source>EXERCISE: this reversal was an exercise, not a live incident. It is not live evidence.</source>
        <translation>ÜBUNG: Diese Rücknahme war eine Übung, kein echter Vorfall. Sie ist kein echter Beweis.</translation>
    </message>
    <message>
        <source>UNSIGNED: this pack was exported without a signing key. manifest.sha256 is not signed; only the signed checkpoints in proof/ vouch for the events.</source>
        <translation>UNSIGNIERT: Dieses Paket wurde ohne Signaturschlüssel exportiert. manifest.sha256 ist nicht signiert; nur die signierten Prüfpunkte in proof/ verbürgen die Ereignisse.</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Rücknahme</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>Kit</source>
        <translation>Kit</translation>
    </message>
    <message>
        <source>Kit version</source>
        <translation>Kit-Version</translation>
    </message>
    <message>
        <source>(the kit gives none)</source>
        <translation>(das Kit gibt keine an)</translation>
    </message>
    <message>
        <source>Kit SHA-256</source>
        <translation>Kit-SHA-256</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Begonnen (UTC)</translation>
    </message>
    <message>
        <source>Ended (UTC)</source>
        <translation>Beendet (UTC)</translation>
    </message>
    <message>
        <source>not closed when exported</source>
        <translation>beim Export nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Geleitet von</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Exported (UTC)</source>
        <translation>Exportiert (UTC)</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Exportiert von</translation>
    </message>
    <message>
        <source>Pack signed with key</source>
        <translation>Paket signiert mit Schlüssel</translation>
    </message>
    <message>
        <source>UNSIGNED</source>
        <translation>UNSIGNIERT</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>NOT VERIFIED</source>
        <translation>NICHT VERIFIZIERT</translation>
    </message>
    <message>
        <source>met, %1 to spare</source>
        <translation>eingehalten, %1 Reserve</translation>
    </message>
    <message>
        <source>missed by %1</source>
        <translation>verfehlt um %1</translation>
    </message>
    <message>
        <source>missed: no decision, %1 past the deadline at the last event</source>
        <translation>verfehlt: keine Entscheidung, %1 nach der Frist beim letzten Ereignis</translation>
    </message>
    <message>
        <source>missed: no decision, closed %1 after the deadline</source>
        <translation>verfehlt: keine Entscheidung, %1 nach der Frist abgeschlossen</translation>
    </message>
    <message>
        <source>no decision yet; the deadline had not passed at the last event</source>
        <translation>noch keine Entscheidung; die Frist war beim letzten Ereignis nicht abgelaufen</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Entscheidungsprotokoll</translation>
    </message>
    <message>
        <source>None recorded: no signal triggered.</source>
        <translation>Nichts erfasst: kein Signal ausgelöst.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Triggered at (UTC)</source>
        <translation>Ausgelöst (UTC)</translation>
    </message>
    <message>
        <source>Acted at (UTC)</source>
        <translation>Gehandelt (UTC)</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>Spielraum</translation>
    </message>
    <message>
        <source>Met or missed</source>
        <translation>Eingehalten/verfehlt</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>immediate</source>
        <translation>sofort</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Nichts erfasst.</translation>
    </message>
    <message>
        <source>Human impact answers</source>
        <translation>Antworten zu Folgen für Menschen</translation>
    </message>
    <message>
        <source>Communications sent</source>
        <translation>Gesendete Kommunikation</translation>
    </message>
    <message>
        <source>Data steps</source>
        <translation>Datenschritte</translation>
    </message>
    <message>
        <source>Artifacts attached</source>
        <translation>Angehängte Artefakte</translation>
    </message>
    <message>
        <source>Anyone can check this pack without Turnback: README.txt in the pack gives each command (unzip, sha256sum -c, openssl pkeyutl -verify, python3 verify_evidence_pack.py).</source>
        <translation>Jeder kann dieses Paket ohne Turnback prüfen: README.txt im Paket nennt jeden Befehl (unzip, sha256sum -c, openssl pkeyutl -verify, python3 verify_evidence_pack.py).</translation>
    </message>
</context>
<context>
    <name>turnback::AddInjectDialog</name>
    <message>
        <source>Add an inject</source>
        <translation>Einspielung hinzufügen</translation>
    </message>
    <message>
        <source>The regulator calls and asks whether personal data was lost.</source>
        <translation>Die Aufsichtsbehörde ruft an und fragt, ob personenbezogene Daten verloren gingen.</translation>
    </message>
    <message>
        <source>The whole room</source>
        <translation>Alle Teilnehmenden</translation>
    </message>
    <message>
        <source>Nothing expected</source>
        <translation>Nichts erwartet</translation>
    </message>
    <message>
        <source>signal, template, PROCEDURE/STEP, prompt or trigger id</source>
        <translation>Signal-, Vorlagen-, VERFAHREN/SCHRITT-, Fragen- oder Auslöser-ID</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;What reaches the room:</source>
        <translation>&amp;Was den Raum erreicht:</translation>
    </message>
    <message>
        <source>Add&amp;ressed to:</source>
        <translation>&amp;Gerichtet an:</translation>
    </message>
    <message>
        <source>E&amp;xpected act:</source>
        <translation>E&amp;rwartete Handlung:</translation>
    </message>
    <message>
        <source>On &amp;item:</source>
        <translation>&amp;Zu Element:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>Wi&amp;thin:</source>
        <translation>&amp;Innerhalb:</translation>
    </message>
    <message>
        <source>&amp;Add inject</source>
        <translation>Einspielung hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Write what reaches the room.</source>
        <translation>Schreiben Sie, was den Raum erreicht.</translation>
    </message>
    <message>
        <source>Say which item the act is expected on, or choose &quot;Nothing expected&quot;.</source>
        <translation>Geben Sie an, zu welchem Element die Handlung erwartet wird, oder wählen Sie „Nichts erwartet“.</translation>
    </message>
</context>
<context>
    <name>turnback::ChangeOperatorDialog</name>
    <message>
        <source>Hand over the keyboard</source>
        <translation>Tastatur übergeben</translation>
    </message>
    <message>
        <source>Now at the keyboard: %1</source>
        <translation>Jetzt an der Tastatur: %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
</context>
<context>
    <name>turnback::CloseReversalDialog</name>
    <message>
        <source>Close the reversal</source>
        <translation>Rücknahme abschließen</translation>
    </message>
    <message>
        <source>One line: what was done and where things stand</source>
        <translation>Eine Zeile: was getan wurde und wo die Dinge stehen</translation>
    </message>
    <message>
        <source>Close reversal</source>
        <translation>Rücknahme abschließen</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 still owed:&lt;/b&gt; %2 decision(s) not recorded, %3 acknowledgement(s) not given, %4 notification(s) not confirmed, %5 comms update(s) not sent. Closing records that they were left open.</source>
        <translation>&lt;b&gt;%1 noch fällig:&lt;/b&gt; %2 Entscheidung(en) nicht erfasst, %3 Bestätigung(en) nicht gegeben, %4 Benachrichtigung(en) nicht bestätigt, %5 Kommunikationsupdate(s) nicht gesendet. Beim Abschließen wird erfasst, dass sie offen blieben.</translation>
    </message>
    <message>
        <source>Nothing is owed: every decision, acknowledgement, notification and comms update is recorded.</source>
        <translation>Nichts ist fällig: Jede Entscheidung, Bestätigung, Benachrichtigung und jedes Kommunikationsupdate ist erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Closing is blocked:&lt;/b&gt; %n required human-impact prompt(s) not answered. Answer each, or record it as unknown with a reason:&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Abschließen ist blockiert:&lt;/b&gt; %n erforderliche Frage zu Folgen für Menschen nicht beantwortet. Beantworten Sie sie oder erfassen Sie sie mit Grund als unbekannt:&lt;ul&gt;%1&lt;/ul&gt;</numerusform>
            <numerusform>&lt;b&gt;Abschließen ist blockiert:&lt;/b&gt; %n erforderliche Fragen zu Folgen für Menschen nicht beantwortet. Beantworten Sie jede oder erfassen Sie sie mit Grund als unbekannt:&lt;ul&gt;%1&lt;/ul&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Go to the impact prompts</source>
        <translation>Zu den &amp;Folgenfragen</translation>
    </message>
    <message>
        <source>no relaunch decision</source>
        <translation>keine Entscheidung über einen Neustart</translation>
    </message>
    <message>
        <source>&lt;b&gt;The recovery is unfinished:&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;Closing records what was left open and why.</source>
        <translation>&lt;b&gt;Die Wiederherstellung ist nicht fertig:&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;Beim Abschließen wird erfasst, was offen blieb und warum.</translation>
    </message>
    <message>
        <source>Why close now, and where the recovery continues</source>
        <translation>Warum jetzt abschließen, und wo die Wiederherstellung weitergeht</translation>
    </message>
    <message>
        <source>&amp;Why close with the recovery unfinished:</source>
        <translation>&amp;Warum mit unfertiger Wiederherstellung abschließen:</translation>
    </message>
</context>
<context>
    <name>turnback::CommsDuePanel</name>
    <message>
        <source>Comms due:</source>
        <translation>Fällige Mitteilungen:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 owes the %2 to %3 by %4 UTC (Comms tab, Send...)</source>
        <translation>%1 schuldet %3 die Mitteilung „%2“ bis %4 UTC (Reiter Kommunikation, Senden...)</translation>
    </message>
</context>
<context>
    <name>turnback::CommsPanel</name>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Gesendet von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Blanks</source>
        <translation>Lücken</translation>
    </message>
    <message>
        <source>Send...</source>
        <translation>Senden …</translation>
    </message>
    <message>
        <source>Fill in, preview and send the chosen template (Return on a row does the same)</source>
        <translation>Gewählte Vorlage ausfüllen, ansehen und senden (Return auf einer Zeile tut dasselbe)</translation>
    </message>
    <message>
        <source>Subject: %1

%2</source>
        <translation>Betreff: %1

%2</translation>
    </message>
    <message>
        <source>%1 after the start</source>
        <translation>%1 nach Beginn</translation>
    </message>
</context>
<context>
    <name>turnback::CommsWizard</name>
    <message>
        <source>Send a comms update</source>
        <translation>Kommunikationsupdate senden</translation>
    </message>
    <message>
        <source>sent %1 UTC</source>
        <translation>gesendet %1 UTC</translation>
    </message>
    <message>
        <source>DUE SOON, %1 left</source>
        <translation>BALD FÄLLIG, noch %1</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>fällig in %1</translation>
    </message>
    <message>
        <source>no clock running</source>
        <translation>keine Frist läuft</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>OVERDUE by %1</source>
        <translation>ÜBERFÄLLIG seit %1</translation>
    </message>
    <message>
        <source>due %1 UTC (%2)</source>
        <translation>fällig %1 UTC (%2)</translation>
    </message>
    <message>
        <source>sent: %1</source>
        <translation>gesendet: %1</translation>
    </message>
    <message>
        <source>The regulator clock due first: &lt;b&gt;%1&lt;/b&gt; %2, counted from %3 at %4 UTC; owed by %5.</source>
        <translation>Die zuerst fällige Meldefrist: &lt;b&gt;%1&lt;/b&gt; %2, gezählt ab „%3“ um %4 UTC; geschuldet von %5.</translation>
    </message>
    <message>
        <source>At %1, the update due first: &lt;b&gt;%2&lt;/b&gt; %3; owed by %4.</source>
        <translation>Bei %1 die zuerst fällige Mitteilung: &lt;b&gt;%2&lt;/b&gt; %3; geschuldet von %4.</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
</context>
<context>
    <name>turnback::CommsWizardPageAccountability</name>
    <message>
        <source>Who owes this update, to whom, by when</source>
        <translation>Wer dieses Update wem bis wann schuldet</translation>
    </message>
    <message>
        <source>Name &lt;address&gt;; another &lt;address&gt;; or a group&apos;s name</source>
        <translation>Name &lt;Adresse&gt;; weitere &lt;Adresse&gt;; oder ein Gruppenname</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>not named in the kit</source>
        <translation>im Kit nicht genannt</translation>
    </message>
    <message>
        <source>The kit gives %1 from the start of the reversal (%2).</source>
        <translation>Das Kit gibt %1 ab Beginn der Rücknahme (%2).</translation>
    </message>
    <message>
        <source>Its regulator clock sets the deadline, counted from its own trigger (Regulator clocks, beside the rubric).</source>
        <translation>Die Frist setzt die Meldefrist der Behörde, gezählt ab ihrem eigenen Auslöser (Meldefristen, neben der Rubrik).</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Owed by:&lt;/b&gt; %1 (%2)&lt;/p&gt;&lt;p&gt;&lt;b&gt;Owed to:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;&lt;b&gt;Due by:&lt;/b&gt; %4 — %5&lt;/p&gt;&lt;p&gt;%6&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Geschuldet von:&lt;/b&gt; %1 (%2)&lt;/p&gt;&lt;p&gt;&lt;b&gt;Geschuldet an:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fällig bis:&lt;/b&gt; %4 — %5&lt;/p&gt;&lt;p&gt;%6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>keine Frist</translation>
    </message>
</context>
<context>
    <name>turnback::CommsWizardPageChoose</name>
    <message>
        <source>Which update?</source>
        <translation>Welches Update?</translation>
    </message>
    <message>
        <source>The kit&apos;s comms templates, with when each is owed. Choose one with the arrow keys.</source>
        <translation>Die Kommunikationsvorlagen des Kits, mit Fälligkeit. Wählen Sie eine mit den Pfeiltasten.</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>%1 — to %2 (%3) — %4</source>
        <translation>%1 — an %2 (%3) — %4</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Vorschlag: %1</translation>
    </message>
    <message>
        <source>Every update the kit owes has been sent, and no regulator clock is running. You can send any of them again.</source>
        <translation>Jede Mitteilung, die das Kit schuldet, wurde gesendet, und keine Meldefrist läuft. Sie können jede davon erneut senden.</translation>
    </message>
    <message>
        <source>%1 (due %2 UTC)</source>
        <translation>%1 (fällig %2 UTC)</translation>
    </message>
    <message>
        <source>Then: %1.</source>
        <translation>Danach: %1.</translation>
    </message>
</context>
<context>
    <name>turnback::CommsWizardPageFill</name>
    <message>
        <source>Fill in the blanks</source>
        <translation>Lücken ausfüllen</translation>
    </message>
    <message>
        <source>Save dra&amp;ft</source>
        <translation>&amp;Entwurf speichern</translation>
    </message>
    <message>
        <source>Draft saved and recorded at %1 UTC.</source>
        <translation>Entwurf um %1 UTC gespeichert und erfasst.</translation>
    </message>
    <message>
        <source>Draft NOT saved: %1</source>
        <translation>Entwurf NICHT gespeichert: %1</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— wählen —</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
    <message>
        <source>UTC, as %1</source>
        <translation>UTC, etwa %1</translation>
    </message>
    <message>
        <source>a number, as 1200 or 12.5</source>
        <translation>eine Zahl, etwa 1200 oder 12.5</translation>
    </message>
    <message>
        <source>Next is disabled until every required blank is valid:
%1</source>
        <translation>Weiter ist gesperrt, bis jede erforderliche Lücke gültig ist:
%1</translation>
    </message>
    <message>
        <source>%1: every blank marked * is required. Values Turnback knows from the record are filled in; check them. Tab moves on, Ctrl+Return is Next.</source>
        <translation>%1: Jede mit * markierte Lücke ist erforderlich. Werte, die Turnback aus dem Protokoll kennt, sind ausgefüllt; prüfen Sie sie. Tab geht weiter, Ctrl+Return ist Weiter.</translation>
    </message>
    <message>
        <source>Resumed the draft saved at %1 UTC by %2.</source>
        <translation>Entwurf fortgesetzt, gespeichert um %1 UTC von %2.</translation>
    </message>
</context>
<context>
    <name>turnback::CommsWizardPagePreview</name>
    <message>
        <source>Exactly what will be sent</source>
        <translation>Genau das wird gesendet</translation>
    </message>
    <message>
        <source>End the message with the audit log&apos;s &amp;fingerprint (a witness of the record now)</source>
        <translation>Nachricht mit dem &amp;Fingerabdruck des Prüfprotokolls beenden (bezeugt den jetzigen Stand)</translation>
    </message>
    <message>
        <source>From: %1
To: %2
Subject: %3
Audit log head: %4

%5</source>
        <translation>Von: %1
An: %2
Betreff: %3
Prüfprotokoll-Kopf: %4

%5</translation>
    </message>
    <message>
        <source>(not sent)</source>
        <translation>(nicht gesendet)</translation>
    </message>
</context>
<context>
    <name>turnback::CommsWizardPageSend</name>
    <message>
        <source>Send it</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Each way of sending is recorded with the full text and its SHA-256.</source>
        <translation>Jeder Sendeweg wird mit vollem Text und SHA-256 erfasst.</translation>
    </message>
    <message>
        <source>Why it goes out late, for the recipient and the record</source>
        <translation>Warum es verspätet rausgeht, für Empfänger und Protokoll</translation>
    </message>
    <message>
        <source>Reason for the &amp;delay:</source>
        <translation>Grund der &amp;Verspätung:</translation>
    </message>
    <message>
        <source>&amp;Copy to the clipboard</source>
        <translation>In die &amp;Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Save as .&amp;eml file...</source>
        <translation>Als .&amp;eml-Datei speichern …</translation>
    </message>
    <message>
        <source>Open in the &amp;mail client...</source>
        <translation>Im &amp;Mailprogramm öffnen …</translation>
    </message>
    <message>
        <source>LATE: this update was due at %1. Say why before sending; regulators ask for it.</source>
        <translation>VERSPÄTET: Dieses Update war um %1 fällig. Geben Sie vor dem Senden den Grund an; Aufsichtsbehörden fragen danach.</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Noch nicht gesendet.</translation>
    </message>
    <message>
        <source>Not sent: write the reason for the delay first.</source>
        <translation>Nicht gesendet: Schreiben Sie zuerst den Grund der Verspätung.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Not sent: no file was chosen.</source>
        <translation>Nicht gesendet: keine Datei gewählt.</translation>
    </message>
    <message>
        <source>Not sent: %1 could not be written (%2).</source>
        <translation>Nicht gesendet: %1 konnte nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>No mail client opened it: open %1 yourself.</source>
        <translation>Kein Mailprogramm hat sie geöffnet: Öffnen Sie %1 selbst.</translation>
    </message>
    <message>
        <source>Sent, but NOT recorded: %1</source>
        <translation>Gesendet, aber NICHT erfasst: %1</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>In die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>Saved to %1 and handed to the mail client</source>
        <translation>Gespeichert unter %1 und an das Mailprogramm übergeben</translation>
    </message>
    <message>
        <source>%1 and recorded (SHA-256 %2…). Finish with Ctrl+Return.</source>
        <translation>%1 und erfasst (SHA-256 %2…). Mit Ctrl+Return abschließen.</translation>
    </message>
</context>
<context>
    <name>turnback::ConsoleController</name>
    <message>
        <source>Open a kit first: a reversal runs on a kit&apos;s rubric.</source>
        <translation>Öffnen Sie zuerst ein Kit: Eine Rücknahme folgt der Rubrik eines Kits.</translation>
    </message>
    <message>
        <source>A reversal is already running: close it before starting another.</source>
        <translation>Eine Rücknahme läuft bereits: Schließen Sie sie ab, bevor Sie eine weitere starten.</translation>
    </message>
    <message>
        <source>A reversal is already running: close it before resuming another.</source>
        <translation>Eine Rücknahme läuft bereits: Schließen Sie sie ab, bevor Sie eine andere fortsetzen.</translation>
    </message>
    <message>
        <source>No reversal is running.</source>
        <translation>Es läuft keine Rücknahme.</translation>
    </message>
    <message>
        <source>No file was chosen for the new log.</source>
        <translation>Für das neue Protokoll wurde keine Datei gewählt.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file: the new log must not overwrite or mix with another.</source>
        <translation>%1 existiert bereits. Wählen Sie eine neue Datei: Das neue Protokoll darf kein anderes überschreiben oder sich mit ihm vermischen.</translation>
    </message>
</context>
<context>
    <name>turnback::DataHandlingPanel</name>
    <message>
        <source>Procedure</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>not begun</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 von %2 Schritten erledigt</translation>
    </message>
    <message>
        <source> · BLOCKED: &quot;%1&quot;</source>
        <translation> · BLOCKIERT: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Carry out...</source>
        <translation>Durchführen …</translation>
    </message>
    <message>
        <source>Data procedures of this reversal (recorded as you go):</source>
        <translation>Datenverfahren dieser Rücknahme (erfasst, während Sie arbeiten):</translation>
    </message>
    <message>
        <source>Data procedures (another console records this reversal):</source>
        <translation>Datenverfahren (eine andere Konsole erfasst diese Rücknahme):</translation>
    </message>
    <message>
        <source>File attached</source>
        <translation>Angehängte Datei</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Still matches?</source>
        <translation>Stimmt noch?</translation>
    </message>
    <message>
        <source>not checked here</source>
        <translation>hier nicht geprüft</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>NO: CHANGED since it was attached</source>
        <translation>NEIN: seit dem Anhängen GEÄNDERT</translation>
    </message>
    <message>
        <source>NO: REMOVED from the store</source>
        <translation>NEIN: aus dem Beweisspeicher ENTFERNT</translation>
    </message>
    <message>
        <source>Attached by %1 at %2 UTC (seq %3)</source>
        <translation>Angehängt von %1 um %2 UTC (seq %3)</translation>
    </message>
</context>
<context>
    <name>turnback::DataWizard</name>
    <message>
        <source>not begun</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>BLOCKED at step %1: &quot;%2&quot;</source>
        <translation>BLOCKIERT bei Schritt %1: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 von %2 Schritten erledigt</translation>
    </message>
    <message>
        <source>Carry out a data procedure</source>
        <translation>Datenverfahren ausführen</translation>
    </message>
    <message>
        <source>Choose the procedure. Each step is recorded as you pass it; a procedure begun resumes where it stopped.</source>
        <translation>Wählen Sie das Verfahren. Jeder Schritt wird beim Durchlaufen erfasst; ein begonnenes Verfahren wird dort fortgesetzt, wo es stoppte.</translation>
    </message>
    <message>
        <source>&amp;Procedure:</source>
        <translation>&amp;Verfahren:</translation>
    </message>
    <message>
        <source>%1 — %2 (owner: %3)</source>
        <translation>%1 — %2 (verantwortlich: %3)</translation>
    </message>
    <message>
        <source>Data handling</source>
        <translation>Datenbehandlung</translation>
    </message>
</context>
<context>
    <name>turnback::DataWizardStepPage</name>
    <message>
        <source>%1 — step %2 of %3</source>
        <translation>%1 — Schritt %2 von %3</translation>
    </message>
    <message>
        <source>CHECKPOINT: cannot be passed without its evidence</source>
        <translation>PRÜFPUNKT: ohne Beweis nicht passierbar</translation>
    </message>
    <message>
        <source>DESTRUCTIVE: deletes or changes data; type the confirmation</source>
        <translation>DESTRUKTIV: löscht oder ändert Daten; Bestätigung eintippen</translation>
    </message>
    <message>
        <source>TWO-PERSON: a second person confirms</source>
        <translation>ZWEI PERSONEN: eine zweite Person bestätigt</translation>
    </message>
    <message>
        <source>Attac&amp;h file...</source>
        <translation>Datei &amp;anhängen …</translation>
    </message>
    <message>
        <source>No file attached.</source>
        <translation>Keine Datei angehängt.</translation>
    </message>
    <message>
        <source>Evidence files:</source>
        <translation>Beweisdateien:</translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Bloc&amp;ked</source>
        <translation>&amp;Blockiert</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Why the step cannot be done now</source>
        <translation>Warum der Schritt jetzt nicht möglich ist</translation>
    </message>
    <message>
        <source>&amp;Reason (blocked):</source>
        <translation>&amp;Grund (blockiert):</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (erforderlich):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>&amp;Type to confirm:</source>
        <translation>Zur Bestätigung &amp;tippen:</translation>
    </message>
    <message>
        <source>Second person&apos;s na&amp;me:</source>
        <translation>&amp;Name der zweiten Person:</translation>
    </message>
    <message>
        <source>Second person&apos;s ro&amp;le:</source>
        <translation>&amp;Rolle der zweiten Person:</translation>
    </message>
    <message>
        <source>To confirm, type exactly: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Zur Bestätigung genau eingeben: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Confirmed with %1, which was not recorded.</source>
        <translation>Bestätigt mit %1, was nicht erfasst wurde.</translation>
    </message>
    <message>
        <source>Recorded DONE by %1 at %2 UTC.</source>
        <translation>ERLEDIGT erfasst von %1 um %2 UTC.</translation>
    </message>
    <message>
        <source>Recorded BLOCKED by %1 at %2 UTC: &quot;%3&quot;. Record it again once it can be done.</source>
        <translation>BLOCKIERT erfasst von %1 um %2 UTC: &quot;%3&quot;. Erfassen Sie es erneut, sobald es möglich ist.</translation>
    </message>
    <message>
        <source>The procedure has not been begun.</source>
        <translation>Das Verfahren wurde noch nicht begonnen.</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2…)</source>
        <translation>%1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>Attached and recorded: %1</source>
        <translation>Angehängt und erfasst: %1</translation>
    </message>
</context>
<context>
    <name>turnback::DecisionDialog</name>
    <message>
        <source>Record a decision</source>
        <translation>Entscheidung erfassen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; triggered at %2 UTC and calls for &lt;b&gt;%3&lt;/b&gt;.&lt;br&gt;Owner: %4. Due %5 UTC.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wurde um %2 UTC ausgelöst und verlangt &lt;b&gt;%3&lt;/b&gt;.&lt;br&gt;Verantwortlich: %4. Fällig %5 UTC.</translation>
    </message>
    <message>
        <source>&amp;De-escalate to (give a reason):</source>
        <translation>&amp;Deeskalieren auf (mit Begründung):</translation>
    </message>
    <message>
        <source>Normal (no restriction)</source>
        <translation>Normal (keine Einschränkung)</translation>
    </message>
    <message>
        <source>Why? (goes into the audit trail word for word)</source>
        <translation>Warum? (wird wörtlich ins Prüfprotokoll übernommen)</translation>
    </message>
    <message>
        <source>You (%1, %2) are acting for the %3: a reason is required.</source>
        <translation>Sie (%1, %2) handeln für: %3. Eine Begründung ist nötig.</translation>
    </message>
    <message>
        <source>Recorded as %1 (%2).</source>
        <translation>Festgehalten als %1 (%2).</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Entscheidung erfassen</translation>
    </message>
    <message>
        <source>No signal&apos;s decision is open. You can stand the incident down from &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Keine Entscheidung zu einem Signal ist offen. Sie können den Vorfall von &lt;b&gt;%1&lt;/b&gt; herunterstufen.</translation>
    </message>
    <message>
        <source>&amp;Reason (Ctrl+Return records):</source>
        <translation>&amp;Begründung (Ctrl+Return erfasst):</translation>
    </message>
    <message>
        <source>Decide on &amp;item:</source>
        <translation>&amp;Entscheidung zu:</translation>
    </message>
    <message>
        <source>%1 → %2 — OVERDUE since %3 UTC (%4)</source>
        <translation>%1 → %2 — ÜBERFÄLLIG seit %3 UTC (%4)</translation>
    </message>
    <message>
        <source>%1 → %2 — due %3 UTC (%4)</source>
        <translation>%1 → %2 — fällig %3 UTC (%4)</translation>
    </message>
    <message>
        <source>Stand the incident down (every decision is in)</source>
        <translation>Vorfall herunterstufen (alle Entscheidungen liegen vor)</translation>
    </message>
    <message>
        <source>Carry &amp;out: %1</source>
        <translation>&amp;Ausführen: %1</translation>
    </message>
    <message>
        <source>&amp;Hold: %1 stays in force, not yet carried out (give a reason)</source>
        <translation>&amp;Halten: %1 bleibt in Kraft, noch nicht ausgeführt (mit Begründung)</translation>
    </message>
    <message>
        <source>Observation retracted: %1</source>
        <translation>Beobachtung zurückgezogen: %1</translation>
    </message>
</context>
<context>
    <name>turnback::EvidenceExport</name>
    <message>
        <source>Export evidence pack</source>
        <translation>Beweispaket exportieren</translation>
    </message>
    <message>
        <source>No signing key is set for this log, so the pack&apos;s manifest cannot be signed. The events are still vouched for by the log&apos;s signed checkpoints, but nobody can check who made the pack.

Export it UNSIGNED (the report and README say so)? To sign it, choose No and set up signing (status bar) first.</source>
        <translation>Für dieses Protokoll ist kein Signaturschlüssel eingerichtet, daher kann das Manifest des Pakets nicht signiert werden. Die Ereignisse sind weiterhin durch die signierten Prüfpunkte des Protokolls verbürgt, aber niemand kann prüfen, wer das Paket erstellt hat.

UNSIGNIERT exportieren (Bericht und README vermerken es)? Zum Signieren wählen Sie Nein und richten zuerst das Signieren ein (Statusleiste).</translation>
    </message>
    <message>
        <source>Exporting the evidence pack of %1...</source>
        <translation>Beweispaket von %1 wird exportiert …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>%1 written: %2 events, %3 attached files, %4.

%5

README.txt in the pack tells anyone how to verify it without Turnback.</source>
        <translation>%1 geschrieben: %2 Ereignisse, %3 angehängte Dateien, %4.

%5

README.txt im Paket erklärt jedem, wie es ohne Turnback verifiziert wird.</translation>
    </message>
    <message>
        <source>signed with key %1</source>
        <translation>signiert mit Schlüssel %1</translation>
    </message>
    <message>
        <source>UNSIGNED</source>
        <translation>UNSIGNIERT</translation>
    </message>
    <message>
        <source>EXERCISE pack: this reversal was an exercise, not live evidence.</source>
        <translation>ÜBUNGS-Paket: Diese Rücknahme war eine Übung, kein echter Beweis.</translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was written under %1.</source>
        <translation>Der Export wurde abgebrochen. Unter %1 wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The evidence pack was not written: %1
Nothing was written under %2.</source>
        <translation>Das Beweispaket wurde nicht geschrieben: %1
Unter %2 wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>turnback::EvidenceExportPicker</name>
    <message>
        <source>Export evidence pack</source>
        <translation>Beweispaket exportieren</translation>
    </message>
    <message>
        <source>&amp;Which reversal? An exercise is exported as an EXERCISE pack, never as live evidence.</source>
        <translation>&amp;Welche Rücknahme? Eine Übung wird als ÜBUNGS-Paket exportiert, nie als Live-Beweis.</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Rücknahme</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Reversals in this log</source>
        <translation>Rücknahmen in diesem Protokoll</translation>
    </message>
    <message>
        <source>EXERCISE: %1</source>
        <translation>ÜBUNG: %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>LIVE reversals (%1)</source>
        <translation>LIVE-Rücknahmen (%1)</translation>
    </message>
    <message>
        <source>EXERCISES, not live evidence (%1)</source>
        <translation>ÜBUNGEN, kein Live-Beweis (%1)</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exportieren...</translation>
    </message>
    <message>
        <source>The reversals of this log cannot be read: %1</source>
        <translation>Die Rücknahmen dieses Protokolls können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>turnback::EvidencePackExporter</name>
    <message>
        <source>No signing key: an evidence pack is signed with the log&apos;s key. Give the key (the keychain&apos;s, or a key file), or export it unsigned on purpose.</source>
        <translation>Kein Signaturschlüssel: Ein Beweispaket wird mit dem Schlüssel des Protokolls signiert. Geben Sie den Schlüssel an (aus dem Schlüsselbund oder als Schlüsseldatei) oder exportieren Sie bewusst unsigniert.</translation>
    </message>
    <message>
        <source>Laying out the report</source>
        <translation>Bericht wird gesetzt</translation>
    </message>
    <message>
        <source>OpenSSL could not sign the manifest.</source>
        <translation>OpenSSL konnte das Manifest nicht signieren.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>turnback::EvidenceReport</name>
    <message>
        <source>Corrections</source>
        <translation>Korrekturen</translation>
    </message>
</context>
<context>
    <name>turnback::ExerciseBanner</name>
    <message>
        <source>EXERCISE — tabletop drill, not a live reversal</source>
        <translation>ÜBUNG — Planspiel, keine echte Rücknahme</translation>
    </message>
</context>
<context>
    <name>turnback::ExerciseDirector</name>
    <message>
        <source>The exercise has already started.</source>
        <translation>Die Übung hat bereits begonnen.</translation>
    </message>
    <message>
        <source>The exercise clock is not running.</source>
        <translation>Die Übungsuhr läuft nicht.</translation>
    </message>
    <message>
        <source>The exercise clock is not paused.</source>
        <translation>Die Übungsuhr ist nicht angehalten.</translation>
    </message>
    <message>
        <source>The exercise runs at 1x, 2x, 5x or 10x.</source>
        <translation>Die Übung läuft mit 1x, 2x, 5x oder 10x.</translation>
    </message>
    <message>
        <source>The script stopped at a refused step.</source>
        <translation>Das Drehbuch ist bei einem abgelehnten Schritt stehen geblieben.</translation>
    </message>
    <message>
        <source>No inject is left in the script.</source>
        <translation>Im Drehbuch ist keine Einspielung mehr übrig.</translation>
    </message>
    <message>
        <source>An inject needs its words.</source>
        <translation>Eine Einspielung braucht ihren Wortlaut.</translation>
    </message>
</context>
<context>
    <name>turnback::ExerciseMode</name>
    <message>
        <source>INJECT: %1</source>
        <translation>EINSPIELUNG: %1</translation>
    </message>
    <message>
        <source>The script stopped: %1</source>
        <translation>Das Drehbuch ist stehen geblieben: %1</translation>
    </message>
    <message>
        <source>E&amp;xercise</source>
        <translation>Ü&amp;bung</translation>
    </message>
    <message>
        <source>&amp;Start / resume the exercise clock</source>
        <translation>Übungsuhr &amp;starten / fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Pause the exercise clock</source>
        <translation>Übungsuhr &amp;anhalten</translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation>Sch&amp;neller</translation>
    </message>
    <message>
        <source>Slo&amp;wer</source>
        <translation>&amp;Langsamer</translation>
    </message>
    <message>
        <source>&amp;Jump to the next inject</source>
        <translation>Zur nächsten &amp;Einspielung springen</translation>
    </message>
    <message>
        <source>&amp;Add an inject...</source>
        <translation>Einspielung &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <source>&amp;Hand the keyboard to a participant...</source>
        <translation>Tastatur an Teilnehmende &amp;übergeben …</translation>
    </message>
    <message>
        <source>Play the script&apos;s &amp;operator steps</source>
        <translation>&amp;Bedienschritte des Drehbuchs abspielen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <source>Play the script&apos;s operator steps</source>
        <translation>Bedienschritte des Drehbuchs abspielen</translation>
    </message>
    <message>
        <source>Trainer — %1</source>
        <translation>Übungsleitung — %1</translation>
    </message>
    <message>
        <source>Injects</source>
        <translation>Einspielungen</translation>
    </message>
    <message>
        <source>not started (F6 starts)</source>
        <translation>nicht gestartet (F6 startet)</translation>
    </message>
    <message>
        <source>PAUSED (F6 resumes)</source>
        <translation>ANGEHALTEN (F6 setzt fort)</translation>
    </message>
    <message>
        <source>running at %1x</source>
        <translation>läuft mit %1x</translation>
    </message>
    <message>
        <source>Exercise clock %1 UTC, +%2, %3</source>
        <translation>Übungsuhr %1 UTC, +%2, %3</translation>
    </message>
    <message>
        <source>No inject is left in the script.</source>
        <translation>Im Drehbuch ist keine Einspielung mehr übrig.</translation>
    </message>
    <message>
        <source>Next inject in %1 (at +%2)</source>
        <translation>Nächste Einspielung in %1 (bei +%2)</translation>
    </message>
    <message>
        <source>&amp;Resume the exercise clock</source>
        <translation>Übungsuhr &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Start the exercise clock</source>
        <translation>Übungsuhr &amp;starten</translation>
    </message>
    <message>
        <source>EXERCISE — </source>
        <translation>ÜBUNG — </translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Tempo:</translation>
    </message>
</context>
<context>
    <name>turnback::ImpactAnswerDialog</name>
    <message>
        <source>Answer a human-impact prompt</source>
        <translation>Frage zu Folgen für Menschen beantworten</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Antwort:</translation>
    </message>
    <message>
        <source>A number, such as 120</source>
        <translation>Eine Zahl, etwa 120</translation>
    </message>
    <message>
        <source>What you know now</source>
        <translation>Was Sie jetzt wissen</translation>
    </message>
    <message>
        <source>&amp;Unknown... (not known yet: say why)</source>
        <translation>&amp;Unbekannt … (noch nicht bekannt: Grund angeben)</translation>
    </message>
    <message>
        <source>Why the answer is not known, and who is finding out</source>
        <translation>Warum die Antwort unbekannt ist und wer es herausfindet</translation>
    </message>
    <message>
        <source>&amp;Reason it is unknown:</source>
        <translation>&amp;Grund, warum unbekannt:</translation>
    </message>
    <message>
        <source>Record a&amp;nswer</source>
        <translation>Antwort &amp;erfassen</translation>
    </message>
</context>
<context>
    <name>turnback::ImpactPanel</name>
    <message>
        <source>Prompt</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer that stands</source>
        <translation>Gültige Antwort</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Beantwortet von</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>Answer the &amp;question...</source>
        <translation>Frage beantworten …</translation>
    </message>
    <message>
        <source>Return on a prompt does the same</source>
        <translation>Return auf einer Frage tut dasselbe</translation>
    </message>
    <message>
        <source>This kit has no human-impact prompts.</source>
        <translation>Dieses Kit hat keine Fragen zu Folgen für Menschen.</translation>
    </message>
    <message>
        <source>The kit&apos;s questions about affected users, operators and partner teams, by stage. Start a reversal to record answers.</source>
        <translation>Die Fragen des Kits zu betroffenen Nutzern, Betreibern und Partnerteams, nach Phase. Starten Sie eine Rücknahme, um Antworten zu erfassen.</translation>
    </message>
    <message>
        <source>The reversal is closed: these are the answers it closed with.</source>
        <translation>Die Rücknahme ist abgeschlossen: Dies sind die Antworten beim Abschluss.</translation>
    </message>
    <message>
        <source>This console follows another: answers are recorded there.</source>
        <translation>Diese Konsole folgt einer anderen: Antworten werden dort erfasst.</translation>
    </message>
    <message>
        <source>Answer each prompt as you learn it; a later answer replaces the one shown and both stay in the log. Required prompts block closing until answered or recorded as unknown.</source>
        <translation>Beantworten Sie jede Frage, sobald Sie es wissen; eine spätere Antwort ersetzt die angezeigte, beide bleiben im Protokoll. Erforderliche Fragen blockieren das Abschließen, bis sie beantwortet oder als unbekannt erfasst sind.</translation>
    </message>
    <message>
        <source>Before release</source>
        <translation>Vor der Freigabe</translation>
    </message>
    <message>
        <source>During the rollback</source>
        <translation>Während des Rollbacks</translation>
    </message>
    <message>
        <source>After the reversal</source>
        <translation>Nach der Rücknahme</translation>
    </message>
    <message>
        <source>REQUIRED · %1</source>
        <translation>ERFORDERLICH · %1</translation>
    </message>
    <message>
        <source>NOT ANSWERED — blocks closing</source>
        <translation>NICHT BEANTWORTET — blockiert Abschluss</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>Unknown — &quot;%1&quot;</source>
        <translation>Unbekannt — &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source> (replaces %n earlier answer(s))</source>
        <translation>
            <numerusform> (ersetzt %n frühere Antwort)</numerusform>
            <numerusform> (ersetzt %n frühere Antworten)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>turnback::ImportProgress</name>
    <message>
        <source>Importing observations</source>
        <translation>Beobachtungen werden importiert</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>Reading and checking %1 ...
Nothing is recorded until the whole file is checked.</source>
        <translation>%1 wird gelesen und geprüft …
Bis die ganze Datei geprüft ist, wird nichts aufgezeichnet.</translation>
    </message>
    <message>
        <source>Recording %L1 of %L2 observations from %3 ...
None of them is on record until all are in; Cancel records none.</source>
        <translation>%L1 von %L2 Beobachtungen aus %3 werden aufgezeichnet …
Keine davon ist aufgezeichnet, bevor alle drin sind; Abbrechen zeichnet keine auf.</translation>
    </message>
    <message>
        <source>All %L1 observations are on record. Showing them on the console (%L2 so far) ...</source>
        <translation>Alle %L1 Beobachtungen sind aufgezeichnet. Sie werden auf der Konsole angezeigt (bisher %L2) …</translation>
    </message>
</context>
<context>
    <name>turnback::IncidentFollower</name>
    <message>
        <source>Reversal %1 was started with the kit &apos;%2&apos;; open that kit to follow it.</source>
        <translation>Die Rücknahme %1 wurde mit dem Kit &apos;%2&apos; begonnen; öffnen Sie dieses Kit, um ihr zu folgen.</translation>
    </message>
</context>
<context>
    <name>turnback::InjectFeed</name>
    <message>
        <source>Injects appear here as they reach the room, newest on top.</source>
        <translation>Einspielungen erscheinen hier, sobald sie den Raum erreichen, die neueste oben.</translation>
    </message>
    <message>
        <source>%1: %2 observed.</source>
        <translation>%1: %2 beobachtet.</translation>
    </message>
    <message>
        <source>%1: one more occurrence.</source>
        <translation>%1: ein weiteres Vorkommnis.</translation>
    </message>
    <message>
        <source>To %1:</source>
        <translation>An %1:</translation>
    </message>
    <message>
        <source>nothing expected</source>
        <translation>nichts erwartet</translation>
    </message>
    <message numerus="yes">
        <source>%n expectation(s)</source>
        <translation>
            <numerusform>%n Erwartung</numerusform>
            <numerusform>%n Erwartungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>turnback::KeyboardHelpDialog</name>
    <message>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <source>Next / previous panel, in reading order: record what you see, what is owed (Acknowledge, Decide, ...), the rubric table, who must be told, the timeline</source>
        <translation>Nächster / vorheriger Bereich in Lesereihenfolge: Erfassen, was Sie sehen; was fällig ist (Bestätigen, Entscheiden, …); die Rubrik-Tabelle; wer informiert werden muss; der Zeitverlauf</translation>
    </message>
    <message>
        <source>Go to the first to ninth line of &quot;Record what you see&quot;</source>
        <translation>Zur ersten bis neunten Zeile von „Erfassen, was Sie sehen“</translation>
    </message>
    <message>
        <source>In a value field: record the value typed</source>
        <translation>In einem Wertfeld: den eingegebenen Wert erfassen</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Pfeil hoch / runter</translation>
    </message>
    <message>
        <source>In the rubric table: the previous / next signal (a whole row)</source>
        <translation>In der Rubrik-Tabelle: vorheriges / nächstes Signal (ganze Zeile)</translation>
    </message>
    <message>
        <source>In &quot;Who must be told&quot;: tick the line (records who was told)</source>
        <translation>In „Wer informiert werden muss“: Zeile abhaken (zeichnet auf, wer informiert wurde)</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + unterstrichener Buchstabe</translation>
    </message>
    <message>
        <source>The button, tab or menu with that letter; each letter once per window</source>
        <translation>Die Schaltfläche, der Reiter oder das Menü mit diesem Buchstaben; jeder Buchstabe einmal pro Fenster</translation>
    </message>
    <message>
        <source>The highlighted button (in a one-line field)</source>
        <translation>Die hervorgehobene Schaltfläche (in einem einzeiligen Feld)</translation>
    </message>
    <message>
        <source>Submit, also from a field of several lines</source>
        <translation>Absenden, auch aus einem mehrzeiligen Feld</translation>
    </message>
    <message>
        <source>Cancel: nothing is recorded</source>
        <translation>Abbrechen: Nichts wird aufgezeichnet</translation>
    </message>
    <message>
        <source>Menus (work from every tab)</source>
        <translation>Menüs (von jedem Reiter aus)</translation>
    </message>
    <message>
        <source>Live console</source>
        <translation>Laufende Rücknahme</translation>
    </message>
    <message>
        <source>Dialogs</source>
        <translation>Dialoge</translation>
    </message>
</context>
<context>
    <name>turnback::KitBrowser</name>
    <message>
        <source>R&amp;ubric</source>
        <translation>R&amp;ubrik</translation>
    </message>
    <message>
        <source>&amp;Comms packs</source>
        <translation>&amp;Kommunikationspakete</translation>
    </message>
    <message>
        <source>R&amp;oles</source>
        <translation>R&amp;ollen</translation>
    </message>
    <message>
        <source>&amp;Kit</source>
        <translation>Ki&amp;t</translation>
    </message>
    <message>
        <source>&lt;b&gt;No kit loaded.&lt;/b&gt; Open one with File &amp;gt; Open kit (Ctrl+O).</source>
        <translation>&lt;b&gt;Kein Kit geladen.&lt;/b&gt; Öffnen Sie eines mit Datei &amp;gt; Kit öffnen (Strg+O).</translation>
    </message>
    <message>
        <source>with 1 service overlay</source>
        <translation>mit 1 Dienst-Overlay</translation>
    </message>
    <message>
        <source>with %1 service overlays</source>
        <translation>mit %1 Dienst-Overlays</translation>
    </message>
    <message>
        <source>Da&amp;ta handling</source>
        <translation>Umgang &amp;mit Daten</translation>
    </message>
    <message>
        <source>Hu&amp;man impact</source>
        <translation>&amp;Folgen für Menschen</translation>
    </message>
    <message>
        <source>built into Turnback</source>
        <translation>in Turnback eingebaut</translation>
    </message>
    <message>
        <source>Sta&amp;ges</source>
        <translation>&amp;Phasen</translation>
    </message>
</context>
<context>
    <name>turnback::KitErrorDialog</name>
    <message>
        <source>The kit could not be loaded</source>
        <translation>Das Kit konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>1 problem in %1.</source>
        <translation>1 Problem in %1.</translation>
    </message>
    <message>
        <source>%1 problems in %2.</source>
        <translation>%1 Probleme in %2.</translation>
    </message>
    <message>
        <source>Nothing was changed: fix the file and open it again.</source>
        <translation>Nichts wurde geändert: Korrigieren Sie die Datei und öffnen Sie sie erneut.</translation>
    </message>
    <message>
        <source>Co&amp;py errors</source>
        <translation>Fehler &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>turnback::LiveConsole</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Decide...</source>
        <translation>&amp;Entscheiden …</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Import CSV...</source>
        <translation>CSV &amp;importieren …</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zeitverlauf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>OVERDUE: %1 owes a decision on %2 (%3)</source>
        <translation>ÜBERFÄLLIG: %1 schuldet eine Entscheidung zu %2 (%3)</translation>
    </message>
    <message>
        <source>Nothing is owed yet: there is nothing to acknowledge.</source>
        <translation>Noch ist nichts fällig: Es gibt nichts zu bestätigen.</translation>
    </message>
    <message>
        <source>Acknowledged.</source>
        <translation>Bestätigt.</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Import angehalten</translation>
    </message>
    <message>
        <source>Imported %1 observation(s) from %2</source>
        <translation>%1 Beobachtung(en) aus %2 importiert</translation>
    </message>
    <message>
        <source>Who must be told: %1 not told yet (tick when told)</source>
        <translation>Wer informiert werden muss: %1 noch nicht informiert (abhaken, sobald informiert)</translation>
    </message>
    <message>
        <source>Who must be told (tick when told)</source>
        <translation>Wer informiert werden muss (abhaken, sobald informiert)</translation>
    </message>
    <message>
        <source>Nothing was recorded from this file. Correct it and import it again:

%1</source>
        <translation>Aus dieser Datei wurde nichts aufgezeichnet. Korrigieren Sie sie und importieren Sie sie erneut:

%1</translation>
    </message>
    <message>
        <source>This console follows a reversal that another console records: it cannot record here.</source>
        <translation>Diese Konsole folgt einer Rücknahme, die eine andere Konsole aufzeichnet: hier kann nichts aufgezeichnet werden.</translation>
    </message>
    <message>
        <source>Every click is recorded. The timeline shows acts; tick this to also see tab switches and other navigation.</source>
        <translation>Jeder Klick wird aufgezeichnet. Der Zeitverlauf zeigt Handlungen; haken Sie dies an, um auch Reiterwechsel und andere Navigation zu sehen.</translation>
    </message>
    <message>
        <source>Ha&amp;nd over...</source>
        <translation>&amp;Übergeben …</translation>
    </message>
    <message>
        <source>Clos&amp;e reversal...</source>
        <translation>Rücknahme abs&amp;chließen …</translation>
    </message>
    <message>
        <source>No open decision: nothing has triggered that is still to be decided.</source>
        <translation>Keine offene Entscheidung: Nichts wurde ausgelöst, worüber noch zu entscheiden wäre.</translation>
    </message>
    <message>
        <source>Record that they were told?</source>
        <translation>Aufzeichnen, dass informiert wurde?</translation>
    </message>
    <message>
        <source>Record that %1 was told about %2?</source>
        <translation>Aufzeichnen, dass %1 über %2 informiert wurde?</translation>
    </message>
    <message>
        <source>Not recorded: %1 is still shown as not told.</source>
        <translation>Nicht aufgezeichnet: %1 wird weiterhin als nicht informiert angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Retract (recorded in error)...</source>
        <translation>&amp;Zurückziehen (irrtümlich aufgezeichnet) …</translation>
    </message>
    <message>
        <source>Select a ticked line of the checklist to retract its tick.</source>
        <translation>Wählen Sie eine abgehakte Zeile der Liste, um ihren Haken zurückzuziehen.</translation>
    </message>
    <message>
        <source>That person is not ticked as told: there is nothing to retract.</source>
        <translation>Diese Person ist nicht als informiert abgehakt: Es gibt nichts zurückzuziehen.</translation>
    </message>
    <message>
        <source>Select an observation or a notification tick that stands in the timeline to retract it.</source>
        <translation>Wählen Sie im Zeitverlauf eine gültige Beobachtung oder einen gültigen Benachrichtigungshaken, um den Eintrag zurückzuziehen.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was recorded from %1</source>
        <translation>Import abgebrochen: Aus %1 wurde nichts aufgezeichnet</translation>
    </message>
    <message>
        <source>Nothing was imported from %1</source>
        <translation>Aus %1 wurde nichts importiert</translation>
    </message>
    <message>
        <source>Sho&amp;w navigation clicks</source>
        <translation>Navigationsklicks &amp;zeigen</translation>
    </message>
    <message>
        <source>This kit switches no regulator regime on: no trigger starts a clock.</source>
        <translation>Dieses Kit aktiviert keine Meldepflicht: Kein Auslöser startet eine Frist.</translation>
    </message>
    <message>
        <source>Record now that you %1?

%2

This is recorded with the current time and cannot be taken back.</source>
        <translation>Jetzt erfassen, dass Sie %1 haben?

%2

Dies wird mit der aktuellen Zeit erfasst und kann nicht zurückgenommen werden.</translation>
    </message>
    <message>
        <source>It starts no regulator clock in this kit.</source>
        <translation>Es startet in diesem Kit keine Meldefrist.</translation>
    </message>
    <message>
        <source>It starts these clocks:
• %1</source>
        <translation>Es startet diese Fristen:
• %1</translation>
    </message>
    <message>
        <source>Record the regulator trigger?</source>
        <translation>Meldeauslöser erfassen?</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Nichts erfasst.</translation>
    </message>
    <message>
        <source>Recorded: %1.</source>
        <translation>Erfasst: %1.</translation>
    </message>
    <message>
        <source>OVERDUE: %1 owes the %2 to %3 (due %4 UTC)</source>
        <translation>ÜBERFÄLLIG: %1 schuldet %3 die Mitteilung „%2“ (fällig %4 UTC)</translation>
    </message>
    <message>
        <source>OVERDUE: %1 owes the regulator report %2 (due %3 UTC)</source>
        <translation>ÜBERFÄLLIG: %1 schuldet die Meldung %2 an die Behörde (fällig %3 UTC)</translation>
    </message>
    <message>
        <source>OVERDUE: %1 owes %2 of the stage %3 (due %4 UTC)</source>
        <translation>ÜBERFÄLLIG: %1 schuldet %2 der Phase %3 (fällig %4 UTC)</translation>
    </message>
</context>
<context>
    <name>turnback::LiveConsoleHeader</name>
    <message>
        <source>Send this update...</source>
        <translation>Dieses Update senden …</translation>
    </message>
    <message>
        <source>Fill in, preview and send the update NEXT names (Ctrl+Shift+M)</source>
        <translation>Das unter ALS NÄCHSTES genannte Update ausfüllen, ansehen und senden (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>FOLLOWING, READ-ONLY: another console records this reversal; this screen shows what it records as it is written, and records nothing.</source>
        <translation>FOLGT, NUR LESEN: eine andere Konsole zeichnet diese Rücknahme auf; diese Ansicht zeigt, was sie aufzeichnet, sobald es geschrieben ist, und zeichnet selbst nichts auf.</translation>
    </message>
    <message>
        <source>NORMAL — no restriction</source>
        <translation>NORMAL — keine Einschränkung</translation>
    </message>
    <message>
        <source>since %1 (%2 UTC), %3 ago</source>
        <translation>seit %1 (%2 UTC), vor %3</translation>
    </message>
    <message>
        <source>since %1 (%2 UTC), recorded %3 ahead of this computer&apos;s clock</source>
        <translation>seit %1 (%2 UTC), aufgezeichnet %3 der Uhr dieses Computers voraus</translation>
    </message>
    <message>
        <source>CLOSED at %1 UTC: %2</source>
        <translation>ABGESCHLOSSEN um %1 UTC: %2</translation>
    </message>
    <message numerus="yes">
        <source>NEXT: answer %n required impact prompt(s) (Human impact tab, Alt+M)</source>
        <translation>
            <numerusform>ALS NÄCHSTES: %n erforderliche Folgenfrage beantworten (Reiter Folgen für Menschen, Alt+F)</numerusform>
            <numerusform>ALS NÄCHSTES: %n erforderliche Folgenfragen beantworten (Reiter Folgen für Menschen, Alt+F)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n owed in all</source>
        <translation>
            <numerusform> · insgesamt %n Punkt fällig</numerusform>
            <numerusform> · insgesamt %n Punkte fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>NEXT: nothing is owed. Record what you see below.</source>
        <translation>ALS NÄCHSTES: Nichts ist fällig. Erfassen Sie unten, was Sie sehen.</translation>
    </message>
    <message>
        <source>%1 · %2 · elapsed %3 · at the keyboard: %4 (%5) · now %6 local / %7 UTC</source>
        <translation>%1 · %2 · vergangen %3 · an der Tastatur: %4 (%5) · jetzt %6 Ortszeit / %7 UTC</translation>
    </message>
    <message>
        <source>%1 · %2 · started %3 ahead of this computer&apos;s clock · at the keyboard: %4 (%5) · now %6 local / %7 UTC</source>
        <translation>%1 · %2 · begonnen %3 der Uhr dieses Computers voraus · an der Tastatur: %4 (%5) · jetzt %6 Ortszeit / %7 UTC</translation>
    </message>
    <message>
        <source>DUE SOON, %1 left</source>
        <translation>BALD FÄLLIG, noch %1</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>fällig in %1</translation>
    </message>
    <message>
        <source>NEXT: %1 must acknowledge %2 → %3 — %4</source>
        <translation>ALS NÄCHSTES: %1 muss %2 → %3 bestätigen — %4</translation>
    </message>
    <message>
        <source>NEXT: %1 must decide on %2 → %3 — %4</source>
        <translation>ALS NÄCHSTES: %1 muss entscheiden über %2 → %3 — %4</translation>
    </message>
    <message>
        <source>NEXT: Tell %1 about %2 → %3 (tick when told) — %4</source>
        <translation>ALS NÄCHSTES: %1 über %2 → %3 informieren (abhaken, sobald informiert) — %4</translation>
    </message>
    <message>
        <source>NEXT: %1 owes the regulator report %2 — %3</source>
        <translation>ALS NÄCHSTES: %1 schuldet die Meldung an die Aufsichtsbehörde %2 — %3</translation>
    </message>
    <message>
        <source>NEXT: %1 must send the %2 to %3 (Comms tab, Send...) — %4</source>
        <translation>ALS NÄCHSTES: %1 muss %2 an %3 senden (Reiter Kommunikation, Senden …) — %4</translation>
    </message>
    <message>
        <source>NEXT: %1 must finish %2 (%3 of %4 steps done; Data handling tab)</source>
        <translation>ALS NÄCHSTES: %1 muss %2 abschließen (%3 von %4 Schritten erledigt; Reiter Datenbehandlung)</translation>
    </message>
    <message>
        <source>NEXT: %1 — %2</source>
        <translation>ALS NÄCHSTES: %1 — %2</translation>
    </message>
</context>
<context>
    <name>turnback::LiveRubricModel</name>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>occurred ×%1</source>
        <translation>eingetreten ×%1</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>aufgehoben</translation>
    </message>
    <message>
        <source>quiet</source>
        <translation>ruhig</translation>
    </message>
    <message>
        <source>pending — fires in %1</source>
        <translation>ausstehend — löst in %1 aus</translation>
    </message>
    <message>
        <source>TRIGGERED</source>
        <translation>AUSGELÖST</translation>
    </message>
    <message>
        <source>%1 once triggered</source>
        <translation>%1 ab Auslösung</translation>
    </message>
    <message>
        <source> · ack&apos;d</source>
        <translation> · bestätigt</translation>
    </message>
    <message>
        <source>Triggered %1 UTC; due %2 UTC</source>
        <translation>Ausgelöst %1 UTC; fällig %2 UTC</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Owner&apos;s countdown</source>
        <translation>Frist der Verantwortlichen</translation>
    </message>
    <message>
        <source>%1 %2 in %3</source>
        <translation>%1 %2 in %3</translation>
    </message>
    <message>
        <source>Immediately once triggered</source>
        <translation>Sofort nach Auslösung</translation>
    </message>
</context>
<context>
    <name>turnback::MainWindow</name>
    <message>
        <source>Turnback</source>
        <translation>Turnback</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open kit...</source>
        <translation>Kit ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Reload kit</source>
        <translation>Kit &amp;neu laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Reversal</source>
        <translation>&amp;Rücknahme</translation>
    </message>
    <message>
        <source>&amp;Start a reversal...</source>
        <translation>Rücknahme &amp;starten …</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Record a &amp;decision...</source>
        <translation>&amp;Entscheidung erfassen …</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Import observations (CSV)...</source>
        <translation>Beobachtungen &amp;importieren (CSV) …</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Hand over the keyboard...</source>
        <translation>Tastatur &amp;übergeben …</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Close the reversal...</source>
        <translation>Rücknahme &amp;abschließen …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Turnback</source>
        <translation>Ü&amp;ber Turnback</translation>
    </message>
    <message>
        <source>Audit log: %1 — 1 event recorded</source>
        <translation>Prüfprotokoll: %1 — 1 Ereignis aufgezeichnet</translation>
    </message>
    <message>
        <source>Audit log: %1 — %2 events recorded</source>
        <translation>Prüfprotokoll: %1 — %2 Ereignisse aufgezeichnet</translation>
    </message>
    <message>
        <source>Open a kit before adding a service overlay.</source>
        <translation>Öffnen Sie ein Kit, bevor Sie ein Dienst-Overlay hinzufügen.</translation>
    </message>
    <message>
        <source>Open a kit first: a reversal runs on a kit&apos;s rubric.</source>
        <translation>Öffnen Sie zuerst ein Kit: Eine Rücknahme folgt der Rubrik eines Kits.</translation>
    </message>
    <message>
        <source>A reversal is already running: close it before starting another.</source>
        <translation>Eine Rücknahme läuft bereits: Schließen Sie sie ab, bevor Sie eine weitere starten.</translation>
    </message>
    <message>
        <source>The reversal was not started</source>
        <translation>Die Rücknahme wurde nicht gestartet</translation>
    </message>
    <message>
        <source>Resumed reversal &quot;%1&quot; from the audit log.</source>
        <translation>Rücknahme „%1“ aus dem Prüfprotokoll fortgesetzt.</translation>
    </message>
    <message>
        <source>&amp;Live reversal (EXERCISE)</source>
        <translation>&amp;Laufende Rücknahme (ÜBUNG)</translation>
    </message>
    <message>
        <source>&amp;Live reversal</source>
        <translation>&amp;Laufende Rücknahme</translation>
    </message>
    <message>
        <source>%1 — Turnback</source>
        <translation>%1 — Turnback</translation>
    </message>
    <message>
        <source>EXERCISE — %1</source>
        <translation>ÜBUNG — %1</translation>
    </message>
    <message>
        <source>About Turnback</source>
        <translation>Über Turnback</translation>
    </message>
    <message>
        <source>&lt;b&gt;Turnback %1&lt;/b&gt;&lt;br&gt;An incident console for reversibility kits: the rubric, the comms and the data steps for unwinding a deployment, with an audit trail that survives compliance review.</source>
        <translation>&lt;b&gt;Turnback %1&lt;/b&gt;&lt;br&gt;Eine Incident-Konsole für Reversibility-Kits: Rubrik, Kommunikation und Datenschritte für das Zurücknehmen eines Deployments, mit einem Prüfprotokoll, das jeder Compliance-Prüfung standhält.</translation>
    </message>
    <message>
        <source>Copy the newest signed checkpoint (SEQ:FINGERPRINT) to paste into a ticket or a regulator filing: it proves later that this log was not rewritten.</source>
        <translation>Den neuesten signierten Prüfpunkt (SEQ:FINGERABDRUCK) kopieren, um ihn in ein Ticket oder eine Meldung an die Aufsicht einzufügen: Er beweist später, dass dieses Protokoll nicht umgeschrieben wurde.</translation>
    </message>
    <message>
        <source>READ-ONLY: %1</source>
        <translation>NUR LESEN: %1</translation>
    </message>
    <message>
        <source>Events are not yet recorded</source>
        <translation>Ereignisse sind noch nicht protokolliert</translation>
    </message>
    <message>
        <source>%1 event(s) could not be written to the audit log yet and are held in memory. If you quit now, they are lost.

%2

Keep Turnback open until the banner goes away.</source>
        <translation>%1 Ereignis(se) konnten noch nicht in das Prüfprotokoll geschrieben werden und werden im Speicher gehalten. Wenn Sie jetzt beenden, gehen sie verloren.

%2

Lassen Sie Turnback geöffnet, bis der Hinweis verschwindet.</translation>
    </message>
    <message>
        <source>NOT SIGNED YET: %1 checkpoint(s) wait for a key</source>
        <translation>NOCH NICHT SIGNIERT: %1 Prüfpunkt(e) warten auf einen Schlüssel</translation>
    </message>
    <message>
        <source>No signing key yet</source>
        <translation>Noch kein Signaturschlüssel</translation>
    </message>
    <message>
        <source>Signed to seq %1</source>
        <translation>Signiert bis Nr. %1</translation>
    </message>
    <message>
        <source>Signing key ready</source>
        <translation>Signaturschlüssel bereit</translation>
    </message>
    <message>
        <source>Nothing is signed yet: there is no anchor to copy.</source>
        <translation>Noch nichts signiert: Es gibt keinen Anker zum Kopieren.</translation>
    </message>
    <message>
        <source>Copied %1: paste it into the ticket or filing.</source>
        <translation>%1 kopiert: Fügen Sie ihn in das Ticket oder die Meldung ein.</translation>
    </message>
    <message>
        <source>Set up &amp;signing...</source>
        <translation>Si&amp;gnieren einrichten …</translation>
    </message>
    <message>
        <source>Following reversal &quot;%1&quot;, which another console records.</source>
        <translation>Folgt der Rücknahme &quot;%1&quot;, die eine andere Konsole aufzeichnet.</translation>
    </message>
    <message>
        <source>Add service o&amp;verlay...</source>
        <translation>Dienst-&amp;Overlay hinzufügen …</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Keyboard</source>
        <translation>&amp;Tastatur</translation>
    </message>
    <message>
        <source>Language: &amp;system&apos;s</source>
        <translation>Sprache: &amp;System</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <source>The language changes at the next start of Turnback.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Turnback.</translation>
    </message>
    <message>
        <source>Cop&amp;y anchor</source>
        <translation>A&amp;nker kopieren</translation>
    </message>
    <message>
        <source>Audit log: %1 — BROKEN at seq %2, read-only</source>
        <translation>Prüfprotokoll: %1 — BESCHÄDIGT bei Nr. %2, schreibgeschützt</translation>
    </message>
    <message>
        <source>BROKEN at seq %1 (%2).</source>
        <translation>BESCHÄDIGT bei Nr. %1 (%2).</translation>
    </message>
    <message>
        <source>This audit log (%1) is not what was written. It is open read-only: nothing more is recorded into it, and its reversals are not shown. Keep it for investigation (turnback-cli audit verify) and start a new log to keep recording.</source>
        <translation>Dieses Prüfprotokoll (%1) ist nicht mehr das, was geschrieben wurde. Es ist schreibgeschützt geöffnet: Es wird nichts mehr darin aufgezeichnet, und seine Rücknahmen werden nicht angezeigt. Bewahren Sie es zur Untersuchung auf (turnback-cli audit verify) und beginnen Sie ein neues Protokoll, um weiter aufzuzeichnen.</translation>
    </message>
    <message>
        <source>NOT YET RECORDED: %1 event(s) are held in memory, in order, and will be written with their original times as soon as the log can be written (latest: %2). Do not do them again; do not quit until this goes away.</source>
        <translation>NOCH NICHT AUFGEZEICHNET: %1 Ereignis(se) werden der Reihe nach im Speicher gehalten und mit ihren ursprünglichen Zeiten geschrieben, sobald das Protokoll beschreibbar ist (zuletzt: %2). Führen Sie sie nicht erneut aus; beenden Sie Turnback nicht, bevor dieser Hinweis verschwindet.</translation>
    </message>
    <message>
        <source>No new log was started</source>
        <translation>Es wurde kein neues Protokoll begonnen</translation>
    </message>
    <message>
        <source>This console records into %1 now.</source>
        <translation>Diese Konsole zeichnet jetzt in %1 auf.</translation>
    </message>
    <message>
        <source>Reversal &quot;%1&quot; is still open at %2.</source>
        <translation>Die Rücknahme „%1“ ist noch offen, auf Stufe %2.</translation>
    </message>
    <message>
        <source>%1 decision(s) are OVERDUE.</source>
        <translation>%1 Entscheidung(en) sind ÜBERFÄLLIG.</translation>
    </message>
    <message>
        <source>If you quit, its timers keep running while Turnback is closed, and nobody is alerted. Start Turnback again on this log to resume it.

Quit anyway?</source>
        <translation>Wenn Sie beenden, laufen ihre Fristen weiter, während Turnback geschlossen ist, und niemand wird alarmiert. Starten Sie Turnback erneut mit diesem Protokoll, um sie fortzusetzen.

Trotzdem beenden?</translation>
    </message>
    <message>
        <source>A reversal is open</source>
        <translation>Eine Rücknahme ist offen</translation>
    </message>
    <message>
        <source>Nothing more is signed: the log is BROKEN</source>
        <translation>Nichts wird mehr signiert: Das Protokoll ist BESCHÄDIGT</translation>
    </message>
    <message>
        <source>CHECKPOINT REFUSED: %1 pending checkpoint(s) were not signed: %2</source>
        <translation>PRÜFPUNKT ABGELEHNT: %1 ausstehende Prüfpunkt(e) nicht signiert: %2</translation>
    </message>
    <message>
        <source>NOT SIGNED YET: no keychain. Events are recorded; %1 checkpoint(s) wait for a signature.</source>
        <translation>NOCH NICHT SIGNIERT: kein Schlüsselbund. Ereignisse werden aufgezeichnet; %1 Prüfpunkt(e) warten auf eine Signatur.</translation>
    </message>
    <message>
        <source>No keychain: events are recorded; checkpoints wait for a signature.</source>
        <translation>Kein Schlüsselbund: Ereignisse werden aufgezeichnet; Prüfpunkte warten auf eine Signatur.</translation>
    </message>
    <message>
        <source>Unlock the &amp;signing key file...</source>
        <translation>&amp;Signaturschlüsseldatei entsperren …</translation>
    </message>
    <message>
        <source>Keep the signing key in a passphrase-protected file, or retry the keychain.</source>
        <translation>Bewahren Sie den Signaturschlüssel in einer passphrasegeschützten Datei auf oder versuchen Sie den Schlüsselbund erneut.</translation>
    </message>
    <message>
        <source>Sign with the key file used last time: %1</source>
        <translation>Mit der zuletzt verwendeten Schlüsseldatei signieren: %1</translation>
    </message>
    <message>
        <source>%1 reversals are open: choose the one to resume on the Start tab.</source>
        <translation>%1 Rücknahmen sind offen: Wählen Sie auf dem Reiter „Start“ die fortzusetzende.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>OVERDUE %1 — %2</source>
        <translation>ÜBERFÄLLIG %1 — %2</translation>
    </message>
    <message>
        <source>NORMAL</source>
        <translation>NORMAL</translation>
    </message>
    <message>
        <source>OVERDUE: 1 decision is past its deadline. Ctrl+D records it.</source>
        <translation>ÜBERFÄLLIG: 1 Entscheidung hat ihre Frist überschritten. Ctrl+D erfasst sie.</translation>
    </message>
    <message>
        <source>OVERDUE: %1 decisions are past their deadline. Ctrl+D records one.</source>
        <translation>ÜBERFÄLLIG: %1 Entscheidungen haben ihre Frist überschritten. Ctrl+D erfasst eine.</translation>
    </message>
    <message>
        <source>• %1 owes a decision on %2 → %3, due at %4 (%5 UTC)</source>
        <translation>• %1 schuldet eine Entscheidung zu %2 → %3, fällig um %4 (%5 UTC)</translation>
    </message>
    <message>
        <source>Start &amp;page</source>
        <translation>&amp;Startseite</translation>
    </message>
    <message>
        <source>&amp;Begin a new log...</source>
        <translation>&amp;Weiter in neuem Protokoll …</translation>
    </message>
    <message>
        <source>Open a log for revie&amp;w...</source>
        <translation>Protokoll zur &amp;Prüfung öffnen …</translation>
    </message>
    <message>
        <source>Export &amp;evidence pack...</source>
        <translation>Beweispaket e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Record a re&amp;gulator trigger...</source>
        <translation>&amp;Meldeauslöser erfassen …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>Cannot review this file</source>
        <translation>Diese Datei kann nicht geprüft werden</translation>
    </message>
    <message>
        <source>Start or resume a reversal first: a comms update is sent, and recorded, in one.</source>
        <translation>Starten oder setzen Sie zuerst eine Rücknahme fort: Ein Kommunikationsupdate wird in einer Rücknahme gesendet und erfasst.</translation>
    </message>
    <message>
        <source>Export evidence pack</source>
        <translation>Beweispaket exportieren</translation>
    </message>
    <message>
        <source>This log holds no reversal yet: there is nothing to export.</source>
        <translation>Dieses Protokoll enthält noch keine Rücknahme: Es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <source>Evidence pack written.</source>
        <translation>Beweispaket geschrieben.</translation>
    </message>
    <message>
        <source>Evidence pack not written.</source>
        <translation>Beweispaket nicht geschrieben.</translation>
    </message>
    <message>
        <source>&amp;After-action report...</source>
        <translation>Na&amp;chbesprechungsbericht …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>After-action report</source>
        <translation>Nachbesprechungsbericht</translation>
    </message>
    <message>
        <source>This log holds no reversal yet: there is nothing to report on.</source>
        <translation>Dieses Protokoll enthält noch keine Rücknahme: Es gibt nichts zu berichten.</translation>
    </message>
    <message>
        <source>the update &quot;%1&quot;</source>
        <translation>die Meldung „%1“</translation>
    </message>
    <message>
        <source>the rollback window&apos;s close</source>
        <translation>den Abschluss des Rollback-Fensters</translation>
    </message>
    <message>
        <source>the stage item &quot;%1&quot;</source>
        <translation>den Phasenpunkt „%1“</translation>
    </message>
    <message>
        <source>• %1 owes %2, due at %3 (%4 UTC)</source>
        <translation>• %1 schuldet %2, fällig um %3 (%4 UTC)</translation>
    </message>
    <message>
        <source>OVERDUE: 1 item is past its deadline.</source>
        <translation>ÜBERFÄLLIG: 1 Punkt hat seine Frist überschritten.</translation>
    </message>
    <message>
        <source>OVERDUE: %1 items are past their deadline.</source>
        <translation>ÜBERFÄLLIG: %1 Punkte haben ihre Frist überschritten.</translation>
    </message>
    <message>
        <source>• … and %1 more (NEXT on the Live reversal tab lists them all)</source>
        <translation>• … und %1 weitere (ALS NÄCHSTES auf der Registerkarte „Laufende Rücknahme“ nennt alle)</translation>
    </message>
</context>
<context>
    <name>turnback::NotificationModel</name>
    <message>
        <source>%1 told about %2 — %3 UTC by %4</source>
        <translation>%1 über %2 informiert — %3 UTC durch %4</translation>
    </message>
    <message>
        <source>Tell %1 about %2 (%3)</source>
        <translation>%1 über %2 informieren (%3)</translation>
    </message>
</context>
<context>
    <name>turnback::ObservationPanel</name>
    <message>
        <source>Record what you see</source>
        <translation>Erfassen, was Sie sehen</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>value in %1</source>
        <translation>Wert in %1</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Eingetreten</translation>
    </message>
    <message>
        <source>Recorded one %1</source>
        <translation>Aufgezeichnet: ein Vorkommen von %1</translation>
    </message>
    <message>
        <source>not a number: %1</source>
        <translation>keine Zahl: %1</translation>
    </message>
    <message>
        <source>will record %1</source>
        <translation>wird %1 aufzeichnen</translation>
    </message>
    <message>
        <source>will record %1 (out of range: asks first)</source>
        <translation>wird %1 aufzeichnen (außerhalb des Bereichs: fragt zuerst)</translation>
    </message>
    <message>
        <source>Not recorded: %1.</source>
        <translation>Nicht aufgezeichnet: %1.</translation>
    </message>
    <message>
        <source>Value out of range</source>
        <translation>Wert außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>%1 = %2%3 is outside what it can measure (%4). Record it anyway?</source>
        <translation>%1 = %2%3 liegt außerhalb dessen, was gemessen werden kann (%4). Trotzdem aufzeichnen?</translation>
    </message>
    <message>
        <source>Recorded %1 = %2%3</source>
        <translation>Aufgezeichnet: %1 = %2%3</translation>
    </message>
    <message>
        <source>This calls for %1 (owner: %2).</source>
        <translation>Das verlangt %1 (verantwortlich: %2).</translation>
    </message>
    <message>
        <source>Record %1 = %2%3? %4</source>
        <translation>%1 = %2%3 aufzeichnen? %4</translation>
    </message>
    <message>
        <source>Record an occurrence of %1? %2</source>
        <translation>Ein Vorkommen von %1 aufzeichnen? %2</translation>
    </message>
    <message>
        <source>Raise the level to %1?</source>
        <translation>Stufe auf %1 anheben?</translation>
    </message>
</context>
<context>
    <name>turnback::RegulatorClocksPanel</name>
    <message>
        <source>Record regulator trigger...</source>
        <translation>Meldeauslöser erfassen …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>Regulator clocks: none running (record a trigger to start them)</source>
        <translation>Meldefristen: keine laufend (erfassen Sie einen Auslöser, um sie zu starten)</translation>
    </message>
    <message>
        <source>Regulator clocks</source>
        <translation>Meldefristen</translation>
    </message>
    <message>
        <source>%1 — sent %2 UTC, met (due %3 UTC)</source>
        <translation>%1 — gesendet %2 UTC, eingehalten (fällig %3 UTC)</translation>
    </message>
    <message>
        <source>%1 — sent %2 UTC, MISSED by %3 (due %4 UTC)</source>
        <translation>%1 — gesendet %2 UTC, VERFEHLT um %3 (fällig %4 UTC)</translation>
    </message>
    <message>
        <source>sent: %1</source>
        <translation>gesendet: %1</translation>
    </message>
    <message>
        <source>%1 — due %2 UTC — %3 (counted from %4, %5 UTC)</source>
        <translation>%1 — fällig %2 UTC — %3 (gezählt ab %4, %5 UTC)</translation>
    </message>
</context>
<context>
    <name>turnback::RegulatorTriggerDialog</name>
    <message>
        <source>Record a regulator trigger</source>
        <translation>Meldeauslöser erfassen</translation>
    </message>
    <message>
        <source>Which fact do you record now? Its regulator clocks start at this moment and cannot be taken back. The kit&apos;s rules are not legal advice.</source>
        <translation>Welche Tatsache erfassen Sie jetzt? Ihre Meldefristen beginnen in diesem Moment und können nicht zurückgenommen werden. Die Regeln des Kits sind keine Rechtsberatung.</translation>
    </message>
    <message>
        <source>%1 — recorded at %2 UTC</source>
        <translation>%1 — erfasst um %2 UTC</translation>
    </message>
    <message>
        <source>%1 — starts no clock in this kit</source>
        <translation>%1 — startet in diesem Kit keine Frist</translation>
    </message>
    <message>
        <source>%1 — starts: %2</source>
        <translation>%1 — startet: %2</translation>
    </message>
    <message>
        <source>&amp;Continue...</source>
        <translation>&amp;Weiter …</translation>
    </message>
</context>
<context>
    <name>turnback::ReportWindow</name>
    <message>
        <source>EXERCISE: this reversal was an exercise, not a live incident.</source>
        <translation>ÜBUNG: Diese Rücknahme war eine Übung, kein echter Vorfall.</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Über&amp;blick</translation>
    </message>
    <message>
        <source>T&amp;imers</source>
        <translation>&amp;Fristen</translation>
    </message>
    <message>
        <source>In&amp;jects and gaps</source>
        <translation>E&amp;inspielungen und Lücken</translation>
    </message>
    <message>
        <source>&amp;Level chart</source>
        <translation>Stufen&amp;verlauf</translation>
    </message>
    <message>
        <source>Trainer&apos;s re&amp;view</source>
        <translation>Bewertung der Übungs&amp;leitung</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>&amp;PDF exportieren …</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Acted</source>
        <translation>Gehandelt</translation>
    </message>
    <message>
        <source>Margin (s)</source>
        <translation>Spielraum (s)</translation>
    </message>
    <message>
        <source>Met or missed</source>
        <translation>Eingehalten/verfehlt</translation>
    </message>
    <message>
        <source>Every timer, met or missed</source>
        <translation>Jede Frist, eingehalten oder verfehlt</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>Einspielung</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Injects and what was expected of them</source>
        <translation>Einspielungen und was von ihnen erwartet wurde</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Korrekturmaßnahme</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>&amp;Strengths (one a line):</source>
        <translation>&amp;Stärken (eine je Zeile):</translation>
    </message>
    <message>
        <source>Areas for i&amp;mprovement (one a line):</source>
        <translation>Verbesserungsbe&amp;darf (einer je Zeile):</translation>
    </message>
    <message>
        <source>Improvement pla&amp;n:</source>
        <translation>Maß&amp;nahmenplan:</translation>
    </message>
    <message>
        <source>Trainer&apos;s no&amp;tes:</source>
        <translation>N&amp;otizen der Übungsleitung:</translation>
    </message>
    <message>
        <source>&amp;Add a plan row</source>
        <translation>Planzeile &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Record the review</source>
        <translation>Bewertung &amp;erfassen</translation>
    </message>
    <message>
        <source>EXERCISE</source>
        <translation>ÜBUNG</translation>
    </message>
    <message>
        <source>After-action report: %1</source>
        <translation>Nachbesprechungsbericht: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Score: %1 of %2 met (%3%); %4 gaps. An inject that expected nothing counts as a gap.</source>
        <translation>Ergebnis: %1 von %2 erfüllt (%3 %); %4 Lücken. Eine Einspielung ohne Erwartung zählt als Lücke.</translation>
    </message>
    <message>
        <source>GAP</source>
        <translation>LÜCKE</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>Recorded review: row %1 of the log.</source>
        <translation>Erfasste Bewertung: Eintrag %1 des Protokolls.</translation>
    </message>
    <message>
        <source>No review recorded yet.</source>
        <translation>Noch keine Bewertung erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>It replaces %n earlier review(s), which stay in the log.</source>
        <translation>
            <numerusform>Sie ersetzt %n frühere Bewertung, die im Protokoll bleibt.</numerusform>
            <numerusform>Sie ersetzt %n frühere Bewertungen, die im Protokoll bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only: this log is not the console&apos;s own.</source>
        <translation>Nur lesen: Dieses Protokoll gehört nicht zu dieser Konsole.</translation>
    </message>
    <message>
        <source>Nothing changed since the recorded review: nothing recorded.</source>
        <translation>Seit der erfassten Bewertung hat sich nichts geändert: nichts erfasst.</translation>
    </message>
    <message>
        <source>NOT RECORDED: the log could not take the review. Nothing was changed.</source>
        <translation>NICHT ERFASST: Das Protokoll konnte die Bewertung nicht aufnehmen. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Recorded, but the report could not be read again: %1</source>
        <translation>Erfasst, aber der Bericht konnte nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>Bericht geschrieben: %1</translation>
    </message>
    <message>
        <source>After-action report</source>
        <translation>Nachbesprechungsbericht</translation>
    </message>
    <message>
        <source>No inject was recorded in this reversal.</source>
        <translation>In dieser Rücknahme wurde keine Einspielung erfasst.</translation>
    </message>
    <message>
        <source>Nothing to record: write a strength, an improvement, a plan row or a note first.</source>
        <translation>Nichts zu erfassen: Tragen Sie zuerst eine Stärke, eine Verbesserung, eine Planzeile oder eine Notiz ein.</translation>
    </message>
    <message>
        <source>%1 of the %2 met were played by the scenario&apos;s script (operator steps), not by the room.</source>
        <translation>%1 der %2 erfüllten wurden vom Skript des Szenarios (Bedienschritte) gespielt, nicht von der Gruppe.</translation>
    </message>
</context>
<context>
    <name>turnback::RetractDialog</name>
    <message>
        <source>Retract an entry</source>
        <translation>Eintrag zurückziehen</translation>
    </message>
    <message>
        <source>Retract this entry, recorded at %1 UTC by %2?

%3</source>
        <translation>Diesen Eintrag zurückziehen, aufgezeichnet um %1 UTC von %2?

%3</translation>
    </message>
    <message>
        <source>It stays in the record, struck through, with your reason. The rubric is recomputed from the observations that stand; a level it raised stays until its owner decides.</source>
        <translation>Er bleibt im Protokoll, durchgestrichen, mit Ihrer Begründung. Die Rubrik wird aus den gültigen Beobachtungen neu berechnet; eine Stufe, die er angehoben hat, bleibt, bis die Verantwortlichen entscheiden.</translation>
    </message>
    <message>
        <source>It stays in the record, struck through, with your reason. The person is shown as not told again.</source>
        <translation>Er bleibt im Protokoll, durchgestrichen, mit Ihrer Begründung. Die Person wird wieder als nicht informiert angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Why is it wrong?</source>
        <translation>&amp;Warum ist er falsch?</translation>
    </message>
    <message>
        <source>Goes into the audit trail word for word</source>
        <translation>Wird wörtlich ins Prüfprotokoll übernommen</translation>
    </message>
    <message>
        <source>&amp;Retract</source>
        <translation>&amp;Zurückziehen</translation>
    </message>
</context>
<context>
    <name>turnback::ReversalSession</name>
    <message>
        <source>No reversal is running.</source>
        <translation>Es läuft keine Rücknahme.</translation>
    </message>
    <message>
        <source>This reversal is closed; nothing more can be recorded in it.</source>
        <translation>Diese Rücknahme ist abgeschlossen; darin kann nichts mehr aufgezeichnet werden.</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Nicht aufgezeichnet: %1</translation>
    </message>
    <message>
        <source>A reversal is already running in this session.</source>
        <translation>In dieser Sitzung läuft bereits eine Rücknahme.</translation>
    </message>
    <message>
        <source>Give the reversal a title.</source>
        <translation>Geben Sie der Rücknahme einen Titel.</translation>
    </message>
    <message>
        <source>Name the service being reversed.</source>
        <translation>Nennen Sie den Dienst, der zurückgenommen wird.</translation>
    </message>
    <message>
        <source>Say who is at the keyboard.</source>
        <translation>Geben Sie an, wer an der Tastatur ist.</translation>
    </message>
    <message>
        <source>Choose your role from the kit&apos;s roles.</source>
        <translation>Wählen Sie Ihre Rolle aus den Rollen des Kits.</translation>
    </message>
    <message>
        <source>Reversal %1 was started with the kit &apos;%2&apos;; open that kit to resume it.</source>
        <translation>Die Rücknahme %1 wurde mit dem Kit &apos;%2&apos; begonnen; öffnen Sie dieses Kit, um sie fortzusetzen.</translation>
    </message>
    <message>
        <source>The kit has no signal &apos;%1&apos;.</source>
        <translation>Das Kit hat kein Signal &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 needs a number.</source>
        <translation>%1 braucht eine Zahl.</translation>
    </message>
    <message>
        <source>An observation cannot be in the future (%1).</source>
        <translation>Eine Beobachtung kann nicht in der Zukunft liegen (%1).</translation>
    </message>
    <message>
        <source>Observations must be in time order: %1 is before the last one.</source>
        <translation>Beobachtungen müssen zeitlich geordnet sein: %1 liegt vor der letzten.</translation>
    </message>
    <message>
        <source>Give a name and one of the kit&apos;s roles.</source>
        <translation>Geben Sie einen Namen und eine der Rollen des Kits an.</translation>
    </message>
    <message>
        <source>Write a one-line summary before closing.</source>
        <translation>Schreiben Sie vor dem Abschließen eine einzeilige Zusammenfassung.</translation>
    </message>
    <message>
        <source>NOT YET RECORDED: held in memory and written, with its time, as soon as the audit log can be written. %1</source>
        <translation>NOCH NICHT AUFGEZEICHNET: im Speicher gehalten und mit seiner Zeit geschrieben, sobald das Prüfprotokoll beschreibbar ist. %1</translation>
    </message>
    <message>
        <source>An observation import is being recorded; act again once it is in (or cancel it).</source>
        <translation>Ein Beobachtungsimport wird gerade aufgezeichnet; handeln Sie erneut, sobald er vollständig ist (oder brechen Sie ihn ab).</translation>
    </message>
    <message>
        <source>ALREADY HELD: the same %1 (%2), done at %3, is held in memory and will be written with its time as soon as the audit log can be written. It was not recorded a second time; if this is a separate one, do it again once the held one is written.</source>
        <translation>BEREITS GEHALTEN: Dasselbe Ereignis %1 (%2), ausgeführt um %3, wird im Speicher gehalten und mit seiner Zeit geschrieben, sobald das Prüfprotokoll beschreibbar ist. Es wurde kein zweites Mal aufgezeichnet; ist es ein eigenes, führen Sie es erneut aus, sobald das gehaltene geschrieben ist.</translation>
    </message>
    <message>
        <source>NOT YET RECORDED: %1 (%2) is held in memory and will be written with its time as soon as the audit log can be written; do not do it again. %3</source>
        <translation>NOCH NICHT AUFGEZEICHNET: %1 (%2) wird im Speicher gehalten und mit seiner Zeit geschrieben, sobald das Prüfprotokoll beschreibbar ist; führen Sie es nicht erneut aus. %3</translation>
    </message>
    <message>
        <source>Not started: events wait to be written first. %1</source>
        <translation>Nicht gestartet: Zuerst müssen wartende Ereignisse geschrieben werden. %1</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>Nicht gestartet: %1</translation>
    </message>
    <message>
        <source>No import is open.</source>
        <translation>Kein Import ist offen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regulator trigger.</source>
        <translation>&apos;%1&apos; ist kein Meldeauslöser.</translation>
    </message>
    <message>
        <source>This trigger is already recorded, at %1 UTC; its clocks run from then.</source>
        <translation>Dieser Auslöser ist bereits erfasst, um %1 UTC; seine Fristen laufen ab dann.</translation>
    </message>
    <message numerus="yes">
        <source>The reversal cannot be closed while %n required human-impact prompt(s) are unanswered (%1). Answer them, or record them as unknown with a reason.</source>
        <translation>
            <numerusform>Die Rücknahme kann nicht abgeschlossen werden, solange %n erforderliche Frage zu Folgen für Menschen unbeantwortet ist (%1). Beantworten Sie sie oder erfassen Sie sie mit Grund als unbekannt.</numerusform>
            <numerusform>Die Rücknahme kann nicht abgeschlossen werden, solange %n erforderliche Fragen zu Folgen für Menschen unbeantwortet sind (%1). Beantworten Sie sie oder erfassen Sie sie mit Grund als unbekannt.</numerusform>
        </translation>
    </message>
    <message>
        <source>This kit has no human-impact prompt &apos;%1&apos;.</source>
        <translation>Dieses Kit hat keine Frage zu Folgen für Menschen &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Say why the answer is unknown.</source>
        <translation>Geben Sie an, warum die Antwort unbekannt ist.</translation>
    </message>
    <message>
        <source>Write an answer, or record it as unknown with a reason.</source>
        <translation>Schreiben Sie eine Antwort oder erfassen Sie sie mit Grund als unbekannt.</translation>
    </message>
    <message>
        <source>The answer must be a number, such as 120; found &quot;%1&quot;.</source>
        <translation>Die Antwort muss eine Zahl sein, etwa 120; gefunden: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The answer must be one of: %1.</source>
        <translation>Die Antwort muss eines davon sein: %1.</translation>
    </message>
    <message>
        <source>The kit has no data procedure &quot;%1&quot;.</source>
        <translation>Das Kit hat kein Datenverfahren &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Begin the data procedure before recording its steps.</source>
        <translation>Beginnen Sie das Datenverfahren, bevor Sie seine Schritte erfassen.</translation>
    </message>
    <message>
        <source>A gate is met or not met; a window or recovery step is done or blocked.</source>
        <translation>Ein Kriterium ist erfüllt oder nicht erfüllt; ein Fenster- oder Wiederherstellungsschritt ist erledigt oder blockiert.</translation>
    </message>
</context>
<context>
    <name>turnback::ReviewTimelineModel</name>
    <message>
        <source> — recorded %1 after its deadline</source>
        <translation> — erfasst %1 nach seiner Frist</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
</context>
<context>
    <name>turnback::ReviewWindow</name>
    <message>
        <source>Review (read-only)</source>
        <translation>Prüfung (nur lesen)</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Rücknahme</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Level reached</source>
        <translation>Erreichte Stufe</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Reversals in this log</source>
        <translation>Rücknahmen in diesem Protokoll</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitverlauf</translation>
    </message>
    <message>
        <source>&amp;Console at an instant</source>
        <translation>&amp;Konsole zu einem Zeitpunkt</translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation>Noch nicht verifiziert.</translation>
    </message>
    <message>
        <source>Verifying %p%</source>
        <translation>Verifizierung %p%</translation>
    </message>
    <message>
        <source>&amp;Verify again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ar&amp;t:</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>&amp;Akteur:</translation>
    </message>
    <message>
        <source>text recorded in the row</source>
        <translation>im Eintrag erfasster Text</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>&amp;Sort:</source>
        <translation>&amp;Sortierung:</translation>
    </message>
    <message>
        <source>&amp;Jump to:</source>
        <translation>Spr&amp;ingen zu:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <source>The chosen row in full</source>
        <translation>Der gewählte Eintrag vollständig</translation>
    </message>
    <message>
        <source>Choose a row to see it in full: every field, its hashes and its payload.</source>
        <translation>Wählen Sie einen Eintrag, um ihn vollständig zu sehen: jedes Feld, seine Hashes und seine Nutzdaten.</translation>
    </message>
    <message>
        <source>HH:MM or YYYY-MM-DD HH:MM, local time</source>
        <translation>HH:MM oder JJJJ-MM-TT HH:MM, Ortszeit</translation>
    </message>
    <message>
        <source>What did the console show at this &amp;instant:</source>
        <translation>Was zeigte die Konsole in diesem &amp;Moment:</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Anzei&amp;gen</translation>
    </message>
    <message>
        <source>Review of %1 (read-only)</source>
        <translation>Prüfung von %1 (nur lesen)</translation>
    </message>
    <message>
        <source>LIVE reversals (%1)</source>
        <translation>LIVE-Rücknahmen (%1)</translation>
    </message>
    <message>
        <source>EXERCISES, not live (%1)</source>
        <translation>ÜBUNGEN, nicht live (%1)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n event(s)</source>
        <translation>
            <numerusform>%1 — %n Ereignis</numerusform>
            <numerusform>%1 — %n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;From&quot; is not a time (HH:MM or YYYY-MM-DD HH:MM).</source>
        <translation>&quot;Von&quot; ist keine Zeit (HH:MM oder JJJJ-MM-TT HH:MM).</translation>
    </message>
    <message>
        <source>&quot;To&quot; is not a time (HH:MM or YYYY-MM-DD HH:MM).</source>
        <translation>&quot;Bis&quot; ist keine Zeit (HH:MM oder JJJJ-MM-TT HH:MM).</translation>
    </message>
    <message>
        <source>No event matches.</source>
        <translation>Kein Ereignis passt.</translation>
    </message>
    <message>
        <source>&quot;Jump to&quot; is not a time (HH:MM or YYYY-MM-DD HH:MM).</source>
        <translation>&quot;Springen zu&quot; ist keine Zeit (HH:MM oder JJJJ-MM-TT HH:MM).</translation>
    </message>
    <message>
        <source>No event matches at or after %1.</source>
        <translation>Kein Ereignis passt ab %1.</translation>
    </message>
    <message>
        <source>From %1; scroll up for earlier events.</source>
        <translation>Ab %1; nach oben scrollen für frühere Ereignisse.</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>was geschah</translation>
    </message>
    <message>
        <source>seq</source>
        <translation>seq</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>%1 local, %2 UTC</source>
        <translation>%1 lokal, %2 UTC</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>reversal</source>
        <translation>Rücknahme</translation>
    </message>
    <message>
        <source>missing: %1 is not there</source>
        <translation>fehlt: %1 ist nicht vorhanden</translation>
    </message>
    <message>
        <source>matches the recorded SHA-256</source>
        <translation>passt zum erfassten SHA-256</translation>
    </message>
    <message>
        <source>CHANGED: the file no longer has the recorded SHA-256</source>
        <translation>GEÄNDERT: Die Datei hat nicht mehr den erfassten SHA-256</translation>
    </message>
    <message>
        <source>artifact</source>
        <translation>Artefakt</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>previous hash</source>
        <translation>vorheriger Hash</translation>
    </message>
    <message>
        <source>in the reversal&apos;s chain</source>
        <translation>in der Kette der Rücknahme</translation>
    </message>
    <message>
        <source>#%1, hash %2</source>
        <translation>#%1, Hash %2</translation>
    </message>
    <message>
        <source>Choose a reversal first.</source>
        <translation>Wählen Sie zuerst eine Rücknahme.</translation>
    </message>
    <message>
        <source>No kit is loaded to rebuild the rubric with.</source>
        <translation>Es ist kein Kit geladen, mit dem die Rubrik neu aufgebaut werden kann.</translation>
    </message>
    <message>
        <source>Type a time: HH:MM or YYYY-MM-DD HH:MM, local time.</source>
        <translation>Geben Sie eine Zeit ein: HH:MM oder JJJJ-MM-TT HH:MM, Ortszeit.</translation>
    </message>
    <message>
        <source>Verifying the log: the chain, then the signed checkpoints...</source>
        <translation>Protokoll wird verifiziert: die Kette, dann die signierten Prüfpunkte …</translation>
    </message>
    <message>
        <source>VERIFIED (as audit verify says):
%1</source>
        <translation>VERIFIZIERT (laut audit verify):
%1</translation>
    </message>
    <message>
        <source>BROKEN (as audit verify says):
%1</source>
        <translation>DEFEKT (laut audit verify):
%1</translation>
    </message>
    <message>
        <source>After-action &amp;report...</source>
        <translation>&amp;Nachbesprechungsbericht …</translation>
    </message>
    <message>
        <source>After-action report</source>
        <translation>Nachbesprechungsbericht</translation>
    </message>
    <message>
        <source>Actor A to Z</source>
        <translation>Akteur A bis Z</translation>
    </message>
    <message>
        <source>Actor Z to A</source>
        <translation>Akteur Z bis A</translation>
    </message>
    <message>
        <source>Kind A to Z</source>
        <translation>Art A bis Z</translation>
    </message>
    <message>
        <source>Kind Z to A</source>
        <translation>Art Z bis A</translation>
    </message>
    <message>
        <source>Sort by time, actor or kind; the role and what happened are not sortable.</source>
        <translation>Sortieren Sie nach Zeit, Akteur oder Art; Rolle und Geschehen sind nicht sortierbar.</translation>
    </message>
    <message>
        <source>Indexing... %1%: the sort applies when it is done; recorded order meanwhile.</source>
        <translation>Indizierung... %1%: Die Sortierung greift, sobald sie fertig ist; bis dahin in erfasster Reihenfolge.</translation>
    </message>
    <message>
        <source>Indexing... %1% (filters read the log meanwhile, slower).</source>
        <translation>Indizierung... %1% (Filter lesen bis dahin das Protokoll, langsamer).</translation>
    </message>
    <message>
        <source>Not indexed (%1): filters read the log, and only recorded order is available.</source>
        <translation>Nicht indiziert (%1): Filter lesen das Protokoll, und nur die erfasste Reihenfolge ist verfügbar.</translation>
    </message>
    <message>
        <source>Matching events: %1.</source>
        <translation>Passende Ereignisse: %1.</translation>
    </message>
    <message>
        <source>A console is recording into this log: filters and sorts show the rows up to %1; choose the reversal again for newer ones.</source>
        <translation>Eine Konsole erfasst gerade in dieses Protokoll: Filter und Sortierungen zeigen die Zeilen bis %1; wählen Sie die Rücknahme erneut für neuere.</translation>
    </message>
    <message>
        <source>EXERCISE — %1</source>
        <translation>ÜBUNG — %1</translation>
    </message>
</context>
<context>
    <name>turnback::RubricTableModel</name>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Frist</translation>
    </message>
</context>
<context>
    <name>turnback::Run</name>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Der Export wurde abgebrochen; nichts wurde geschrieben.</translation>
    </message>
</context>
<context>
    <name>turnback::SigningKeyDialog</name>
    <message>
        <source>The signing key has no safe place yet</source>
        <translation>Der Signaturschlüssel hat noch keinen sicheren Ort</translation>
    </message>
    <message>
        <source>Recording goes on: every event is still written and chained. Only the signed checkpoints wait, and are signed as soon as a key is available.

Or keep the key in a file protected by a passphrase. Store the file and the passphrase apart; without the passphrase the key cannot be used.</source>
        <translation>Die Aufzeichnung läuft weiter: Jedes Ereignis wird weiterhin geschrieben und verkettet. Nur die signierten Prüfpunkte warten und werden signiert, sobald ein Schlüssel verfügbar ist.

Oder bewahren Sie den Schlüssel in einer passphrasegeschützten Datei auf. Bewahren Sie Datei und Passphrase getrennt auf; ohne die Passphrase ist der Schlüssel nicht nutzbar.</translation>
    </message>
    <message>
        <source>e.g. /media/usb/turnback-signing.key</source>
        <translation>z. B. /media/usb/turnback-signing.key</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>D&amp;urchsuchen …</translation>
    </message>
    <message>
        <source>only for a new key file</source>
        <translation>nur für eine neue Schlüsseldatei</translation>
    </message>
    <message>
        <source>Key &amp;file:</source>
        <translation>Schlüssel&amp;datei:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Retry the &amp;keychain</source>
        <translation>&amp;Schlüsselbund erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Use this key file</source>
        <translation>Diese Schlüsseldatei &amp;verwenden</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>Name the key file first.</source>
        <translation>Geben Sie zuerst die Schlüsseldatei an.</translation>
    </message>
    <message>
        <source>Use a passphrase of at least 8 characters.</source>
        <translation>Verwenden Sie eine Passphrase mit mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice for a new key file.</source>
        <translation>Die beiden Passphrasen unterscheiden sich. Geben Sie für eine neue Schlüsseldatei zweimal dieselbe ein.</translation>
    </message>
    <message>
        <source>No keychain can keep the signing key on this computer right now.</source>
        <translation>Auf diesem Computer kann derzeit kein Schlüsselbund den Signaturschlüssel aufbewahren.</translation>
    </message>
</context>
<context>
    <name>turnback::StageActDialog</name>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <source>What the record should say, in a line</source>
        <translation>Was die Aufzeichnung sagen soll, in einer Zeile</translation>
    </message>
</context>
<context>
    <name>turnback::StageBanner</name>
    <message>
        <source>NO-GO: %1 (%2)</source>
        <translation>NO-GO: %1 (%2)</translation>
    </message>
    <message>
        <source>ROLLBACK WINDOW OPEN %1</source>
        <translation>RÜCKROLLFENSTER OFFEN %1</translation>
    </message>
    <message>
        <source>ROLLBACK WINDOW CLOSED — time ran out, %1: close it on record</source>
        <translation>RÜCKROLLFENSTER ZU — Zeit abgelaufen, %1: erfasst schließen</translation>
    </message>
    <message>
        <source>ROLLBACK WINDOW CLOSED at %1 UTC</source>
        <translation>RÜCKROLLFENSTER GESCHLOSSEN um %1 UTC</translation>
    </message>
</context>
<context>
    <name>turnback::StagesPanel</name>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>What stands</source>
        <translation>Was gilt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verweise</translation>
    </message>
    <message>
        <source>This kit has no stage checklists.</source>
        <translation>Dieses Kit hat keine Phasen-Checklisten.</translation>
    </message>
    <message>
        <source>The kit&apos;s stages: pre-release gates, the live rollback window, the recovery. Start a reversal to work them on record.</source>
        <translation>Die Phasen des Kits: Freigabekriterien vor dem Release, das Rückrollfenster, die Wiederherstellung. Starten Sie eine Rücknahme, um sie erfasst abzuarbeiten.</translation>
    </message>
    <message>
        <source>The reversal is closed: this is what its stages closed with.</source>
        <translation>Die Rücknahme ist abgeschlossen: So standen ihre Phasen beim Abschluss.</translation>
    </message>
    <message>
        <source>This console follows another: the stages are recorded there.</source>
        <translation>Diese Konsole folgt einer anderen: Die Phasen werden dort erfasst.</translation>
    </message>
    <message>
        <source>Space or Return on an item records it (who, when, why); P opens its data procedure, C its comms. A later record supersedes the one shown; both stay in the log.</source>
        <translation>Leertaste oder Eingabe auf einem Punkt erfasst ihn (wer, wann, warum); P öffnet sein Datenverfahren, C seine Kommunikation. Eine spätere Erfassung ersetzt die angezeigte; beide bleiben im Protokoll.</translation>
    </message>
    <message>
        <source> — owes %1, %2 OVERDUE</source>
        <translation> — %1 fällig, %2 ÜBERFÄLLIG</translation>
    </message>
    <message>
        <source> — owes %1</source>
        <translation> — %1 fällig</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>nicht erledigt</translation>
    </message>
    <message>
        <source>%1 — %2, %3 UTC</source>
        <translation>%1 — %2, %3 UTC</translation>
    </message>
    <message>
        <source>: &quot;%1&quot;</source>
        <translation>: &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source> (replaces %n earlier record(s))</source>
        <translation>
            <numerusform> (ersetzt %n frühere Erfassung)</numerusform>
            <numerusform> (ersetzt %n frühere Erfassungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>in time (by %1)</source>
        <translation>rechtzeitig (bis %1)</translation>
    </message>
    <message>
        <source>LATE by %1</source>
        <translation>VERSPÄTET um %1</translation>
    </message>
    <message>
        <source>within %1</source>
        <translation>innerhalb von %1</translation>
    </message>
    <message>
        <source>P: %1 — FINISHED</source>
        <translation>P: %1 — ABGESCHLOSSEN</translation>
    </message>
    <message>
        <source>P: %1 — %2 of %3 steps</source>
        <translation>P: %1 — %2 von %3 Schritten</translation>
    </message>
    <message>
        <source>P: %1 — not begun</source>
        <translation>P: %1 — nicht begonnen</translation>
    </message>
    <message>
        <source>C: %1 — SENT %2</source>
        <translation>C: %1 — GESENDET %2</translation>
    </message>
    <message>
        <source>C: %1 — not sent</source>
        <translation>C: %1 — nicht gesendet</translation>
    </message>
    <message>
        <source>Go / no-go decision</source>
        <translation>Go / No-Go-Entscheidung</translation>
    </message>
    <message>
        <source>OVERDUE: the window opened without it</source>
        <translation>ÜBERFÄLLIG: Das Fenster wurde ohne sie geöffnet</translation>
    </message>
    <message>
        <source>GO — %1, %2 UTC</source>
        <translation>GO — %1, %2 UTC</translation>
    </message>
    <message>
        <source>NO-GO — %1, %2 UTC</source>
        <translation>NO-GO — %1, %2 UTC</translation>
    </message>
    <message>
        <source>; not met: %1</source>
        <translation>; nicht erfüllt: %1</translation>
    </message>
    <message>
        <source>Rollback window (%1)</source>
        <translation>Rückrollfenster (%1)</translation>
    </message>
    <message>
        <source>not opened — Space opens it</source>
        <translation>nicht geöffnet — Leertaste öffnet es</translation>
    </message>
    <message>
        <source>OPEN since %1 UTC, closes at %2 UTC</source>
        <translation>OFFEN seit %1 UTC, schließt um %2 UTC</translation>
    </message>
    <message>
        <source>CLOSED — its time ran out at %1 UTC; close it on record</source>
        <translation>ZU — seine Zeit lief um %1 UTC ab; erfasst schließen</translation>
    </message>
    <message>
        <source>CLOSED early at %1 UTC by %2</source>
        <translation>vorzeitig GESCHLOSSEN um %1 UTC von %2</translation>
    </message>
    <message>
        <source>CLOSED at %1 UTC by %2</source>
        <translation>GESCHLOSSEN um %1 UTC von %2</translation>
    </message>
    <message>
        <source>Harm record: who, how many, how long, what data</source>
        <translation>Schadensbericht: wer, wie viele, wie lange, welche Daten</translation>
    </message>
    <message>
        <source>%1; how many: %2; for how long: %3; data: %4 — %5, %6 UTC</source>
        <translation>%1; wie viele: %2; wie lange: %3; Daten: %4 — %5, %6 UTC</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source> (corrects %n earlier record(s))</source>
        <translation>
            <numerusform> (berichtigt %n früheren Bericht)</numerusform>
            <numerusform> (berichtigt %n frühere Berichte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relaunch decision (%n criteria)</source>
        <translation>
            <numerusform>Entscheidung über einen Neustart (%n Kriterium)</numerusform>
            <numerusform>Entscheidung über einen Neustart (%n Kriterien)</numerusform>
        </translation>
    </message>
    <message>
        <source>RELAUNCH — %1 of %2 criteria met; %3, %4 UTC</source>
        <translation>NEUSTART — %1 von %2 Kriterien erfüllt; %3, %4 UTC</translation>
    </message>
    <message>
        <source>DO NOT RELAUNCH — %1 of %2 criteria met; %3, %4 UTC</source>
        <translation>KEIN NEUSTART — %1 von %2 Kriterien erfüllt; %3, %4 UTC</translation>
    </message>
    <message>
        <source>Impact: %1</source>
        <translation>Folgen: %1</translation>
    </message>
    <message>
        <source>unknown: &quot;%1&quot;</source>
        <translation>unbekannt: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>NOT ANSWERED — blocks closing (Return: Human impact tab)</source>
        <translation>NICHT BEANTWORTET — blockiert den Abschluss (Eingabe: Reiter Folgen für Menschen)</translation>
    </message>
    <message>
        <source>not answered (Return: Human impact tab)</source>
        <translation>nicht beantwortet (Eingabe: Reiter Folgen für Menschen)</translation>
    </message>
    <message>
        <source>Owner: %1. Recording it for them needs a reason.</source>
        <translation>Verantwortlich: %1. Eine Erfassung in Vertretung braucht einen Grund.</translation>
    </message>
    <message>
        <source>Sign off a gate</source>
        <translation>Kriterium abzeichnen</translation>
    </message>
    <message>
        <source>Record a step</source>
        <translation>Schritt erfassen</translation>
    </message>
    <message>
        <source>&amp;Met</source>
        <translation>Er&amp;füllt</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>Erle&amp;digt</translation>
    </message>
    <message>
        <source>&amp;Not met</source>
        <translation>&amp;Nicht erfüllt</translation>
    </message>
    <message>
        <source>&amp;Blocked</source>
        <translation>&amp;Blockiert</translation>
    </message>
    <message>
        <source>R&amp;eason (required when not met):</source>
        <translation>&amp;Grund (nötig, wenn nicht erfüllt):</translation>
    </message>
    <message>
        <source>R&amp;eason (required when blocked):</source>
        <translation>&amp;Grund (nötig, wenn blockiert):</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Every gate is met.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Jedes Kriterium ist erfüllt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#b71c1c&apos;&gt;Not met or not recorded: %2.&lt;/span&gt; A go needs a reason.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#b71c1c&apos;&gt;Nicht erfüllt oder nicht erfasst: %2.&lt;/span&gt; Ein Go braucht einen Grund.</translation>
    </message>
    <message>
        <source>Go / no-go</source>
        <translation>Go / No-Go</translation>
    </message>
    <message>
        <source>N&amp;o-go</source>
        <translation>N&amp;o-Go</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Go (&amp;Freigabe)</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Open the %1 now?

It closes %2 from now; each step&apos;s deadline counts from now. This is recorded and cannot be taken back.</source>
        <translation>%1 jetzt öffnen?

Es schließt in %2; die Frist jedes Schritts zählt ab jetzt. Dies wird erfasst und kann nicht zurückgenommen werden.</translation>
    </message>
    <message>
        <source>Open the rollback window?</source>
        <translation>Rückrollfenster öffnen?</translation>
    </message>
    <message>
        <source>Close the rollback window</source>
        <translation>Rückrollfenster schließen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Its time has not run out: closing early needs a reason.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Seine Zeit ist nicht abgelaufen: Vorzeitiges Schließen braucht einen Grund.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Its time ran out; close it on record.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Seine Zeit ist abgelaufen; schließen Sie es erfasst.</translation>
    </message>
    <message>
        <source>R&amp;eason (required):</source>
        <translation>&amp;Grund (nötig):</translation>
    </message>
    <message>
        <source>Record the harm</source>
        <translation>Schaden erfassen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;This corrects the record that stands; both stay in the log.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Dies berichtigt den geltenden Bericht; beide bleiben im Protokoll.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Who was affected, how many, for how long, and what data.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Wer betroffen war, wie viele, wie lange und welche Daten.</translation>
    </message>
    <message>
        <source>&amp;Who was affected:</source>
        <translation>&amp;Wer war betroffen:</translation>
    </message>
    <message>
        <source>&amp;How many:</source>
        <translation>Wie &amp;viele:</translation>
    </message>
    <message>
        <source>as known, e.g. about 1,200</source>
        <translation>soweit bekannt, z. B. etwa 1.200</translation>
    </message>
    <message>
        <source>&amp;For how long:</source>
        <translation>Wie &amp;lange:</translation>
    </message>
    <message>
        <source>e.g. 41 min</source>
        <translation>z. B. 41 min</translation>
    </message>
    <message>
        <source>What &amp;data:</source>
        <translation>Welche &amp;Daten:</translation>
    </message>
    <message>
        <source>none, or what was exposed</source>
        <translation>keine, oder was offengelegt wurde</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Decide on a relaunch</source>
        <translation>Über einen Neustart entscheiden</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Tick each criterion that is met; a relaunch with any not met needs a reason.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Haken Sie jedes erfüllte Kriterium an; ein Neustart mit einem nicht erfüllten braucht einen Grund.</translation>
    </message>
    <message>
        <source>Do &amp;not relaunch</source>
        <translation>&amp;Kein Neustart</translation>
    </message>
    <message>
        <source>Re&amp;launch</source>
        <translation>Neu&amp;start</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>turnback::StartReversalDialog</name>
    <message>
        <source>Start a reversal</source>
        <translation>Rücknahme starten</translation>
    </message>
    <message>
        <source>e.g. Roll back checkout v2.14 canary</source>
        <translation>z. B. Canary von Checkout v2.14 zurücknehmen</translation>
    </message>
    <message>
        <source>e.g. checkout</source>
        <translation>z. B. checkout</translation>
    </message>
    <message>
        <source>&amp;Live: a real deployment is being reversed</source>
        <translation>&amp;Echt: Ein echtes Deployment wird zurückgenommen</translation>
    </message>
    <message>
        <source>&amp;Exercise: a tabletop drill, marked EXERCISE everywhere</source>
        <translation>Ü&amp;bung: ein Planspiel, überall als ÜBUNG gekennzeichnet</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ihr Name:</translation>
    </message>
    <message>
        <source>Your &amp;role:</source>
        <translation>Ihre &amp;Rolle:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>Start reversal</source>
        <translation>Rücknahme starten</translation>
    </message>
    <message>
        <source>Fill in every field: the record needs what, where and who.</source>
        <translation>Füllen Sie jedes Feld aus: Der Eintrag braucht was, wo und wer.</translation>
    </message>
</context>
<context>
    <name>turnback::StartScreen</name>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <source>Start a reversal (Ctrl+N)</source>
        <translation>Rücknahme starten (Ctrl+N)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Kit</source>
        <translation>Kit</translation>
    </message>
    <message>
        <source>Resume the selected reversal (Return)</source>
        <translation>Ausgewählte Rücknahme fortsetzen (Return)</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>OFFEN</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>abgeschlossen %1</translation>
    </message>
    <message>
        <source>EXERCISE</source>
        <translation>ÜBUNG</translation>
    </message>
    <message>
        <source>live</source>
        <translation>echt</translation>
    </message>
    <message>
        <source>Reversals in this audit log: none yet.</source>
        <translation>Rücknahmen in diesem Prüfprotokoll: noch keine.</translation>
    </message>
    <message>
        <source>Reversals in this audit log (newest first):</source>
        <translation>Rücknahmen in diesem Prüfprotokoll (neueste zuerst):</translation>
    </message>
    <message>
        <source>Another console records into this audit log: this one follows its open reversal and records nothing.</source>
        <translation>Eine andere Konsole zeichnet in dieses Prüfprotokoll auf: Diese folgt ihrer offenen Rücknahme und zeichnet nichts auf.</translation>
    </message>
    <message>
        <source>Reversal &quot;%1&quot; is open: it is on the Live reversal tab.</source>
        <translation>Die Rücknahme „%1“ ist offen: Sie steht auf dem Reiter „Laufende Rücknahme“.</translation>
    </message>
    <message>
        <source>Open a kit first: File &gt; Open kit (Ctrl+O).</source>
        <translation>Öffnen Sie zuerst ein Kit: Datei &gt; Kit öffnen (Ctrl+O).</translation>
    </message>
    <message>
        <source>%1 reversals are open in this log. Choose the one to resume (arrow keys) and press Return.</source>
        <translation>In diesem Protokoll sind %1 Rücknahmen offen. Wählen Sie die fortzusetzende (Pfeiltasten) und drücken Sie Return.</translation>
    </message>
    <message>
        <source>No reversal is open. When a deployment has to be unwound, start one: Ctrl+N.</source>
        <translation>Keine Rücknahme ist offen. Wenn ein Deployment zurückgenommen werden muss, starten Sie eine: Ctrl+N.</translation>
    </message>
    <message>
        <source>This console only follows.</source>
        <translation>Diese Konsole folgt nur.</translation>
    </message>
    <message>
        <source>Close the running reversal before resuming another.</source>
        <translation>Schließen Sie die laufende Rücknahme ab, bevor Sie eine andere fortsetzen.</translation>
    </message>
    <message>
        <source>Closed: it stays in the log for review.</source>
        <translation>Abgeschlossen: Sie bleibt zur Prüfung im Protokoll.</translation>
    </message>
    <message>
        <source>Started with the kit &apos;%1&apos;: open that kit to resume it.</source>
        <translation>Mit dem Kit &apos;%1&apos; begonnen: Öffnen Sie dieses Kit, um sie fortzusetzen.</translation>
    </message>
</context>
<context>
    <name>turnback::TimelineModel</name>
    <message>
        <source>%1 UTC · seq %2 · %3 · %4</source>
        <translation>%1 UTC · seq %2 · %3 · %4</translation>
    </message>
</context>
</TS>

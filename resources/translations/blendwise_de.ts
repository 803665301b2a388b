<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>bw</name>
    <message>
        <source>Unknown export format “%1”; use one of: %2.</source>
        <translation>Unbekanntes Exportformat „%1“; verwenden Sie eines von: %2.</translation>
    </message>
    <message>
        <source>Unknown plan section “%1”; use any of: %2.</source>
        <translation>Unbekannter Planabschnitt „%1“; verwenden Sie beliebige von: %2.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot export “%1”: %2</source>
        <translation>„%1“ kann nicht exportiert werden: %2</translation>
    </message>
    <message>
        <source>%1: no font has a glyph for %2</source>
        <translation>%1: Keine Schrift enthält ein Zeichen für %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Auftraggeber</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Fußzeile</translation>
    </message>
    <message>
        <source>Objective %1 %2</source>
        <translation>Lernziel %1 %2</translation>
    </message>
    <message>
        <source>Activity %1 %2</source>
        <translation>Aktivität %1 %2</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Abschnitt %1</translation>
    </message>
    <message>
        <source>no space left on the device</source>
        <translation>kein freier Speicherplatz mehr auf dem Datenträger</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>das Speicherkontingent ist ausgeschöpft</translation>
    </message>
    <message>
        <source>the file would be larger than this system allows</source>
        <translation>die Datei wäre größer, als dieses System zulässt</translation>
    </message>
    <message>
        <source>the program reading the output has stopped</source>
        <translation>das Programm, das die Ausgabe liest, wurde beendet</translation>
    </message>
    <message>
        <source>the device is read-only</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <source>Tracked changes are only available in Word documents (DOCX).</source>
        <translation>Nachverfolgte Änderungen gibt es nur in Word-Dokumenten (DOCX).</translation>
    </message>
    <message>
        <source>Tracked changes need the version to compare with.</source>
        <translation>Für nachverfolgte Änderungen wird die Version benötigt, mit der verglichen werden soll.</translation>
    </message>
    <message>
        <source>The plan needs more rows than a worksheet has (%1).</source>
        <translation>Der Plan braucht mehr Zeilen, als ein Tabellenblatt fassen kann (%1).</translation>
    </message>
    <message>
        <source>line %1: the text is not valid UTF-8</source>
        <translation>Zeile %1: der Text ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>line %1: a quote inside a field that does not start with one</source>
        <translation>Zeile %1: ein Anführungszeichen in einem Feld, das nicht mit einem Anführungszeichen beginnt</translation>
    </message>
    <message>
        <source>line %1: text after the closing quote of a field</source>
        <translation>Zeile %1: Text nach dem schließenden Anführungszeichen eines Felds</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>Zeile %1: ein Feld in Anführungszeichen wird nicht geschlossen</translation>
    </message>
</context>
<context>
    <name>bw::AbcImporter</name>
    <message>
        <source>ABC Learning Design storyboard</source>
        <translation>ABC-Learning-Design-Storyboard</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the board is not a JSON object.</source>
        <translation>das Storyboard ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>%1: missing, a list is expected.</source>
        <translation>%1: fehlt, erwartet wird eine Liste.</translation>
    </message>
    <message>
        <source>cards[%1].weekId: the week “%2” is not in weeks.</source>
        <translation>cards[%1].weekId: Die Woche „%2“ ist nicht in weeks enthalten.</translation>
    </message>
    <message>
        <source>ABC storyboard</source>
        <translation>ABC-Storyboard</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Woche %1</translation>
    </message>
    <message>
        <source>the duration “%1” is not understood: left unset</source>
        <translation>die Dauer „%1“ wurde nicht erkannt: nicht gesetzt</translation>
    </message>
    <message>
        <source>phase guessed as in-class from the delivery style</source>
        <translation>Phase aus der Durchführungsform als Präsenz abgeleitet</translation>
    </message>
    <message>
        <source>phase guessed as pre-class: out of class before the week&apos;s first in-class card</source>
        <translation>Phase als Vorbereitung abgeleitet: außerhalb der Präsenz vor der ersten Präsenzkarte der Woche</translation>
    </message>
    <message>
        <source>phase guessed as post-class: out of class after the week&apos;s first in-class card</source>
        <translation>Phase als Nachbereitung abgeleitet: außerhalb der Präsenz nach der ersten Präsenzkarte der Woche</translation>
    </message>
    <message>
        <source>direction guessed from the learning type “%1”</source>
        <translation>Richtung aus dem Lerntyp „%1“ abgeleitet</translation>
    </message>
    <message>
        <source>card read</source>
        <translation>Karte gelesen</translation>
    </message>
</context>
<context>
    <name>bw::ActivityWithoutDirection</name>
    <message>
        <source>Activity has no direction</source>
        <translation>Aktivität hat keine Richtung</translation>
    </message>
    <message>
        <source>The direction (content out to learners, learners reporting back, or learners sharing with each other) decides which tools can carry an activity.</source>
        <translation>Die Richtung (Inhalte gehen an die Lernenden, Lernende melden zurück oder Lernende tauschen sich untereinander aus) entscheidet, welche Tools eine Aktivität tragen können.</translation>
    </message>
    <message>
        <source>The activity %1 has no direction: say whether content goes out to learners, learners report back, or learners share with each other.</source>
        <translation>Die Aktivität %1 hat keine Richtung: Geben Sie an, ob Inhalte an die Lernenden gehen, Lernende zurückmelden oder Lernende sich untereinander austauschen.</translation>
    </message>
</context>
<context>
    <name>bw::ActivityWithoutMoment</name>
    <message>
        <source>Activity not tied to a moment</source>
        <translation>Aktivität keinem Präsenztermin zugeordnet</translation>
    </message>
    <message>
        <source>Pre- and post-class activities are dated relative to an in-class moment; without one they are left out of the schedule and the calendar.</source>
        <translation>Aktivitäten vor und nach der Präsenz werden relativ zu einem Präsenztermin datiert; ohne Termin fehlen sie im Zeitplan und im Kalender.</translation>
    </message>
    <message>
        <source>The activity %1 (%2) is not tied to an in-class moment, so it cannot be dated.</source>
        <translation>Die Aktivität %1 (%2) ist keinem Präsenztermin zugeordnet und kann daher nicht datiert werden.</translation>
    </message>
    <message>
        <source>Tie it to %1</source>
        <translation>%1 zuordnen</translation>
    </message>
</context>
<context>
    <name>bw::ActivityWithoutPhase</name>
    <message>
        <source>Activity has no phase</source>
        <translation>Aktivität hat keine Phase</translation>
    </message>
    <message>
        <source>Placing every activity before, in or after class is the heart of the flipped design: class time is kept for what needs learners together.</source>
        <translation>Jede Aktivität vor, in oder nach der Präsenz einzuordnen ist der Kern des Flipped-Designs: Die Präsenzzeit bleibt dem vorbehalten, wofür die Lernenden zusammen sein müssen.</translation>
    </message>
    <message>
        <source>The activity %1 has no phase: place it before, in or after class.</source>
        <translation>Die Aktivität %1 hat keine Phase: Ordnen Sie sie vor, in oder nach der Präsenz ein.</translation>
    </message>
</context>
<context>
    <name>bw::ActivityWithoutTool</name>
    <message>
        <source>Activity has no tool</source>
        <translation>Aktivität hat kein Tool</translation>
    </message>
    <message>
        <source>Learners need to know where an activity happens; the plan&apos;s tools appendix and setup checklist are built from the tools chosen.</source>
        <translation>Lernende müssen wissen, wo eine Aktivität stattfindet; der Tool-Anhang und die Einrichtungs-Checkliste des Plans werden aus den gewählten Tools erstellt.</translation>
    </message>
    <message>
        <source>The activity %1 has no tool yet.</source>
        <translation>Die Aktivität %1 hat noch kein Tool.</translation>
    </message>
    <message>
        <source>%1 fits it best.</source>
        <translation>%1 passt am besten.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
</context>
<context>
    <name>bw::AddActivity</name>
    <message>
        <source>Add activity %1</source>
        <translation>Aktivität %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>bw::AddObjective</name>
    <message>
        <source>Add objective %1</source>
        <translation>Lernziel %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>bw::AddTool</name>
    <message>
        <source>Add tool %1</source>
        <translation>Tool %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>bw::Advisor</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
</context>
<context>
    <name>bw::AdvisorContext</name>
    <message>
        <source>an untitled activity</source>
        <translation>eine unbenannte Aktivität</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>Quotation marks around a name in an advisor message (German: „%1“).</extracomment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Moment %1</source>
        <translation>Präsenztermin %1</translation>
    </message>
</context>
<context>
    <name>bw::BenefitFromOtherTool</name>
    <message>
        <source>Benefit of another tool</source>
        <translation>Nutzen eines anderen Tools</translation>
    </message>
    <message>
        <source>When an activity changes tools, the benefit written for the old one no longer tells learners the truth about the new one.</source>
        <translation>Wechselt eine Aktivität das Tool, sagt der für das alte Tool formulierte Nutzen den Lernenden nichts Zutreffendes mehr über das neue.</translation>
    </message>
    <message>
        <source>The benefit of %1 is the one %2 brings, but the activity now uses %3.</source>
        <translation>Der Nutzen von %1 ist der, den %2 bietet, die Aktivität verwendet aber inzwischen %3.</translation>
    </message>
    <message>
        <source>Use the benefit of %1</source>
        <translation>Nutzen von %1 übernehmen</translation>
    </message>
</context>
<context>
    <name>bw::BenefitMissing</name>
    <message>
        <source>Learner benefit not stated</source>
        <translation>Nutzen für Lernende nicht angegeben</translation>
    </message>
    <message>
        <source>Learners put effort into a new tool only when they see what is in it for them; say it for every activity that uses one.</source>
        <translation>Lernende investieren nur dann Mühe in ein neues Tool, wenn sie sehen, was es ihnen bringt; nennen Sie den Nutzen bei jeder Aktivität, die eines verwendet.</translation>
    </message>
    <message>
        <source>The activity %1 uses %2 but does not tell learners what they gain from it.</source>
        <translation>Die Aktivität %1 verwendet %2, sagt den Lernenden aber nicht, was sie davon haben.</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Zum Beispiel: %1</translation>
    </message>
    <message>
        <source>Write a benefit that fits this activity</source>
        <translation>Einen Nutzen formulieren, der zu dieser Aktivität passt</translation>
    </message>
</context>
<context>
    <name>bw::Benefits</name>
    <message>
        <source>You work through the module on %1 at your own pace, and it records that you completed it.</source>
        <translation>Sie bearbeiten das Modul auf %1 in Ihrem eigenen Tempo, und Ihr Abschluss wird dort erfasst.</translation>
    </message>
    <message>
        <source>You watch it on %1 when it suits you, and pause and replay the steps you need.</source>
        <translation>Sie sehen es sich auf %1 an, wann es Ihnen passt, und können anhalten und die Schritte wiederholen, die Sie brauchen.</translation>
    </message>
    <message>
        <source>On %1 you go through it at your own pace and can come back to it whenever you need it.</source>
        <translation>Auf %1 arbeiten Sie es in Ihrem eigenen Tempo durch und können jederzeit darauf zurückgreifen, wenn Sie es brauchen.</translation>
    </message>
    <message>
        <source>You hand in %1 on %2 and get feedback on it.</source>
        <translation>Sie reichen %1 über %2 ein und erhalten Feedback dazu.</translation>
    </message>
    <message>
        <source>Your answers on %1 reach the trainer directly, and you get feedback on them.</source>
        <translation>Ihre Antworten über %1 gehen direkt an den Trainer, und Sie erhalten Feedback dazu.</translation>
    </message>
    <message>
        <source>You build %1 together with colleagues on %2 and see how the others tackle it.</source>
        <translation>Sie erstellen %1 gemeinsam mit Kolleginnen und Kollegen auf %2 und sehen, wie die anderen an die Aufgabe herangehen.</translation>
    </message>
    <message>
        <source>On %1 you learn from your colleagues&apos; experience as well as from the trainer.</source>
        <translation>Auf %1 lernen Sie aus den Erfahrungen Ihrer Kolleginnen und Kollegen ebenso wie vom Trainer.</translation>
    </message>
</context>
<context>
    <name>bw::Catalogue</name>
    <message>
        <source>Untitled plan</source>
        <translation>Unbenannter Plan</translation>
    </message>
</context>
<context>
    <name>bw::ChangeActivity</name>
    <message>
        <source>Edit activity %1</source>
        <translation>Aktivität %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>bw::ChangeInfo</name>
    <message>
        <source>Edit project properties</source>
        <translation>Projekteigenschaften bearbeiten</translation>
    </message>
</context>
<context>
    <name>bw::ChangeObjective</name>
    <message>
        <source>Edit objective %1</source>
        <translation>Lernziel %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>bw::ChangeText</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>in the room without a tool</source>
        <translation>ohne Tool (im Raum)</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>grouping</source>
        <translation>Sozialform</translation>
    </message>
    <message>
        <source>led by</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>deliverable</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>learner benefit</source>
        <translation>Nutzen für Lernende</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>in-class moment</source>
        <translation>Präsenztermin</translation>
    </message>
    <message>
        <source>days before or after the moment</source>
        <translation>Tage vor oder nach dem Termin</translation>
    </message>
    <message>
        <source>repetition</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>Formulierung</translation>
    </message>
    <message>
        <source>success measure</source>
        <translation>Erfolgsmaßstab</translation>
    </message>
    <message>
        <source>assessment instrument</source>
        <translation>Bewertungsinstrument</translation>
    </message>
    <message>
        <source>instrument description</source>
        <translation>Beschreibung des Instruments</translation>
    </message>
    <message>
        <source>attached file</source>
        <translation>angehängte Datei</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>directions</source>
        <translation>Richtungen</translation>
    </message>
    <message>
        <source>live</source>
        <translation>synchron</translation>
    </message>
    <message>
        <source>needs a new account</source>
        <translation>erfordert ein neues Konto</translation>
    </message>
    <message>
        <source>often blocked</source>
        <translation>oft gesperrt</translation>
    </message>
    <message>
        <source>provided by the client</source>
        <translation>vom Auftraggeber bereitgestellt</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>Ersatz</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>access notes</source>
        <translation>Hinweise zum Zugang</translation>
    </message>
    <message>
        <source>setup checklist</source>
        <translation>Einrichtungs-Checkliste</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>running order</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>duties</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>mission</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>Lernziel</translation>
    </message>
    <message>
        <source>members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Auftraggeber</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>brand colour</source>
        <translation>Akzentfarbe</translation>
    </message>
    <message>
        <source>footer</source>
        <translation>Fußzeile</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>evaluation plan</source>
        <translation>Evaluationsplan</translation>
    </message>
    <message>
        <source>most tools advised</source>
        <translation>Höchstzahl der Tools</translation>
    </message>
    <message>
        <source>silenced advisor rules</source>
        <translation>stummgeschaltete Regeln des Design-Beraters</translation>
    </message>
    <message>
        <source>none</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 rewritten</source>
        <translation>%1 neu formuliert</translation>
    </message>
    <message>
        <source>moved from position %1 to %2</source>
        <translation>von Position %1 auf %2 verschoben</translation>
    </message>
    <message>
        <source>%1 changed from %2 to %3</source>
        <translation>%1 von %2 auf %3 geändert</translation>
    </message>
    <message>
        <source>moved from %1 to %2</source>
        <translation>von %1 nach %2 verschoben</translation>
    </message>
    <message>
        <source>moved from objective %1 to %2</source>
        <translation>von Lernziel %1 zu %2 verschoben</translation>
    </message>
    <message>
        <source>Project details</source>
        <translation>Projektangaben</translation>
    </message>
    <message>
        <source>Rule of use %1</source>
        <translation>Nutzungsregel %1</translation>
    </message>
    <message>
        <source>Objective %1</source>
        <translation>Lernziel %1</translation>
    </message>
    <message>
        <source>Activity %1.%2</source>
        <translation>Aktivität %1.%2</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Tool %1</source>
        <translation>Tool %1</translation>
    </message>
    <message>
        <source>In-class moment %1</source>
        <translation>Präsenztermin %1</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <source>Sub-group %1</source>
        <translation>Untergruppe %1</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>bw::ChangeTool</name>
    <message>
        <source>Edit tool %1</source>
        <translation>Tool %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>bw::ChartPainter</name>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
</context>
<context>
    <name>bw::CommunityWithoutRoles</name>
    <message>
        <source>No community roles</source>
        <translation>Keine Community-Rollen</translation>
    </message>
    <message>
        <source>A learning community rarely runs by itself: champions post first, a curator gathers what is shared, a contact point answers questions and an expert mentor gives feedback.</source>
        <translation>Eine Lern-Community läuft selten von allein: Champions posten als Erste, ein Kurator sammelt, was geteilt wird, eine Ansprechperson beantwortet Fragen und ein Fachmentor gibt Feedback.</translation>
    </message>
    <message>
        <source>The plan uses community tools (%1) but names no community roles: plan champions, a curator, a contact point or an expert mentor to keep the exchange going.</source>
        <translation>Der Plan verwendet Community-Tools (%1), benennt aber keine Community-Rollen: Planen Sie Champions, einen Kurator, eine Ansprechperson oder einen Fachmentor ein, damit der Austausch in Gang bleibt.</translation>
    </message>
</context>
<context>
    <name>bw::CommunityWithoutRules</name>
    <message>
        <source>No rules of use</source>
        <translation>Keine Nutzungsregeln</translation>
    </message>
    <message>
        <source>Learners share more freely when they know what may be posted, what stays confidential and how to disagree.</source>
        <translation>Lernende teilen offener, wenn sie wissen, was gepostet werden darf, was vertraulich bleibt und wie man widerspricht.</translation>
    </message>
    <message>
        <source>The plan uses community tools (%1) but gives learners no rules of use.</source>
        <translation>Der Plan verwendet Community-Tools (%1), gibt den Lernenden aber keine Nutzungsregeln.</translation>
    </message>
    <message>
        <source>Add starter rules of use</source>
        <translation>Grundlegende Nutzungsregeln hinzufügen</translation>
    </message>
    <message>
        <source>Share your own experience, and leave out names of clients and anything confidential.</source>
        <translation>Teilen Sie Ihre eigenen Erfahrungen und lassen Sie Namen von Kunden und alles Vertrauliche weg.</translation>
    </message>
    <message>
        <source>One idea per post, so that others can reply to each one.</source>
        <translation>Eine Idee pro Beitrag, damit andere auf jede einzeln antworten können.</translation>
    </message>
    <message>
        <source>Question ideas, not people: disagreement is welcome, mockery is not.</source>
        <translation>Hinterfragen Sie Ideen, nicht Personen: Widerspruch ist willkommen, Spott nicht.</translation>
    </message>
    <message>
        <source>Reply to at least one colleague for every post of your own.</source>
        <translation>Antworten Sie für jeden eigenen Beitrag mindestens einer Kollegin oder einem Kollegen.</translation>
    </message>
</context>
<context>
    <name>bw::ContentDeliveryInClass</name>
    <message>
        <source>Content delivered in class</source>
        <translation>Inhaltsvermittlung in der Präsenz</translation>
    </message>
    <message>
        <source>In a flipped design learners take in content on their own before class, so that the time together goes on coaching, feedback and practice.</source>
        <translation>In einem Flipped-Design erarbeiten sich Lernende Inhalte selbstständig vor der Präsenz, damit die gemeinsame Zeit für Coaching, Feedback und Übung bleibt.</translation>
    </message>
    <message>
        <source>The activity %1 delivers content one-to-many in class. Learners can take it in before class, leaving class time for practice and feedback.</source>
        <translation>Die Aktivität %1 vermittelt Inhalte in der Präsenz (Einer an viele). Lernende können sie sich vor der Präsenz erarbeiten, sodass die Präsenzzeit für Übung und Feedback bleibt.</translation>
    </message>
    <message>
        <source>Move before class</source>
        <translation>In die Vorbereitung verschieben</translation>
    </message>
</context>
<context>
    <name>bw::CourseFlowImporter</name>
    <message>
        <source>line %1: the text is not valid UTF-8.</source>
        <translation>Zeile %1: der Text ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>CourseFlow workflow</source>
        <translation>CourseFlow-Workflow</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Woche %1</translation>
    </message>
    <message>
        <source>Activities without an outcome</source>
        <translation>Aktivitäten ohne Lernziel</translation>
    </message>
</context>
<context>
    <name>bw::CsvExporter</name>
    <message>
        <source>Spreadsheet (CSV, one row per activity)</source>
        <translation>Tabelle (CSV, eine Zeile pro Aktivität)</translation>
    </message>
</context>
<context>
    <name>bw::CsvImporter</name>
    <message>
        <source>Spreadsheet (CSV, one row per activity)</source>
        <translation>Tabelle (CSV, eine Zeile pro Aktivität)</translation>
    </message>
    <message>
        <source>line 1: the file holds no header line</source>
        <translation>Zeile 1: die Datei enthält keine Kopfzeile</translation>
    </message>
    <message>
        <source>unknown field “%1” in the column map</source>
        <translation>unbekanntes Feld „%1“ in der Spaltenzuordnung</translation>
    </message>
    <message>
        <source>line %1: no column “%2”; the columns are: %3</source>
        <translation>Zeile %1: keine Spalte „%2“; vorhandene Spalten: %3</translation>
    </message>
    <message>
        <source>the column map names no column for the field “title”</source>
        <translation>die Spaltenzuordnung nennt keine Spalte für das Feld „title“</translation>
    </message>
    <message>
        <source>line %1: the header does not match; expected the columns: %2</source>
        <translation>Zeile %1: die Kopfzeile passt nicht; erwartet werden die Spalten: %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>line %1: %2 fields where the header has %3</source>
        <translation>Zeile %1: %2 Felder, die Kopfzeile hat jedoch %3</translation>
    </message>
    <message>
        <source>unknown phase “%1”: left unset</source>
        <translation>unbekannte Phase „%1“: nicht gesetzt</translation>
    </message>
    <message>
        <source>unknown direction “%1”: left unset</source>
        <translation>unbekannte Richtung „%1“: nicht gesetzt</translation>
    </message>
    <message>
        <source>unknown grouping “%1”: whole group</source>
        <translation>unbekannte Sozialform „%1“: Gesamtgruppe</translation>
    </message>
    <message>
        <source>unknown assessment “%1”: none</source>
        <translation>unbekannte Bewertung „%1“: keine</translation>
    </message>
    <message>
        <source>line %1: “%2” is not a duration in minutes (30 or 10–15)</source>
        <translation>Zeile %1: „%2“ ist keine Dauer in Minuten (30 oder 10–15)</translation>
    </message>
    <message>
        <source>line %1: “%2” is not a number of days</source>
        <translation>Zeile %1: „%2“ ist keine Anzahl von Tagen</translation>
    </message>
    <message>
        <source>phase guessed as %1 from “%2”</source>
        <translation>Phase aus „%2“ als %1 abgeleitet</translation>
    </message>
</context>
<context>
    <name>bw::CsvUpdate</name>
    <message>
        <source>line 1: the file holds no header line</source>
        <translation>Zeile 1: die Datei enthält keine Kopfzeile</translation>
    </message>
    <message>
        <source>line %1: the header does not match; expected the columns: %2</source>
        <translation>Zeile %1: die Kopfzeile passt nicht; erwartet werden die Spalten: %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>line %1: %2 fields where the header has %3</source>
        <translation>Zeile %1: %2 Felder, die Kopfzeile hat jedoch %3</translation>
    </message>
    <message>
        <source>no activity has the key “%1”: the row is added as a new activity</source>
        <translation>keine Aktivität hat den Schlüssel „%1“: die Zeile wird als neue Aktivität hinzugefügt</translation>
    </message>
    <message>
        <source>the key %1 is on an earlier row too: this row is added as a new activity</source>
        <translation>der Schlüssel %1 steht auch in einer früheren Zeile: diese Zeile wird als neue Aktivität hinzugefügt</translation>
    </message>
    <message>
        <source>new objective “%1”</source>
        <translation>neues Lernziel „%1“</translation>
    </message>
    <message>
        <source>unknown phase “%1”: left as it was</source>
        <translation>unbekannte Phase „%1“: unverändert gelassen</translation>
    </message>
    <message>
        <source>unknown direction “%1”: left as it was</source>
        <translation>unbekannte Richtung „%1“: unverändert gelassen</translation>
    </message>
    <message>
        <source>unknown grouping “%1”: left as it was</source>
        <translation>unbekannte Sozialform „%1“: unverändert gelassen</translation>
    </message>
    <message>
        <source>unknown assessment “%1”: left as it was</source>
        <translation>unbekannte Bewertung „%1“: unverändert gelassen</translation>
    </message>
    <message>
        <source>line %1: “%2” is not a duration in minutes (30 or 10–15)</source>
        <translation>Zeile %1: „%2“ ist keine Dauer in Minuten (30 oder 10–15)</translation>
    </message>
    <message>
        <source>the tool “%1” was not in the project&apos;s catalogue: added</source>
        <translation>das Tool „%1“ war nicht im Katalog des Projekts: hinzugefügt</translation>
    </message>
    <message>
        <source>new in-class moment “%1” (give it a date in the studio)</source>
        <translation>neuer Präsenztermin „%1“ (geben Sie ihm im Studio ein Datum)</translation>
    </message>
    <message>
        <source>line %1: “%2” is not a number of days</source>
        <translation>Zeile %1: „%2“ ist keine Anzahl von Tagen</translation>
    </message>
    <message>
        <source>repeats “%1” not understood: change the repetition in the studio</source>
        <translation>Wiederholung „%1“ nicht erkannt: ändern Sie die Wiederholung im Studio</translation>
    </message>
    <message>
        <source>new activity “%1”</source>
        <translation>neue Aktivität „%1“</translation>
    </message>
    <message>
        <source>“%1” is not in the spreadsheet: removed</source>
        <translation>„%1“ steht nicht in der Tabelle: entfernt</translation>
    </message>
    <message>
        <source>“%1” is not in the spreadsheet: kept (remove it with the option)</source>
        <translation>„%1“ steht nicht in der Tabelle: beibehalten (mit der Option entfernen)</translation>
    </message>
</context>
<context>
    <name>bw::Document</name>
    <message>
        <source>Edit in-class moments</source>
        <translation>Präsenztermine bearbeiten</translation>
    </message>
    <message>
        <source>Edit community roles</source>
        <translation>Community-Rollen bearbeiten</translation>
    </message>
    <message>
        <source>Edit sub-groups</source>
        <translation>Untergruppen bearbeiten</translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation>Das Projekt ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Mark version %1</source>
        <translation>Version %1 festhalten</translation>
    </message>
    <message>
        <source>Mark version</source>
        <translation>Version festhalten</translation>
    </message>
    <message>
        <source>Remove version %1</source>
        <translation>Version %1 entfernen</translation>
    </message>
    <message>
        <source>Record team library origins</source>
        <translation>Herkunft aus der Teambibliothek festhalten</translation>
    </message>
</context>
<context>
    <name>bw::DocumentVersions</name>
    <message>
        <source>The project is open read-only.</source>
        <translation>Das Projekt ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>There is no such version.</source>
        <translation>Diese Version gibt es nicht.</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>Version %1 wiederherstellen</translation>
    </message>
</context>
<context>
    <name>bw::DocxExporter</name>
    <message>
        <source>Word document (DOCX)</source>
        <translation>Word-Dokument (DOCX)</translation>
    </message>
</context>
<context>
    <name>bw::Duration</name>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1–%2 min</source>
        <translation>%1–%2 Min.</translation>
    </message>
</context>
<context>
    <name>bw::Enum</name>
    <message>
        <source>No phase</source>
        <translation>Keine Phase</translation>
    </message>
    <message>
        <source>Pre-class</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>In-class</source>
        <translation>Präsenz</translation>
    </message>
    <message>
        <source>Post-class</source>
        <translation>Nachbereitung</translation>
    </message>
    <message>
        <source>No direction</source>
        <translation>Keine Richtung</translation>
    </message>
    <message>
        <source>One-to-many</source>
        <translation>Einer an viele</translation>
    </message>
    <message>
        <source>Many-to-one</source>
        <translation>Viele an einen</translation>
    </message>
    <message>
        <source>Many-to-many</source>
        <translation>Viele mit vielen</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Einzelarbeit</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Partnerarbeit</translation>
    </message>
    <message>
        <source>Sub-groups</source>
        <translation>Untergruppen</translation>
    </message>
    <message>
        <source>Whole group</source>
        <translation>Gesamtgruppe</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Expert mentor</source>
        <translation>Fachmentor</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Champion</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Lernende</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Formative</source>
        <translation>Formativ</translation>
    </message>
    <message>
        <source>Summative</source>
        <translation>Summativ</translation>
    </message>
    <message>
        <source>Face-to-face</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Virtuell</translation>
    </message>
    <message>
        <source>Community &amp; discussion</source>
        <translation>Community &amp; Diskussion</translation>
    </message>
    <message>
        <source>Find &amp; share content</source>
        <translation>Inhalte finden &amp; teilen</translation>
    </message>
    <message>
        <source>Co-create</source>
        <translation>Gemeinsam erstellen</translation>
    </message>
    <message>
        <source>Speed up the process</source>
        <translation>Prozess beschleunigen</translation>
    </message>
    <message>
        <source>Live meeting</source>
        <translation>Live-Meeting</translation>
    </message>
    <message>
        <source>Survey &amp; quiz</source>
        <translation>Umfrage &amp; Quiz</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Eingestellt</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Kurator</translation>
    </message>
    <message>
        <source>Contact point</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>Community role</source>
        <translation>Community-Rolle</translation>
    </message>
    <message>
        <source>Other role</source>
        <translation>Andere Rolle</translation>
    </message>
    <message>
        <source>E-learning &amp; LMS</source>
        <translation>E-Learning &amp; LMS</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Buddy</source>
        <translation>Buddy</translation>
    </message>
    <message>
        <source>Other kind</source>
        <translation>Andere Art</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Keine Wiederholung</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Mittagspause</translation>
    </message>
</context>
<context>
    <name>bw::HtmlExporter</name>
    <message>
        <source>Web page (HTML)</source>
        <translation>Webseite (HTML)</translation>
    </message>
</context>
<context>
    <name>bw::IcsExporter</name>
    <message>
        <source>Calendar (iCalendar)</source>
        <translation>Kalender (iCalendar)</translation>
    </message>
</context>
<context>
    <name>bw::ImportedGuess</name>
    <message>
        <source>Imported value was guessed</source>
        <translation>Importierter Wert wurde abgeleitet</translation>
    </message>
    <message>
        <source>An import could not read some values and inferred them (a phase from “before the workshop”, a direction from a learning type). Check each one: edit it, or keep it as it is.</source>
        <translation>Ein Import konnte einige Werte nicht lesen und hat sie abgeleitet (eine Phase aus „vor dem Workshop“, eine Richtung aus einem Lerntyp). Prüfen Sie jeden einzelnen: Bearbeiten Sie ihn oder behalten Sie ihn bei.</translation>
    </message>
    <message>
        <source>%1 of %2 was guessed on import (%3) — check it</source>
        <translation>%1 von %2 wurde beim Import abgeleitet (%3) – bitte prüfen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Sozialform</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Termin</translation>
    </message>
</context>
<context>
    <name>bw::ImsccExporter</name>
    <message>
        <source>Course package (IMS Common Cartridge)</source>
        <translation>Kurspaket (IMS Common Cartridge)</translation>
    </message>
</context>
<context>
    <name>bw::ImsccText</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>About this course</source>
        <translation>Über diesen Kurs</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Lernziele</translation>
    </message>
    <message>
        <source>How success is measured</source>
        <translation>Wie der Erfolg gemessen wird</translation>
    </message>
    <message>
        <source>Other activities</source>
        <translation>Weitere Aktivitäten</translation>
    </message>
    <message>
        <source>%1: running order</source>
        <translation>%1: Ablauf</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>nicht geschätzt</translation>
    </message>
    <message>
        <source>+%1 min</source>
        <translation>+%1 Min.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>date to be set</source>
        <translation>Datum noch festzulegen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Sozialform</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Geleitet von</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What you gain</source>
        <translation>Ihr Nutzen</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Lernziel</translation>
    </message>
    <message>
        <source>In-class moment</source>
        <translation>Präsenztermin</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>%1 of %2 minutes planned</source>
        <translation>%1 von %2 Minuten verplant</translation>
    </message>
</context>
<context>
    <name>bw::InClassOverTime</name>
    <message>
        <source>In-class time overrun</source>
        <translation>Präsenzzeit überschritten</translation>
    </message>
    <message>
        <source>The in-class activities of %1 take about %2 minutes, but it lasts %3 minutes.</source>
        <translation>Die Präsenzaktivitäten von %1 dauern etwa %2 Minuten, der Termin dauert aber nur %3 Minuten.</translation>
    </message>
    <message>
        <source>When the activities and breaks planned for a moment take longer than the moment lasts, the last ones are rushed or dropped.</source>
        <translation>Dauern die für einen Präsenztermin geplanten Aktivitäten und Pausen länger als der Termin selbst, werden die letzten im Eiltempo erledigt oder fallen ganz weg.</translation>
    </message>
    <message>
        <source>The in-class activities of %1 take about %2 minutes and its breaks %3 minutes, but it lasts %4 minutes.</source>
        <translation>Die Präsenzaktivitäten von %1 dauern etwa %2 Minuten und die Pausen %3 Minuten, der Termin dauert aber nur %4 Minuten.</translation>
    </message>
</context>
<context>
    <name>bw::InClassUnderplanned</name>
    <message>
        <source>In-class time largely unplanned</source>
        <translation>Präsenzzeit größtenteils nicht verplant</translation>
    </message>
    <message>
        <source>When less than half of a moment is planned, the rest is improvised on the day: the time learners are together is the most expensive part of the course.</source>
        <translation>Ist weniger als die Hälfte eines Präsenztermins verplant, wird der Rest am Tag selbst improvisiert – dabei ist die Zeit, in der die Lernenden zusammen sind, der teuerste Teil des Kurses.</translation>
    </message>
    <message>
        <source>%1 has %2 of %3 minutes planned. Add the in-class activities and breaks that fill it, or shorten it.</source>
        <translation>Bei %1 sind %2 von %3 Minuten verplant. Fügen Sie die Präsenzaktivitäten und Pausen hinzu, die den Termin füllen, oder kürzen Sie ihn.</translation>
    </message>
</context>
<context>
    <name>bw::JsonExporter</name>
    <message>
        <source>Blendwise interchange (JSON)</source>
        <translation>Blendwise-Austauschformat (JSON)</translation>
    </message>
</context>
<context>
    <name>bw::JsonImporter</name>
    <message>
        <source>Blendwise plan (JSON)</source>
        <translation>Blendwise-Plan (JSON)</translation>
    </message>
</context>
<context>
    <name>bw::JsonInput</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>the document is larger than %1 MB, the limit for a plan</source>
        <translation>das Dokument ist größer als %1 MB, die Obergrenze für einen Plan</translation>
    </message>
    <message>
        <source>the file is encoded as %1; a Blendwise plan in JSON must be UTF-8</source>
        <translation>die Datei ist als %1 kodiert; ein Blendwise-Plan in JSON muss UTF-8-kodiert sein</translation>
    </message>
    <message>
        <source>the text at %1 is longer than %2 MB, the limit for one text</source>
        <translation>der Text bei %1 ist länger als %2 MB, die Obergrenze für einen einzelnen Text</translation>
    </message>
    <message>
        <source>the text at %1 has a lone UTF-16 surrogate (\u%2), which is not a character</source>
        <translation>der Text bei %1 enthält ein einzelnes UTF-16-Surrogat (\u%2), das kein Zeichen ist</translation>
    </message>
</context>
<context>
    <name>bw::JsonInterchange</name>
    <message>
        <source>the id %1 is also the id of %2</source>
        <translation>die ID %1 ist auch die ID von %2</translation>
    </message>
    <message>
        <source>no role has the id %1 in &quot;roles&quot;</source>
        <translation>keine Rolle mit der ID %1 in „roles“</translation>
    </message>
    <message>
        <source>no activity has the id %1 in &quot;objectives&quot;</source>
        <translation>keine Aktivität mit der ID %1 in „objectives“</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>erwartet: %1</translation>
    </message>
    <message>
        <source>%1 is not a Blendwise plan (expected %2)</source>
        <translation>%1 ist kein Blendwise-Plan (erwartet: %2)</translation>
    </message>
    <message>
        <source>the plan was made by a newer version of Blendwise (format version %1; this version reads up to %2)</source>
        <translation>der Plan wurde mit einer neueren Version von Blendwise erstellt (Formatversion %1; diese Version liest bis %2)</translation>
    </message>
    <message>
        <source>unsupported format version %1</source>
        <translation>nicht unterstützte Formatversion %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour (expected a value like #1F6FB2)</source>
        <translation>„%1“ ist keine Farbe (erwartet wird ein Wert wie #1F6FB2)</translation>
    </message>
    <message>
        <source>not valid base64</source>
        <translation>kein gültiges Base64</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (expected a value like 2027-03-04T09:00)</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit (erwartet wird ein Wert wie 2027-03-04T09:00)</translation>
    </message>
    <message>
        <source>the id of one of the activities</source>
        <translation>die ID einer der Aktivitäten</translation>
    </message>
    <message>
        <source>only an entry of kind &quot;activity&quot; names an activity</source>
        <translation>nur ein Eintrag der Art „activity“ benennt eine Aktivität</translation>
    </message>
    <message>
        <source>a date such as &quot;2027-05-31&quot; or null</source>
        <translation>ein Datum wie „2027-05-31“ oder null</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (expected a value like 2027-05-31)</source>
        <translation>„%1“ ist kein Datum (erwartet wird ein Wert wie 2027-05-31)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration (expected minutes such as 30 or a range such as &quot;10-15&quot;)</source>
        <translation>„%1“ ist keine Dauer (erwartet werden Minuten wie 30 oder ein Bereich wie „10-15“)</translation>
    </message>
    <message>
        <source>a number of minutes or a range such as &quot;10-15&quot;</source>
        <translation>eine Anzahl Minuten oder ein Bereich wie „10-15“</translation>
    </message>
    <message>
        <source>no moment has the id %1 in &quot;moments&quot;</source>
        <translation>kein Termin mit der ID %1 in „moments“</translation>
    </message>
    <message>
        <source>no moment named &quot;%1&quot; in &quot;moments&quot;</source>
        <translation>kein Termin namens „%1“ in „moments“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of %2 and %3; refer to the moment by its id with &quot;momentId&quot;</source>
        <translation>„%1“ ist der Name von %2 und %3; verweisen Sie mit „momentId“ über seine ID auf den Termin</translation>
    </message>
    <message>
        <source>no tool has the id %1 in &quot;tools&quot;</source>
        <translation>kein Tool mit der ID %1 in „tools“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of %2 and %3; refer to the tool by its id with &quot;toolId&quot;</source>
        <translation>„%1“ ist der Name von %2 und %3; verweisen Sie mit „toolId“ über seine ID auf das Tool</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither in &quot;tools&quot; nor in the built-in catalogue; added as a plain tool</source>
        <translation>„%1“ steht weder in „tools“ noch im integrierten Katalog; als einfaches Tool hinzugefügt</translation>
    </message>
    <message>
        <source>no objective has the id %1 in &quot;objectives&quot;</source>
        <translation>kein Lernziel mit der ID %1 in „objectives“</translation>
    </message>
    <message>
        <source>there is no objective %1 (expected an index from 0 to %2, or null)</source>
        <translation>es gibt kein Lernziel %1 (erwartet wird ein Index von 0 bis %2 oder null)</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>kein gültiges JSON bei %1: %2</translation>
    </message>
    <message>
        <source>not a Blendwise plan: the document is not a JSON object</source>
        <translation>kein Blendwise-Plan: Das Dokument ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a whole number from 1 to %1</source>
        <translation>eine ganze Zahl von 1 bis %1</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <source>%1[%2]: expected a string, got %3</source>
        <translation>%1[%2]: Zeichenkette erwartet, erhalten: %3</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>%1: expected an object, got %2</source>
        <translation>%1: Objekt erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>%1: unknown key ignored</source>
        <translation>%1: unbekannter Schlüssel ignoriert</translation>
    </message>
    <message>
        <source>required but missing</source>
        <translation>erforderlich, fehlt aber</translation>
    </message>
    <message>
        <source>required but missing (%1)</source>
        <translation>erforderlich, fehlt aber (%1)</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>erwartet: %1, erhalten: %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>die Zahl %1</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot;</source>
        <translation>der Text „%1“</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>einer der Werte %1</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected %2)</source>
        <translation>unbekannter Wert „%1“ (erwartet: %2)</translation>
    </message>
    <message>
        <source>%1[%2]: unknown value &quot;%3&quot; (expected %4)</source>
        <translation>%1[%2]: unbekannter Wert „%3“ (erwartet: %4)</translation>
    </message>
</context>
<context>
    <name>bw::Library</name>
    <message>
        <source>service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <source>your database role may not do this (%1); ask a library administrator for blendwise_editor or blendwise_admin</source>
        <translation>Ihre Datenbankrolle darf das nicht (%1); bitten Sie einen Administrator der Bibliothek um blendwise_editor oder blendwise_admin</translation>
    </message>
    <message>
        <source>the server refused the login: %1</source>
        <translation>der Server hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>this database has no Blendwise library yet; run &quot;blendwise library init&quot;</source>
        <translation>diese Datenbank enthält noch keine Blendwise-Bibliothek; führen Sie „blendwise library init“ aus</translation>
    </message>
    <message>
        <source>the library server cannot be reached: %1</source>
        <translation>der Bibliotheksserver ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed</source>
        <translation>der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert</translation>
    </message>
    <message>
        <source>cannot connect to the library at %1: %2</source>
        <translation>keine Verbindung zur Bibliothek unter %1: %2</translation>
    </message>
    <message>
        <source>migrating the library</source>
        <translation>beim Migrieren der Bibliothek</translation>
    </message>
    <message>
        <source>the library has schema version %1, made by a newer Blendwise; this one knows up to %2: update Blendwise</source>
        <translation>die Bibliothek hat die Schemaversion %1 einer neueren Blendwise-Version; diese Version kennt bis %2: aktualisieren Sie Blendwise</translation>
    </message>
    <message>
        <source>the library has the older schema version %1; run &quot;blendwise library init&quot; to migrate it to %2</source>
        <translation>die Bibliothek hat die ältere Schemaversion %1; führen Sie „blendwise library init“ aus, um sie auf %2 zu migrieren</translation>
    </message>
    <message>
        <source>%1 does not name a template of the team library</source>
        <translation>%1 bezeichnet keine Vorlage der Teambibliothek</translation>
    </message>
    <message>
        <source>the team library has no template named &quot;%1&quot;</source>
        <translation>die Teambibliothek hat keine Vorlage namens „%1“</translation>
    </message>
    <message>
        <source>%1 is not a team library address</source>
        <translation>%1 ist keine Adresse einer Teambibliothek</translation>
    </message>
    <message>
        <source>The library retired &quot;%1&quot;.</source>
        <translation>Die Bibliothek hat „%1“ eingestellt.</translation>
    </message>
    <message>
        <source>The library retired &quot;%1&quot;; its replacement is &quot;%2&quot;.</source>
        <translation>Die Bibliothek hat „%1“ eingestellt; der Ersatz ist „%2“.</translation>
    </message>
    <message>
        <source>%1 now blocks &quot;%2&quot;.</source>
        <translation>%1 sperrt jetzt „%2“.</translation>
    </message>
    <message>
        <source>The pattern &quot;%1&quot; was revised in the library.</source>
        <translation>Das Muster „%1“ wurde in der Bibliothek überarbeitet.</translation>
    </message>
    <message>
        <source>The template this project came from was revised in the library.</source>
        <translation>Die Vorlage, aus der dieses Projekt stammt, wurde in der Bibliothek überarbeitet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no longer in the library (deleted by a colleague)</source>
        <translation>„%1“ ist nicht mehr in der Bibliothek (von jemandem aus dem Team gelöscht)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed in the library by %2 at %3 (version %4; you last saw %5): pull it again before publishing</source>
        <translation>„%1“ wurde in der Bibliothek von %2 am %3 geändert (Version %4; Sie kannten zuletzt %5): rufen Sie den Eintrag erneut ab, bevor Sie veröffentlichen</translation>
    </message>
    <message>
        <source>publishing</source>
        <translation>beim Veröffentlichen</translation>
    </message>
    <message>
        <source>publishing &quot;%1&quot;</source>
        <translation>beim Veröffentlichen von „%1“</translation>
    </message>
    <message>
        <source>the library already has a %1 named &quot;%2&quot;: pull it and publish over it</source>
        <translation>die Bibliothek enthält bereits einen Eintrag vom Typ %1 namens „%2“: rufen Sie ihn ab und veröffentlichen Sie darüber</translation>
    </message>
    <message>
        <source>a tool needs a name</source>
        <translation>ein Tool braucht einen Namen</translation>
    </message>
    <message>
        <source>a client profile needs a name</source>
        <translation>ein Auftraggeberprofil braucht einen Namen</translation>
    </message>
    <message>
        <source>a template needs a name and a project</source>
        <translation>eine Vorlage braucht einen Namen und ein Projekt</translation>
    </message>
    <message>
        <source>a pattern needs a title</source>
        <translation>ein Muster braucht einen Titel</translation>
    </message>
    <message>
        <source>the library has no tool named &quot;%1&quot;</source>
        <translation>die Bibliothek hat kein Tool namens „%1“</translation>
    </message>
    <message>
        <source>the library has no tool named &quot;%1&quot; to replace &quot;%2&quot;</source>
        <translation>die Bibliothek hat kein Tool namens „%1“, das „%2“ ersetzen könnte</translation>
    </message>
    <message>
        <source>deleting</source>
        <translation>beim Löschen</translation>
    </message>
    <message>
        <source>the item is not in the library</source>
        <translation>der Eintrag ist nicht in der Bibliothek</translation>
    </message>
    <message>
        <source>the template &quot;%1&quot; in the library is not a valid plan: %2</source>
        <translation>die Vorlage „%1“ in der Bibliothek ist kein gültiger Plan: %2</translation>
    </message>
</context>
<context>
    <name>bw::LibraryRetiredTool</name>
    <message>
        <source>Team library retired a tool</source>
        <translation>Teambibliothek hat ein Tool eingestellt</translation>
    </message>
    <message>
        <source>Your team library has retired a tool this plan still uses. The team agreed on its replacement; Update from Team Library, or this fix, takes it into the plan.</source>
        <translation>Ihre Teambibliothek hat ein Tool eingestellt, das dieser Plan noch verwendet. Das Team hat sich auf seinen Ersatz geeinigt; „Aus Teambibliothek aktualisieren“ oder diese Korrektur übernimmt ihn in den Plan.</translation>
    </message>
    <message>
        <source>The team library retired %1; choose another tool for the activities that use it.</source>
        <translation>Die Teambibliothek hat %1 eingestellt; wählen Sie ein anderes Tool für die Aktivitäten, die es verwenden.</translation>
    </message>
    <message>
        <source>Mark %1 retired</source>
        <translation>%1 als eingestellt markieren</translation>
    </message>
    <message>
        <source>The team library retired %1 (replacement %2).</source>
        <translation>Die Teambibliothek hat %1 eingestellt (Ersatz: %2).</translation>
    </message>
    <message>
        <source>Replace with %1 everywhere</source>
        <translation>Überall durch %1 ersetzen</translation>
    </message>
    <message>
        <source>Replace %1 with %2</source>
        <translation>%1 durch %2 ersetzen</translation>
    </message>
</context>
<context>
    <name>bw::MarkdownExporter</name>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
</context>
<context>
    <name>bw::MoveActivity</name>
    <message>
        <source>Move activity %1 to %2</source>
        <translation>Aktivität %1 nach %2 verschieben</translation>
    </message>
    <message>
        <source>Move activity %1</source>
        <translation>Aktivität %1 verschieben</translation>
    </message>
</context>
<context>
    <name>bw::MoveObjective</name>
    <message>
        <source>Move objective</source>
        <translation>Lernziel verschieben</translation>
    </message>
    <message>
        <source>Move objective %1</source>
        <translation>Lernziel %1 verschieben</translation>
    </message>
</context>
<context>
    <name>bw::NoFollowUp</name>
    <message>
        <source>No follow-up or assessment</source>
        <translation>Keine Nachbereitung oder Bewertung</translation>
    </message>
    <message>
        <source>Without anything after class, nobody knows whether the objective was reached and learners have no nudge to apply what they learned.</source>
        <translation>Ohne etwas nach der Präsenz weiß niemand, ob das Lernziel erreicht wurde, und Lernende erhalten keinen Anstoß, das Gelernte anzuwenden.</translation>
    </message>
    <message>
        <source>The objective %1 has no post-class follow-up and no assessment. Plan how learners apply it after class and how you will check it.</source>
        <translation>Das Lernziel %1 hat weder eine Nachbereitung noch eine Bewertung. Planen Sie, wie Lernende es nach der Präsenz anwenden und wie Sie das überprüfen.</translation>
    </message>
</context>
<context>
    <name>bw::NoManyToMany</name>
    <message>
        <source>No many-to-many activity</source>
        <translation>Keine Aktivität „Viele mit vielen“</translation>
    </message>
    <message>
        <source>Learners who share with each other learn from colleagues&apos; experience and remember more than from content alone.</source>
        <translation>Lernende, die sich untereinander austauschen, lernen aus den Erfahrungen ihrer Kollegen und behalten mehr als durch Inhalte allein.</translation>
    </message>
    <message>
        <source>No activity has learners share with each other (many-to-many). Peer exchange, before or after class, is where much of the learning sticks.</source>
        <translation>Keine Aktivität lässt Lernende sich untereinander austauschen (Viele mit vielen). Im Austausch unter Peers, ob vor oder nach der Präsenz, bleibt ein Großteil des Gelernten hängen.</translation>
    </message>
</context>
<context>
    <name>bw::NoReflection</name>
    <message>
        <source>No reflection after class</source>
        <translation>Keine Reflexion nach der Präsenz</translation>
    </message>
    <message>
        <source>Looking back on what they will do differently turns a course into a change at work; the method plans a reflection after class.</source>
        <translation>Der Rückblick darauf, was sie künftig anders machen werden, macht aus einem Kurs eine Veränderung im Arbeitsalltag; die Methode sieht eine Reflexion nach der Präsenz vor.</translation>
    </message>
    <message>
        <source>No activity after class asks learners to reflect on what they learned and what they will do differently.</source>
        <translation>Keine Aktivität nach der Präsenz fordert Lernende auf, darüber zu reflektieren, was sie gelernt haben und was sie künftig anders machen werden.</translation>
    </message>
    <message>
        <source>reflect, lessons learned, look back, debrief, learning journal, retrospective</source>
        <translation>reflektieren, Reflexion, Lessons Learned, Rückblick, zurückblicken, Nachbesprechung, Lerntagebuch, Retrospektive</translation>
    </message>
</context>
<context>
    <name>bw::ObjectiveNotMeasurable</name>
    <message>
        <source>Objective is not measurable</source>
        <translation>Lernziel ist nicht messbar</translation>
    </message>
    <message>
        <source>Nobody can observe learners “understand” or “be aware of” something. A verb that can be observed (list, explain, calculate, compare, assess, design …) says how success will be measured.</source>
        <translation>Niemand kann beobachten, dass Lernende etwas „verstehen“ oder sich einer Sache „bewusst sind“. Ein beobachtbares Verb (aufzählen, erklären, berechnen, vergleichen, bewerten, gestalten …) sagt, wie der Erfolg gemessen wird.</translation>
    </message>
    <message>
        <source>The objective %1 is not measurable: nobody can observe learners “%2”. Say what they will do instead, for example %3.</source>
        <translation>Das Lernziel %1 ist nicht messbar: Niemand kann „%2“ bei Lernenden beobachten. Sagen Sie stattdessen, was sie tun werden, zum Beispiel %3.</translation>
    </message>
    <message>
        <source>Replace “%1” with “%2”</source>
        <translation>„%1“ durch „%2“ ersetzen</translation>
    </message>
    <message>
        <source>The objective %1 does not say what learners will be able to do. Start from a verb that can be observed, for example %2.</source>
        <translation>Das Lernziel %1 sagt nicht, was Lernende können werden. Beginnen Sie mit einem beobachtbaren Verb, zum Beispiel %2.</translation>
    </message>
    <message>
        <source>calculate</source>
        <translation>berechnen</translation>
    </message>
</context>
<context>
    <name>bw::ObjectiveWithoutActivities</name>
    <message>
        <source>Objective has no activities</source>
        <translation>Lernziel hat keine Aktivitäten</translation>
    </message>
    <message>
        <source>An objective is reached through an ordered sequence of learning activities; without any, nothing in the plan gets learners there.</source>
        <translation>Ein Lernziel wird durch eine geordnete Abfolge von Lernaktivitäten erreicht; ohne Aktivitäten führt nichts im Plan die Lernenden dorthin.</translation>
    </message>
    <message>
        <source>The objective %1 has no activities yet: add the ones learners need to reach it.</source>
        <translation>Das Lernziel %1 hat noch keine Aktivitäten: Fügen Sie diejenigen hinzu, die Lernende brauchen, um es zu erreichen.</translation>
    </message>
</context>
<context>
    <name>bw::ObjectiveWithoutStatement</name>
    <message>
        <source>Objective has no statement</source>
        <translation>Lernziel hat keine Formulierung</translation>
    </message>
    <message>
        <source>Everything in the plan serves an objective; an objective without a statement gives the activities nothing to aim at.</source>
        <translation>Alles im Plan dient einem Lernziel; ein Lernziel ohne Formulierung gibt den Aktivitäten nichts, worauf sie hinarbeiten können.</translation>
    </message>
    <message>
        <source>Objective %1 has no statement: write down what learners will be able to do.</source>
        <translation>Lernziel %1 hat keine Formulierung: Schreiben Sie auf, was Lernende können werden.</translation>
    </message>
</context>
<context>
    <name>bw::ObjectiveWithoutSummative</name>
    <message>
        <source>Objective is never assessed</source>
        <translation>Lernziel wird nie bewertet</translation>
    </message>
    <message>
        <source>Without a summative assessment nobody can tell the client whether learners reached the objective: plan the quiz, graded task or observed role-play that checks it.</source>
        <translation>Ohne summative Bewertung kann niemand dem Auftraggeber sagen, ob die Lernenden das Lernziel erreicht haben: Planen Sie das Quiz, die benotete Aufgabe oder das beobachtete Rollenspiel ein, mit dem es überprüft wird.</translation>
    </message>
    <message>
        <source>The objective %1 has no summative assessment: no activity checks whether learners reached it.</source>
        <translation>Das Lernziel %1 hat keine summative Bewertung: Keine Aktivität prüft, ob die Lernenden es erreicht haben.</translation>
    </message>
    <message>
        <source>%1 could be it, for example with a quiz or a graded task.</source>
        <translation>%1 könnte diese Bewertung sein, zum Beispiel mit einem Quiz oder einer benoteten Aufgabe.</translation>
    </message>
    <message>
        <source>Make %1 the summative assessment</source>
        <translation>%1 zur summativen Bewertung machen</translation>
    </message>
    <message>
        <source>Add one after class, for example a quiz, a graded task or an observed role-play.</source>
        <translation>Fügen Sie nach der Präsenz eine hinzu, zum Beispiel ein Quiz, eine benotete Aufgabe oder ein beobachtetes Rollenspiel.</translation>
    </message>
</context>
<context>
    <name>bw::OdtExporter</name>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation>OpenDocument-Text (ODT)</translation>
    </message>
</context>
<context>
    <name>bw::OfficePackage</name>
    <message>
        <source>Could not start the document package (ZIP error %1).</source>
        <translation>Das Dokumentpaket konnte nicht begonnen werden (ZIP-Fehler %1).</translation>
    </message>
    <message>
        <source>Could not write “%1” into the document package.</source>
        <translation>„%1“ konnte nicht in das Dokumentpaket geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not finish the document package (ZIP error %1).</source>
        <translation>Das Dokumentpaket konnte nicht abgeschlossen werden (ZIP-Fehler %1).</translation>
    </message>
</context>
<context>
    <name>bw::OffsetContraryToPhase</name>
    <message>
        <source>Due date on the wrong side of class</source>
        <translation>Fälligkeit auf der falschen Seite der Präsenz</translation>
    </message>
    <message>
        <source>A pre-class activity is due before its moment and a post-class one after it; an offset with the wrong sign puts it on the wrong side of class in the schedule.</source>
        <translation>Eine Aktivität vor der Präsenz ist vor ihrem Präsenztermin fällig, eine nach der Präsenz danach; ein Versatz mit falschem Vorzeichen setzt sie im Zeitplan auf die falsche Seite der Präsenz.</translation>
    </message>
    <message>
        <source>The pre-class activity %1 is due a day after its moment.</source>
        <translation>Die Aktivität %1 vor der Präsenz ist einen Tag nach ihrem Präsenztermin fällig.</translation>
    </message>
    <message numerus="yes">
        <source>The pre-class activity %1 is due %n days after its moment.</source>
        <translation>
            <numerusform>Die Aktivität %1 vor der Präsenz ist %n Tag nach ihrem Präsenztermin fällig.</numerusform>
            <numerusform>Die Aktivität %1 vor der Präsenz ist %n Tage nach ihrem Präsenztermin fällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make it due before its moment</source>
        <translation>Vor dem Präsenztermin fällig machen</translation>
    </message>
    <message>
        <source>The post-class activity %1 is due a day before its moment.</source>
        <translation>Die Aktivität %1 nach der Präsenz ist einen Tag vor ihrem Präsenztermin fällig.</translation>
    </message>
    <message numerus="yes">
        <source>The post-class activity %1 is due %n days before its moment.</source>
        <translation>
            <numerusform>Die Aktivität %1 nach der Präsenz ist %n Tag vor ihrem Präsenztermin fällig.</numerusform>
            <numerusform>Die Aktivität %1 nach der Präsenz ist %n Tage vor ihrem Präsenztermin fällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make it due after its moment</source>
        <translation>Nach dem Präsenztermin fällig machen</translation>
    </message>
</context>
<context>
    <name>bw::PagePainter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not start drawing the document.</source>
        <translation>Das Zeichnen des Dokuments konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Could not finish the document.</source>
        <translation>Das Dokument konnte nicht abgeschlossen werden.</translation>
    </message>
</context>
<context>
    <name>bw::PdfExporter</name>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>bw::PlanEmpty</name>
    <message>
        <source>How to start</source>
        <translation>So fangen Sie an</translation>
    </message>
    <message>
        <source>A blended course is designed from its objectives: each one first, then the activities before, in and after class that lead to it.</source>
        <translation>Ein Blended-Learning-Kurs wird von seinen Lernzielen her gestaltet: zuerst jedes Lernziel, dann die Aktivitäten vor, in und nach der Präsenz, die dorthin führen.</translation>
    </message>
    <message>
        <source>The plan has no objectives yet. Add your first objective: what learners will be able to do after the course, starting with a verb that can be observed (list, calculate, present …). Then give it its activities before, in and after class, each with a direction and a tool.</source>
        <translation>Der Plan hat noch keine Lernziele. Fügen Sie Ihr erstes Lernziel hinzu: was die Lernenden nach dem Kurs können werden, beginnend mit einem beobachtbaren Verb (aufzählen, berechnen, präsentieren …). Geben Sie ihm dann seine Aktivitäten vor, in und nach der Präsenz, jede mit einer Richtung und einem Tool.</translation>
    </message>
    <message>
        <source>Add the in-class moments too: the days or sessions learners spend together.</source>
        <translation>Legen Sie auch die Präsenztermine an: die Tage oder Sitzungen, an denen die Lernenden zusammenkommen.</translation>
    </message>
</context>
<context>
    <name>bw::PracticeWithoutPreparation</name>
    <message>
        <source>In-class practice without preparation</source>
        <translation>Übung in der Präsenz ohne Vorbereitung</translation>
    </message>
    <message>
        <source>Practice in class works when learners arrive having studied the basics; otherwise class time goes on explaining them after all.</source>
        <translation>Übung in der Präsenz funktioniert, wenn Lernende mit erarbeiteten Grundlagen kommen; sonst geht die Präsenzzeit doch für deren Erklärung drauf.</translation>
    </message>
    <message>
        <source>Learners practise in class (%1), but nothing before class prepares them for the objective %2.</source>
        <translation>Lernende üben in der Präsenz (%1), aber nichts vor der Präsenz bereitet sie auf das Lernziel %2 vor.</translation>
    </message>
</context>
<context>
    <name>bw::ProjectFile</name>
    <message>
        <source>the file does not exist.</source>
        <translation>die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>it is a folder, not a project file.</source>
        <translation>es ist ein Ordner, keine Projektdatei.</translation>
    </message>
    <message>
        <source>the file cannot be read (%1).</source>
        <translation>die Datei kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>the file is empty, not a Blendwise project.</source>
        <translation>die Datei ist leer, kein Blendwise-Projekt.</translation>
    </message>
    <message>
        <source>it is not a Blendwise project.</source>
        <translation>es ist kein Blendwise-Projekt.</translation>
    </message>
    <message>
        <source>it is a database of another application, not a Blendwise project.</source>
        <translation>es ist eine Datenbank einer anderen Anwendung, kein Blendwise-Projekt.</translation>
    </message>
    <message>
        <source>it was made by a newer version of Blendwise (file format %1; this version reads up to %2).</source>
        <translation>es wurde mit einer neueren Version von Blendwise erstellt (Dateiformat %1; diese Version liest bis %2).</translation>
    </message>
    <message>
        <source>the file cannot be copied for upgrading to the current format.</source>
        <translation>die Datei kann für die Aktualisierung auf das aktuelle Format nicht kopiert werden.</translation>
    </message>
    <message>
        <source>it is a symbolic link to “%1”, which does not exist.</source>
        <translation>es ist eine symbolische Verknüpfung auf das nicht vorhandene Ziel „%1“.</translation>
    </message>
    <message>
        <source>it is a symbolic link that leads back to itself (a link loop).</source>
        <translation>es ist eine symbolische Verknüpfung, die auf sich selbst zurückführt (eine Verknüpfungsschleife).</translation>
    </message>
    <message>
        <source>it is a named pipe (FIFO), not a project file.</source>
        <translation>es ist eine benannte Pipe (FIFO), keine Projektdatei.</translation>
    </message>
    <message>
        <source>it is a device or special file, not a project file.</source>
        <translation>es ist eine Geräte- oder Spezialdatei, keine Projektdatei.</translation>
    </message>
    <message>
        <source>it is a %1 text file, not a Blendwise project.</source>
        <translation>es ist eine %1-Textdatei, kein Blendwise-Projekt.</translation>
    </message>
    <message>
        <source>the file cannot be read safely (%1).</source>
        <translation>die Datei kann nicht sicher gelesen werden (%1).</translation>
    </message>
    <message>
        <source>reading it took longer than %1 seconds; it is not a project Blendwise can open.</source>
        <translation>das Lesen dauerte länger als %1 Sekunden; es ist kein Projekt, das Blendwise öffnen kann.</translation>
    </message>
    <message>
        <source>it holds a value Blendwise does not accept: %1</source>
        <translation>es enthält einen Wert, den Blendwise nicht akzeptiert: %1</translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2</source>
        <translation>„%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>the folder “%1” does not exist.</source>
        <translation>der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation>„%1“ ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>es ist ein Ordner.</translation>
    </message>
    <message>
        <source>the file is read-only.</source>
        <translation>die Datei ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>the folder “%1” is read-only.</source>
        <translation>der Ordner „%1“ ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>the project could not be written (%1).</source>
        <translation>das Projekt konnte nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>the file permissions could not be kept.</source>
        <translation>die Dateiberechtigungen konnten nicht beibehalten werden.</translation>
    </message>
    <message>
        <source>the data could not be flushed to disk (%1).</source>
        <translation>die Daten konnten nicht auf den Datenträger geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>the file could not be replaced (%1).</source>
        <translation>die Datei konnte nicht ersetzt werden (%1).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the project is damaged or truncated (%1).</source>
        <translation>das Projekt ist beschädigt oder unvollständig (%1).</translation>
    </message>
</context>
<context>
    <name>bw::ProjectStorage</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Den Ordner %1 gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>bw::ProjectValidation</name>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>In-class moment %1</source>
        <translation>Präsenztermin %1</translation>
    </message>
    <message>
        <source>Tool %1</source>
        <translation>Tool %1</translation>
    </message>
    <message>
        <source>Objective %1</source>
        <translation>Lernziel %1</translation>
    </message>
    <message>
        <source>Objective %1, activity %2</source>
        <translation>Lernziel %1, Aktivität %2</translation>
    </message>
    <message>
        <source>Sub-group %1</source>
        <translation>Untergruppe %1</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <source>%1, agenda entry %2</source>
        <translation>%1, Ablaufeintrag %2</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>the id %1 is outside 1–%2.</source>
        <translation>die ID %1 liegt außerhalb von 1–%2.</translation>
    </message>
    <message>
        <source>the id %1 is used twice.</source>
        <translation>die ID %1 wird doppelt verwendet.</translation>
    </message>
    <message>
        <source>%1 %2 is outside %3–%4.</source>
        <translation>%1 %2 liegt außerhalb von %3–%4.</translation>
    </message>
    <message>
        <source>the %1 contains a broken character (a lone UTF-16 surrogate).</source>
        <translation>das Feld „%1“ enthält ein defektes Zeichen (ein einzelnes UTF-16-Surrogat).</translation>
    </message>
    <message>
        <source>the %1 (%2) is not one Blendwise knows.</source>
        <translation>der Wert für „%1“ (%2) ist Blendwise nicht bekannt.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Auftraggeber</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>plan version</source>
        <translation>Planversion</translation>
    </message>
    <message>
        <source>footer</source>
        <translation>Fußzeile</translation>
    </message>
    <message>
        <source>evaluation plan</source>
        <translation>Evaluationsplan</translation>
    </message>
    <message>
        <source>rules of use</source>
        <translation>Nutzungsregeln</translation>
    </message>
    <message>
        <source>muted rules</source>
        <translation>Stummgeschaltete Regeln</translation>
    </message>
    <message>
        <source>the tool limit</source>
        <translation>das Tool-Limit</translation>
    </message>
    <message>
        <source>the rule “%1” is muted twice.</source>
        <translation>die Regel „%1“ ist doppelt stummgeschaltet.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>the length in minutes</source>
        <translation>die Dauer in Minuten</translation>
    </message>
    <message>
        <source>the start is not a local time in whole minutes.</source>
        <translation>der Beginn ist keine Ortszeit in ganzen Minuten.</translation>
    </message>
    <message>
        <source>the start year %1 is outside %2–%3.</source>
        <translation>das Startjahr %1 liegt außerhalb von %2–%3.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>Ersatz</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>benefit</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <source>access notes</source>
        <translation>Hinweise zum Zugang</translation>
    </message>
    <message>
        <source>setup checklist</source>
        <translation>Einrichtungs-Checkliste</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>supported direction</source>
        <translation>Unterstützte Richtung</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>Formulierung</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>Erfolgsmaßstab</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>instrument&apos;s name</source>
        <translation>Name des Instruments</translation>
    </message>
    <message>
        <source>instrument&apos;s description</source>
        <translation>Beschreibung des Instruments</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>the attached file is larger than %1 MB.</source>
        <translation>die angehängte Datei ist größer als %1 MB.</translation>
    </message>
    <message>
        <source>the file name “%1” is not a plain file name (no folders, no control characters).</source>
        <translation>der Dateiname „%1“ ist kein einfacher Dateiname (keine Ordner, keine Steuerzeichen).</translation>
    </message>
    <message>
        <source>the attached file has no name.</source>
        <translation>die angehängte Datei hat keinen Namen.</translation>
    </message>
    <message>
        <source>unit of the recurrence</source>
        <translation>Einheit der Wiederholung</translation>
    </message>
    <message>
        <source>the recurrence has no unit but an interval, count or end.</source>
        <translation>die Wiederholung hat keine Einheit, aber ein Intervall, eine Anzahl oder ein Ende.</translation>
    </message>
    <message>
        <source>the interval</source>
        <translation>das Intervall</translation>
    </message>
    <message>
        <source>the number of occurrences</source>
        <translation>die Anzahl der Durchgänge</translation>
    </message>
    <message>
        <source>the recurrence has neither a number of occurrences nor an end date.</source>
        <translation>die Wiederholung hat weder eine Anzahl von Durchgängen noch ein Enddatum.</translation>
    </message>
    <message>
        <source>the end year %1 is outside %2–%3.</source>
        <translation>das Endjahr %1 liegt außerhalb von %2–%3.</translation>
    </message>
    <message>
        <source>instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>deliverable</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>grouping</source>
        <translation>Sozialform</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>the duration %1–%2 minutes is outside 0–%3.</source>
        <translation>die Dauer von %1–%2 Minuten liegt außerhalb von 0–%3.</translation>
    </message>
    <message>
        <source>the duration %1–%2 minutes is reversed.</source>
        <translation>bei der Dauer von %1–%2 Minuten sind Minimum und Maximum vertauscht.</translation>
    </message>
    <message>
        <source>the offset in days</source>
        <translation>der Versatz in Tagen</translation>
    </message>
    <message>
        <source>the tool %1 is not in the project.</source>
        <translation>das Tool %1 ist nicht im Projekt enthalten.</translation>
    </message>
    <message>
        <source>the in-class moment %1 is not in the project.</source>
        <translation>der Präsenztermin %1 ist nicht im Projekt enthalten.</translation>
    </message>
    <message>
        <source>the activity is marked as without a tool but names the tool %1.</source>
        <translation>die Aktivität ist als „ohne Tool“ markiert, nennt aber das Tool %1.</translation>
    </message>
    <message>
        <source>leader&apos;s name</source>
        <translation>Name der Leitung</translation>
    </message>
    <message>
        <source>the role %1 is not in the project.</source>
        <translation>die Rolle %1 ist nicht im Projekt enthalten.</translation>
    </message>
    <message>
        <source>the id %1 is also the id of another item.</source>
        <translation>die ID %1 ist auch die ID eines anderen Elements.</translation>
    </message>
    <message>
        <source>kind of entry</source>
        <translation>Art des Eintrags</translation>
    </message>
    <message>
        <source>the activity %1 is not in the project.</source>
        <translation>die Aktivität %1 ist nicht im Projekt enthalten.</translation>
    </message>
    <message>
        <source>the activity %1 is in this agenda twice.</source>
        <translation>die Aktivität %1 steht zweimal in diesem Ablauf.</translation>
    </message>
    <message>
        <source>a break or lunch names the activity %1.</source>
        <translation>eine Pause oder Mittagspause nennt die Aktivität %1.</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>the version holds no project.</source>
        <translation>die Version enthält kein Projekt.</translation>
    </message>
    <message>
        <source>the year</source>
        <translation>das Jahr</translation>
    </message>
    <message>
        <source>mission</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>the number of members</source>
        <translation>die Anzahl der Mitglieder</translation>
    </message>
    <message>
        <source>the objective %1 is not in the project.</source>
        <translation>das Lernziel %1 ist nicht im Projekt enthalten.</translation>
    </message>
    <message>
        <source>duties</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>custom kind</source>
        <translation>Eigene Art</translation>
    </message>
    <message>
        <source>kind of role</source>
        <translation>Rollenart</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a guessed value names no field.</source>
        <translation>ein abgeleiteter Wert nennt kein Feld.</translation>
    </message>
    <message>
        <source>guessed value</source>
        <translation>abgeleiteter Wert</translation>
    </message>
</context>
<context>
    <name>bw::RecoveryStore</name>
    <message>
        <source>Cannot write a recovery copy: the folder “%1” cannot be created.</source>
        <translation>Wiederherstellungskopie kann nicht geschrieben werden: Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write a recovery copy: another running studio uses the session “%1”.</source>
        <translation>Wiederherstellungskopie kann nicht geschrieben werden: Ein anderes laufendes Studio verwendet die Sitzung „%1“.</translation>
    </message>
    <message>
        <source>Cannot write a recovery copy: %1</source>
        <translation>Wiederherstellungskopie kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>bw::Recurrence</name>
    <message>
        <source>every week</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>every %1 weeks</source>
        <translation>alle %1 Wochen</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>alle %1 Tage</translation>
    </message>
    <message>
        <source>%1, once</source>
        <translation>%1, einmal</translation>
    </message>
    <message>
        <source>%1, %2 times</source>
        <translation>%1, %2-mal</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>bw::RemoveActivity</name>
    <message>
        <source>Delete activity %1</source>
        <translation>Aktivität %1 löschen</translation>
    </message>
</context>
<context>
    <name>bw::RemoveObjective</name>
    <message>
        <source>Delete objective %1</source>
        <translation>Lernziel %1 löschen</translation>
    </message>
</context>
<context>
    <name>bw::RemoveTool</name>
    <message>
        <source>Delete tool %1</source>
        <translation>Tool %1 löschen</translation>
    </message>
</context>
<context>
    <name>bw::ReplaceTool</name>
    <message>
        <source>Replace %1 with %2</source>
        <translation>%1 durch %2 ersetzen</translation>
    </message>
</context>
<context>
    <name>bw::SchemaCheck</name>
    <message>
        <source>its format %1 cannot be checked (%2).</source>
        <translation>sein Format %1 kann nicht geprüft werden (%2).</translation>
    </message>
    <message>
        <source>its table definitions cannot be read (%1).</source>
        <translation>seine Tabellendefinitionen können nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>it contains %1 “%2”, which no Blendwise project has.</source>
        <translation>darin ist %1 „%2“ enthalten, was es in keinem Blendwise-Projekt gibt.</translation>
    </message>
    <message>
        <source>its index “%1” belongs to another table than in a Blendwise project.</source>
        <translation>sein Index „%1“ gehört zu einer anderen Tabelle als in einem Blendwise-Projekt.</translation>
    </message>
    <message>
        <source>its table “%1” is not a plain table.</source>
        <translation>seine Tabelle „%1“ ist keine einfache Tabelle.</translation>
    </message>
    <message>
        <source>%1 “%2” of its format is missing.</source>
        <translation>%1 „%2“ seines Formats fehlt.</translation>
    </message>
    <message>
        <source>the columns of its table “%1” differ from a Blendwise project’s.</source>
        <translation>die Spalten seiner Tabelle „%1“ weichen von denen eines Blendwise-Projekts ab.</translation>
    </message>
    <message>
        <source>the references of its table “%1” differ from a Blendwise project’s.</source>
        <translation>die Verweise seiner Tabelle „%1“ weichen von denen eines Blendwise-Projekts ab.</translation>
    </message>
    <message>
        <source>the indexes of its table “%1” differ from a Blendwise project’s.</source>
        <translation>die Indizes seiner Tabelle „%1“ weichen von denen eines Blendwise-Projekts ab.</translation>
    </message>
    <message>
        <source>a view</source>
        <translation>eine Ansicht</translation>
    </message>
    <message>
        <source>a trigger</source>
        <translation>ein Trigger</translation>
    </message>
    <message>
        <source>an index</source>
        <translation>ein Index</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>eine Tabelle</translation>
    </message>
</context>
<context>
    <name>bw::TooManyTools</name>
    <message>
        <source>Too many different tools</source>
        <translation>Zu viele verschiedene Tools</translation>
    </message>
    <message>
        <source>Each extra tool is another login, another interface and another place to look. The limit is set per project.</source>
        <translation>Jedes zusätzliche Tool bedeutet eine weitere Anmeldung, eine weitere Oberfläche und einen weiteren Ort, an dem man nachsehen muss. Das Limit wird pro Projekt festgelegt.</translation>
    </message>
    <message numerus="yes">
        <source>The plan uses %n different tools, more than the limit of %1 set for this project. Fewer tools mean fewer logins and less to learn.</source>
        <translation>
            <numerusform>Der Plan verwendet %n Tool, mehr als das für dieses Projekt festgelegte Limit von %1. Weniger Tools bedeuten weniger Anmeldungen und weniger zu lernen.</numerusform>
            <numerusform>Der Plan verwendet %n verschiedene Tools, mehr als das für dieses Projekt festgelegte Limit von %1. Weniger Tools bedeuten weniger Anmeldungen und weniger zu lernen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bw::ToolDirectionMismatch</name>
    <message>
        <source>Tool does not fit the direction</source>
        <translation>Tool passt nicht zur Richtung</translation>
    </message>
    <message>
        <source>A tool built to push content out cannot collect learners&apos; answers, and one built for answers cannot host a discussion: the tool has to carry the activity&apos;s direction.</source>
        <translation>Ein Tool, das Inhalte verteilt, kann keine Antworten der Lernenden sammeln, und eines für Antworten kann keine Diskussion beherbergen: Das Tool muss die Richtung der Aktivität tragen.</translation>
    </message>
    <message>
        <source>%1 cannot carry %2 activities, but %3 uses it that way.</source>
        <translation>%1 kann keine Aktivitäten der Richtung %2 tragen, aber %3 verwendet es so.</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
</context>
<context>
    <name>bw::ToolNeedsAccount</name>
    <message>
        <source>Tool needs a new account</source>
        <translation>Tool erfordert ein neues Konto</translation>
    </message>
    <message>
        <source>Every new profile to create is a reason not to start. A one-click tool, or one the client already provides, gets learners going at once.</source>
        <translation>Jedes neu anzulegende Profil ist ein Grund, nicht anzufangen. Ein Tool mit einem Klick oder eines, das der Auftraggeber bereits bereitstellt, bringt Lernende sofort ins Tun.</translation>
    </message>
    <message>
        <source>%1 makes every learner create a personal account, while the client already provides %2.</source>
        <translation>%1 verlangt von allen Lernenden ein persönliches Konto, während der Auftraggeber bereits %2 bereitstellt.</translation>
    </message>
    <message>
        <source>%1 makes every learner create a personal account, while %2 needs none.</source>
        <translation>%1 verlangt von allen Lernenden ein persönliches Konto, während %2 keines erfordert.</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
</context>
<context>
    <name>bw::ToolOftenBlocked</name>
    <message>
        <source>Tool often blocked at work</source>
        <translation>Tool am Arbeitsplatz oft gesperrt</translation>
    </message>
    <message>
        <source>Many company firewalls block public video, social and file-sharing sites. Learners who cannot reach a tool from their desk simply drop out of the activity.</source>
        <translation>Viele Firmen-Firewalls sperren öffentliche Video-, Social-Media- und Filesharing-Seiten. Lernende, die ein Tool vom Arbeitsplatz aus nicht erreichen, steigen einfach aus der Aktivität aus.</translation>
    </message>
    <message>
        <source>%1 is often blocked on corporate networks, so learners may not reach it from work.</source>
        <translation>%1 ist in Firmennetzen oft gesperrt, sodass Lernende es vom Arbeitsplatz aus möglicherweise nicht erreichen.</translation>
    </message>
    <message>
        <source>%1 does the same job without that risk.</source>
        <translation>%1 erfüllt denselben Zweck ohne dieses Risiko.</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
</context>
<context>
    <name>bw::ToolRanking</name>
    <message>
        <source>Retired</source>
        <translation>Eingestellt</translation>
    </message>
    <message>
        <source>Retired — use %1</source>
        <translation>Eingestellt – %1 verwenden</translation>
    </message>
    <message>
        <source>Needs a personal account</source>
        <translation>Erfordert ein persönliches Konto</translation>
    </message>
    <message>
        <source>Often blocked on corporate networks</source>
        <translation>In Firmennetzen oft gesperrt</translation>
    </message>
    <message>
        <source>Supports %1</source>
        <translation>Unterstützt %1</translation>
    </message>
    <message>
        <source>Does not support %1</source>
        <translation>Unterstützt %1 nicht</translation>
    </message>
    <message>
        <source>Suits this activity: %1</source>
        <translation>Passt zu dieser Aktivität: %1</translation>
    </message>
    <message>
        <source>Provided by the client</source>
        <translation>Vom Auftraggeber bereitgestellt</translation>
    </message>
    <message>
        <source>No new account needed</source>
        <translation>Kein neues Konto nötig</translation>
    </message>
    <message>
        <source>Already used in this plan</source>
        <translation>Bereits in diesem Plan verwendet</translation>
    </message>
    <message>
        <source>Reference reading, not made for training or demos</source>
        <translation>Nachschlagewerk, nicht für Schulungen oder Demos gedacht</translation>
    </message>
</context>
<context>
    <name>bw::ToolRetired</name>
    <message>
        <source>Tool has been retired</source>
        <translation>Tool wurde eingestellt</translation>
    </message>
    <message>
        <source>A retired tool (Skype, Yammer …) may stop working before the course ends, and learners will not find it under its old name. Its replacement carries the same activities.</source>
        <translation>Ein eingestelltes Tool (Skype, Yammer …) funktioniert möglicherweise schon vor Kursende nicht mehr, und Lernende finden es unter seinem alten Namen nicht. Sein Ersatz trägt dieselben Aktivitäten.</translation>
    </message>
    <message>
        <source>%1 has been retired; choose another tool for the activities that use it.</source>
        <translation>%1 wurde eingestellt; wählen Sie ein anderes Tool für die Aktivitäten, die es verwenden.</translation>
    </message>
    <message>
        <source>%1 has been retired; %2 replaces it.</source>
        <translation>%1 wurde eingestellt; %2 ersetzt es.</translation>
    </message>
    <message>
        <source>Replace with %1 everywhere</source>
        <translation>Überall durch %1 ersetzen</translation>
    </message>
    <message>
        <source>Replace %1 with %2</source>
        <translation>%1 durch %2 ersetzen</translation>
    </message>
</context>
<context>
    <name>bw::VersionSnapshot</name>
    <message>
        <source>Cannot mark the version: no temporary folder to write it in.</source>
        <translation>Die Version kann nicht festgehalten werden: Es gibt keinen temporären Ordner, in den sie geschrieben werden kann.</translation>
    </message>
    <message>
        <source>Cannot mark the version: %1</source>
        <translation>Die Version kann nicht festgehalten werden: %1</translation>
    </message>
    <message>
        <source>The version “%1” is damaged and cannot be opened.</source>
        <translation>Die Version „%1“ ist beschädigt und kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Cannot open the version “%1”: no temporary folder.</source>
        <translation>Die Version „%1“ kann nicht geöffnet werden: Es gibt keinen temporären Ordner.</translation>
    </message>
    <message>
        <source>Cannot open the version “%1”: %2</source>
        <translation>Die Version „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The version “%1” cannot be opened: %2</source>
        <translation>Die Version „%1“ lässt sich nicht öffnen: %2</translation>
    </message>
</context>
<context>
    <name>bw::XlsxExporter</name>
    <message>
        <source>Excel workbook (XLSX: activities, blend, schedule)</source>
        <translation>Excel-Arbeitsmappe (XLSX: Aktivitäten, Blend, Zeitplan)</translation>
    </message>
    <message>
        <source>The spreadsheet library (libxlsxwriter) cannot be loaded: %1.</source>
        <translation>Die Tabellenbibliothek (libxlsxwriter) kann nicht geladen werden: %1.</translation>
    </message>
    <message>
        <source>The spreadsheet library (libxlsxwriter) lacks the function %1.</source>
        <translation>Der Tabellenbibliothek (libxlsxwriter) fehlt die Funktion %1.</translation>
    </message>
    <message>
        <source>Could not make a temporary folder for the workbook: %1.</source>
        <translation>Für die Arbeitsmappe konnte kein temporärer Ordner angelegt werden: %1.</translation>
    </message>
    <message>
        <source>Could not start the workbook.</source>
        <translation>Die Arbeitsmappe konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not add a sheet to the workbook.</source>
        <translation>Der Arbeitsmappe konnte kein Tabellenblatt hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Could not finish the workbook: %1.</source>
        <translation>Die Arbeitsmappe konnte nicht abgeschlossen werden: %1.</translation>
    </message>
    <message>
        <source>Could not read the finished workbook back: %1.</source>
        <translation>Die fertige Arbeitsmappe konnte nicht wieder eingelesen werden: %1.</translation>
    </message>
    <message>
        <source>The spreadsheet library wrote an empty workbook.</source>
        <translation>Die Tabellenbibliothek hat eine leere Arbeitsmappe geschrieben.</translation>
    </message>
</context>
<context>
    <name>bw::cli</name>
    <message>
        <source>usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Try &apos;blendwise --help&apos; for more information.</source>
        <translation>Weitere Informationen erhalten Sie mit &apos;blendwise --help&apos;.</translation>
    </message>
    <message>
        <source>missing argument</source>
        <translation>fehlendes Argument</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>%1 already exists; use --force to replace it</source>
        <translation>%1 existiert bereits; verwenden Sie --force, um es zu ersetzen</translation>
    </message>
    <message>
        <source>blendwise new FILE [--template NAME] [--force]</source>
        <translation>blendwise new FILE [--template NAME] [--force]</translation>
    </message>
    <message>
        <source>unknown template &quot;%1&quot; (available: %2)</source>
        <translation>unbekannte Vorlage „%1“ (verfügbar: %2)</translation>
    </message>
    <message>
        <source>Created %1 (objectives: %2, activities: %3).</source>
        <translation>%1 erstellt (Lernziele: %2, Aktivitäten: %3).</translation>
    </message>
    <message>
        <source>%1 is the input; choose another output file</source>
        <translation>%1 ist die Eingabe; wählen Sie eine andere Ausgabedatei</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message>
        <source>Imported %1 into %2.</source>
        <translation>%1 nach %2 importiert.</translation>
    </message>
    <message>
        <source>missing --format (one of %1)</source>
        <translation>--format fehlt (eines von %1)</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected one of %2)</source>
        <translation>unbekanntes Format „%1“ (erwartet: eines von %2)</translation>
    </message>
    <message>
        <source>unknown paper size &quot;%1&quot; (expected a4 or letter)</source>
        <translation>unbekanntes Papierformat „%1“ (erwartet: a4 oder letter)</translation>
    </message>
    <message>
        <source>%1 is the input; export never writes over it, choose another output with -o</source>
        <translation>%1 ist die Eingabe; export überschreibt sie nie, wählen Sie mit -o eine andere Ausgabe</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>blendwise check FILE [--json]</source>
        <translation>blendwise check FILE [--json]</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>Korrektur: %1</translation>
    </message>
    <message>
        <source>%1: errors: %2, warnings: %3, suggestions: %4</source>
        <translation>%1: Fehler: %2, Warnungen: %3, Vorschläge: %4</translation>
    </message>
    <message>
        <source>blendwise templates</source>
        <translation>blendwise templates</translation>
    </message>
    <message>
        <source>%1 takes no arguments</source>
        <translation>%1 akzeptiert keine Argumente</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Importing… reading %1</source>
        <translation>Importieren… %1 wird gelesen</translation>
    </message>
    <message>
        <source>Importing… writing %1 (activities: %2)</source>
        <translation>Importieren… %1 wird geschrieben (Aktivitäten: %2)</translation>
    </message>
    <message>
        <source>Exporting… %1/%2 pages</source>
        <translation>Exportieren… %1/%2 Seiten</translation>
    </message>
    <message>
        <source>Exporting… %1/%2 rows</source>
        <translation>Exportieren… %1/%2 Zeilen</translation>
    </message>
    <message>
        <source> (%1 characters in all)</source>
        <translation> (insgesamt %1 Zeichen)</translation>
    </message>
    <message>
        <source>%1: a symbolic link that leads back to itself (a link loop)</source>
        <translation>%1: eine symbolische Verknüpfung, die auf sich selbst zurückführt (eine Verknüpfungsschleife)</translation>
    </message>
    <message>
        <source>%1: a symbolic link to a file that does not exist</source>
        <translation>%1: eine symbolische Verknüpfung auf eine nicht vorhandene Datei</translation>
    </message>
    <message>
        <source>%1: a folder, not a file</source>
        <translation>%1: ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>%1: a named pipe (FIFO), not a file</source>
        <translation>%1: eine benannte Pipe (FIFO), keine Datei</translation>
    </message>
    <message>
        <source>%1: a device or special file, not a file</source>
        <translation>%1: eine Geräte- oder Spezialdatei, keine reguläre Datei</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1.</source>
        <translation>Auf die Standardausgabe kann nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>no space left on the device</source>
        <translation>kein freier Speicherplatz mehr auf dem Datenträger</translation>
    </message>
    <message>
        <source>%1: no version &quot;%2&quot; (the file has no versions)</source>
        <translation>%1: keine Version „%2“ (die Datei hat keine Versionen)</translation>
    </message>
    <message>
        <source>%1: no version &quot;%2&quot; (it has: %3)</source>
        <translation>%1: keine Version „%2“ (vorhanden: %3)</translation>
    </message>
    <message>
        <source>blendwise diff A B [--json]</source>
        <translation>blendwise diff A B [--json]</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <source>blendwise versions FILE</source>
        <translation>blendwise versions FILE</translation>
    </message>
    <message>
        <source>%1 has no versions yet; mark one with &apos;blendwise mark&apos;.</source>
        <translation>%1 hat noch keine Versionen; halten Sie eine mit &apos;blendwise mark&apos; fest.</translation>
    </message>
    <message>
        <source>blendwise mark FILE --name NAME [--note TEXT]</source>
        <translation>blendwise mark FILE --name NAME [--note TEXT]</translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation>--name ist erforderlich</translation>
    </message>
    <message>
        <source>%1 is open in Blendwise (locked by %2); mark the version there.</source>
        <translation>%1 ist in Blendwise geöffnet (gesperrt von %2); halten Sie die Version dort fest.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>einem anderen Programm</translation>
    </message>
    <message>
        <source>Marked version &quot;%1&quot; in %2.</source>
        <translation>Version „%1“ in %2 festgehalten.</translation>
    </message>
    <message>
        <source>blendwise export FILE --format F [-o OUT] [--paper a4|letter] [--client] [--bom] [--changes-since VERSION] [--tracked-changes VERSION]</source>
        <translation>blendwise export FILE --format F [-o OUT] [--paper a4|letter] [--client] [--bom] [--changes-since VERSION] [--tracked-changes VERSION]</translation>
    </message>
    <message>
        <source>--tracked-changes needs --format docx (Word revisions)</source>
        <translation>--tracked-changes erfordert --format docx (Word-Überarbeitungen)</translation>
    </message>
    <message>
        <source>blendwise import INPUT [-o FILE] [--from FORMAT] [--map FIELD=COLUMN,...] [--force]</source>
        <translation>blendwise import INPUT [-o FILE] [--from FORMAT] [--map FIELD=COLUMN,...] [--force]</translation>
    </message>
    <message>
        <source>--map expects FIELD=COLUMN pairs separated by commas</source>
        <translation>--map erwartet durch Kommas getrennte Paare FIELD=COLUMN</translation>
    </message>
    <message>
        <source>%1: larger than %2 MB, the limit for an import</source>
        <translation>%1: größer als %2 MB, die Obergrenze für einen Import</translation>
    </message>
    <message>
        <source>cannot tell the format of %1; use --from (one of %2)</source>
        <translation>das Format von %1 ist nicht erkennbar; verwenden Sie --from (eines von: %2)</translation>
    </message>
    <message>
        <source>guessed</source>
        <translation>abgeleitet</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>Imported %1 objectives and %2 activities; %3 values guessed, %4 rows skipped.</source>
        <translation>%1 Lernziele und %2 Aktivitäten importiert; %3 Werte abgeleitet, %4 Zeilen übersprungen.</translation>
    </message>
    <message>
        <source>Usage:
  blendwise [FILE]                                   open the studio
  blendwise new FILE [--template NAME] [--force]     create a project file
  blendwise import INPUT [-o FILE] [--from FORMAT]   a plan from elsewhere -&gt; project file
                   [--map FIELD=COLUMN,...] [--force]  (FORMAT: %2)
  blendwise export FILE --format F [-o OUT]          F: %1
                   [--paper a4|letter] [--client] [--bom]
                   [--changes-since VERSION] [--tracked-changes VERSION]
  blendwise check FILE [--json]                      run the design advisor
  blendwise diff A B [--json]                        what changed from project A to B
  blendwise versions FILE                            list the named versions in FILE
  blendwise mark FILE --name NAME [--note TEXT]      keep the plan as it is as a named version
  blendwise update FILE CSV [--remove-missing]       apply a spreadsheet&apos;s changes to FILE
                   [--dry-run]                       (the CSV that &apos;export --format csv&apos; wrote)
  blendwise templates                                list built-in templates
  blendwise library init|status [CONNECTION]         create/migrate the team library; show it
  blendwise library list tools|templates|patterns|clients [--search TEXT] [--json]
  blendwise library publish FILE [--template NAME] [--tools] [--patterns]
  blendwise library publish --retire TOOL [--replacement TOOL]
  blendwise library pull --template NAME -o FILE [--force] | pull FILE
    CONNECTION: [--service NAME] [--host H] [--port P] [--dbname DB] [--user U]
                [--sslmode MODE] [--schema S]; PG* variables and ~/.pgpass work too
  blendwise --help | --version

export writes OUT next to FILE (FILE&apos;s name, the format&apos;s extension) unless -o is given;
-o - writes to standard output.
FILE@VERSION (export, diff) reads a named version of FILE, by name or number: plan.blendwise@1.0.
--client leaves the design review out, --bom adds a byte-order mark to CSV for Excel.
--changes-since VERSION adds a &quot;Changes since VERSION&quot; section (a named version of FILE);
--tracked-changes VERSION (docx only) marks what changed since VERSION as Word revisions,
to accept or reject one by one in Word or LibreOffice.
update prints the changes; --dry-run leaves FILE as it is, --remove-missing deletes the
activities the CSV has no row for (they are only reported without it).
export, check and diff never write to FILE; mark adds a version to it; new and import never
replace a file without --force.

Exit codes: 0 success, 1 usage error, 2 the input cannot be read,
3 check found errors, 4 the output could not be written, 5 diff found differences,
6 library conflict (a colleague changed the item: pull, then publish again),
7 the library server cannot be reached.</source>
        <translation>Aufruf:
  blendwise [FILE]                                   das Studio öffnen
  blendwise new FILE [--template NAME] [--force]     eine Projektdatei erstellen
  blendwise import INPUT [-o FILE] [--from FORMAT]   einen Plan von anderswo -&gt; Projektdatei
                   [--map FIELD=COLUMN,...] [--force]  (FORMAT: %2)
  blendwise export FILE --format F [-o OUT]          F: %1
                   [--paper a4|letter] [--client] [--bom]
                   [--changes-since VERSION] [--tracked-changes VERSION]
  blendwise check FILE [--json]                      den Design-Berater ausführen
  blendwise diff A B [--json]                        was sich von Projekt A zu B geändert hat
  blendwise versions FILE                            die benannten Versionen in FILE auflisten
  blendwise mark FILE --name NAME [--note TEXT]      den aktuellen Stand als benannte Version festhalten
  blendwise update FILE CSV [--remove-missing]       die Änderungen einer Tabelle auf FILE anwenden
                   [--dry-run]                       (die CSV-Datei, die &apos;export --format csv&apos; geschrieben hat)
  blendwise templates                                die integrierten Vorlagen auflisten
  blendwise library init|status [CONNECTION]         die Teambibliothek anlegen/migrieren; sie anzeigen
  blendwise library list tools|templates|patterns|clients [--search TEXT] [--json]
  blendwise library publish FILE [--template NAME] [--tools] [--patterns]
  blendwise library publish --retire TOOL [--replacement TOOL]
  blendwise library pull --template NAME -o FILE [--force] | pull FILE
    CONNECTION: [--service NAME] [--host H] [--port P] [--dbname DB] [--user U]
                [--sslmode MODE] [--schema S]; PG*-Variablen und ~/.pgpass funktionieren ebenfalls
  blendwise --help | --version

export schreibt OUT neben FILE (Name von FILE, Endung des Formats), sofern -o nicht angegeben ist;
-o - schreibt auf die Standardausgabe.
FILE@VERSION (export, diff) liest eine benannte Version von FILE, nach Name oder Nummer: plan.blendwise@1.0.
--client lässt das Design-Review weg, --bom fügt CSV-Dateien eine Byte-Order-Mark für Excel hinzu.
--changes-since VERSION fügt einen Abschnitt „Änderungen seit VERSION“ hinzu (eine benannte Version von FILE);
--tracked-changes VERSION (nur docx) markiert, was sich seit VERSION geändert hat, als Word-Überarbeitungen,
die sich in Word oder LibreOffice einzeln annehmen oder ablehnen lassen.
update gibt die Änderungen aus; --dry-run lässt FILE unverändert, --remove-missing löscht die
Aktivitäten, für die die CSV-Datei keine Zeile hat (ohne die Option werden sie nur gemeldet).
export, check und diff schreiben nie in FILE; mark fügt FILE eine Version hinzu; new und import
ersetzen eine vorhandene Datei nur mit --force.

Exit-Codes: 0 Erfolg, 1 Aufruffehler, 2 die Eingabe kann nicht gelesen werden,
3 check hat Fehler gefunden, 4 die Ausgabe konnte nicht geschrieben werden, 5 diff hat Unterschiede gefunden,
6 Konflikt in der Bibliothek (jemand aus dem Team hat den Eintrag geändert: abrufen, dann erneut veröffentlichen),
7 der Bibliotheksserver ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>blendwise update FILE CSV [--remove-missing] [--dry-run]</source>
        <translation>blendwise update FILE CSV [--remove-missing] [--dry-run]</translation>
    </message>
    <message>
        <source>%1 is open in Blendwise (locked by %2); update it there (File ▸ Update from CSV…).</source>
        <translation>%1 ist in Blendwise geöffnet (gesperrt von %2); aktualisieren Sie es dort (Datei ▸ Aus CSV aktualisieren…).</translation>
    </message>
    <message>
        <source>No changes: %1 already says what %2 says.</source>
        <translation>Keine Änderungen: %1 enthält bereits, was %2 enthält.</translation>
    </message>
    <message>
        <source>1 change; --dry-run: %1 is left as it is.</source>
        <translation>1 Änderung; --dry-run: %1 bleibt unverändert.</translation>
    </message>
    <message>
        <source>%1 changes; --dry-run: %2 is left as it is.</source>
        <translation>%1 Änderungen; --dry-run: %2 bleibt unverändert.</translation>
    </message>
    <message>
        <source>Updated %1 from %2 (1 change).</source>
        <translation>%1 aus %2 aktualisiert (1 Änderung).</translation>
    </message>
    <message>
        <source>Updated %1 from %2 (%3 changes).</source>
        <translation>%1 aus %2 aktualisiert (%3 Änderungen).</translation>
    </message>
    <message>
        <source>blendwise library init|status|publish|pull|list [CONNECTION] ...</source>
        <translation>blendwise library init|status|publish|pull|list [CONNECTION] ...</translation>
    </message>
    <message>
        <source>missing library command</source>
        <translation>Bibliotheksbefehl fehlt</translation>
    </message>
    <message>
        <source>--port needs a number</source>
        <translation>--port erfordert eine Zahl</translation>
    </message>
    <message>
        <source>blendwise library init [CONNECTION]</source>
        <translation>blendwise library init [CONNECTION]</translation>
    </message>
    <message>
        <source>The library at %1 is up to date (schema version %2).</source>
        <translation>Die Bibliothek unter %1 ist aktuell (Schemaversion %2).</translation>
    </message>
    <message>
        <source>The library at %1 is at schema version %2 (was %3).</source>
        <translation>Die Bibliothek unter %1 hat jetzt die Schemaversion %2 (vorher %3).</translation>
    </message>
    <message>
        <source>blendwise library status [CONNECTION]</source>
        <translation>blendwise library status [CONNECTION]</translation>
    </message>
    <message>
        <source>server: %1 (PostgreSQL %2)</source>
        <translation>Server: %1 (PostgreSQL %2)</translation>
    </message>
    <message>
        <source>schema: %1 version %2 (this Blendwise: %3)</source>
        <translation>Schema: %1, Version %2 (dieses Blendwise: %3)</translation>
    </message>
    <message>
        <source>items: %1 tools, %2 clients, %3 templates, %4 patterns</source>
        <translation>Einträge: %1 Tools, %2 Auftraggeber, %3 Vorlagen, %4 Muster</translation>
    </message>
    <message>
        <source>your roles: %1</source>
        <translation>Ihre Rollen: %1</translation>
    </message>
    <message>
        <source>none (ask an administrator for blendwise_member)</source>
        <translation>keine (bitten Sie einen Administrator um blendwise_member)</translation>
    </message>
    <message>
        <source>blendwise library list tools|templates|patterns|clients [--search TEXT] [--json]</source>
        <translation>blendwise library list tools|templates|patterns|clients [--search TEXT] [--json]</translation>
    </message>
    <message>
        <source>missing what to list</source>
        <translation>es fehlt, was aufgelistet werden soll</translation>
    </message>
    <message>
        <source>cannot list &quot;%1&quot;</source>
        <translation>„%1“ kann nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>blendwise library publish FILE [--template NAME [--description TEXT]] [--tools] [--patterns]
       blendwise library publish --retire TOOL [--replacement TOOL]</source>
        <translation>blendwise library publish FILE [--template NAME [--description TEXT]] [--tools] [--patterns]
       blendwise library publish --retire TOOL [--replacement TOOL]</translation>
    </message>
    <message>
        <source>Retired &quot;%1&quot; in the library.</source>
        <translation>„%1“ in der Bibliothek eingestellt.</translation>
    </message>
    <message>
        <source>Retired &quot;%1&quot; in the library; replaced by &quot;%2&quot;.</source>
        <translation>„%1“ in der Bibliothek eingestellt; ersetzt durch „%2“.</translation>
    </message>
    <message>
        <source>say what to publish: --template NAME, --tools, --patterns</source>
        <translation>geben Sie an, was veröffentlicht werden soll: --template NAME, --tools, --patterns</translation>
    </message>
    <message numerus="yes">
        <source>Published %n tool(s).</source>
        <translation>
            <numerusform>%n Tool veröffentlicht.</numerusform>
            <numerusform>%n Tools veröffentlicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %n pattern(s).</source>
        <translation>
            <numerusform>%n Muster veröffentlicht.</numerusform>
            <numerusform>%n Muster veröffentlicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Published template &quot;%1&quot; (version %2).</source>
        <translation>Vorlage „%1“ veröffentlicht (Version %2).</translation>
    </message>
    <message>
        <source>blendwise library pull --template NAME -o FILE [--force]
       blendwise library pull FILE      (updates FILE&apos;s tools from the library)</source>
        <translation>blendwise library pull --template NAME -o FILE [--force]
       blendwise library pull FILE      (aktualisiert die Tools von FILE aus der Bibliothek)</translation>
    </message>
    <message>
        <source>--template needs -o FILE</source>
        <translation>--template erfordert -o FILE</translation>
    </message>
    <message>
        <source>%1 already exists; use --force to replace it.</source>
        <translation>%1 existiert bereits; verwenden Sie --force, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>the library has no template named &quot;%1&quot;</source>
        <translation>die Bibliothek hat keine Vorlage namens „%1“</translation>
    </message>
    <message>
        <source>Wrote %1 from template &quot;%2&quot;.</source>
        <translation>%1 aus der Vorlage „%2“ geschrieben.</translation>
    </message>
    <message>
        <source>%1 is open in Blendwise (locked by %2); pull the library there.</source>
        <translation>%1 ist in Blendwise geöffnet (gesperrt von %2); rufen Sie die Bibliothek dort ab.</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n tool(s) of %1 from the library.</source>
        <translation>
            <numerusform>%n Tool von %1 aus der Bibliothek aktualisiert.</numerusform>
            <numerusform>%n Tools von %1 aus der Bibliothek aktualisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown library command &quot;%1&quot;</source>
        <translation>unbekannter Bibliotheksbefehl „%1“</translation>
    </message>
</context>
<context>
    <name>bw::plan::PlanBuilder</name>
    <message>
        <source>Whole programme</source>
        <translation>Gesamtes Programm</translation>
    </message>
    <message>
        <source>Objective %1</source>
        <translation>Lernziel %1</translation>
    </message>
    <message>
        <source>Learners need to create a personal account.</source>
        <translation>Lernende müssen ein persönliches Konto anlegen.</translation>
    </message>
    <message>
        <source>No new account needed.</source>
        <translation>Kein neues Konto nötig.</translation>
    </message>
    <message>
        <source>Already provided by the client&apos;s IT.</source>
        <translation>Wird bereits von der IT des Auftraggebers bereitgestellt.</translation>
    </message>
    <message>
        <source>Often blocked on corporate networks: check access with IT before launch.</source>
        <translation>In Firmennetzen oft gesperrt: Zugriff vor dem Start mit der IT klären.</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Kosten: %1</translation>
    </message>
    <message>
        <source>Retired by its vendor.</source>
        <translation>Vom Anbieter eingestellt.</translation>
    </message>
    <message>
        <source>Retired by its vendor; replaced by %1.</source>
        <translation>Vom Anbieter eingestellt; ersetzt durch %1.</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Lernziele</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Learning time</source>
        <translation>Lernzeit</translation>
    </message>
    <message>
        <source>date to be set</source>
        <translation>Datum noch festzulegen</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>In-class moment</source>
        <translation>Präsenztermin</translation>
    </message>
    <message>
        <source>Where learning time goes: minutes per phase, split by who talks to whom. Class time is best spent on exchange and practice; content delivery belongs before class.</source>
        <translation>Wohin die Lernzeit fließt: Minuten pro Phase, aufgeteilt danach, wer mit wem spricht. Präsenzzeit ist am besten für Austausch und Übung genutzt; Inhaltsvermittlung gehört in die Vorbereitung.</translation>
    </message>
    <message>
        <source>Minutes per phase and direction</source>
        <translation>Minuten pro Phase und Richtung</translation>
    </message>
    <message>
        <source>Per objective</source>
        <translation>Pro Lernziel</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Lernziel</translation>
    </message>
    <message>
        <source>Each objective&apos;s activities by phase, in learning order, with their direction.</source>
        <translation>Die Aktivitäten jedes Lernziels nach Phase, in Lernreihenfolge und mit ihrer Richtung.</translation>
    </message>
    <message>
        <source>Success measure</source>
        <translation>Erfolgsmaßstab</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>No activities planned yet.</source>
        <translation>Noch keine Aktivitäten geplant.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Grouping · led by</source>
        <translation>Sozialform · geleitet von</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>grouping · led by</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>In-class moments</source>
        <translation>Präsenztermine</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>to be set</source>
        <translation>noch festzulegen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Tool or place</source>
        <translation>Tool oder Ort</translation>
    </message>
    <message>
        <source>Pre- or post-class activities not dated yet: %1. Link them to an in-class moment to place them on the timeline.</source>
        <translation>Noch nicht terminierte Aktivitäten vor oder nach der Präsenz: %1. Verknüpfen Sie sie mit einem Präsenztermin, um sie in der Zeitleiste einzuordnen.</translation>
    </message>
    <message>
        <source>Every tool this plan uses, what learners gain from it and what to prepare before launch.</source>
        <translation>Alle Tools, die dieser Plan nutzt, ihr Nutzen für Lernende und was vor dem Start vorzubereiten ist.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Richtungen</translation>
    </message>
    <message>
        <source>(%1 more in the learning sequences)</source>
        <translation>(%1 weitere in den Lernsequenzen)</translation>
    </message>
    <message>
        <source>Learner benefit</source>
        <translation>Nutzen für Lernende</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Setup checklist</source>
        <translation>Checkliste zur Einrichtung</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Rules of use</source>
        <translation>Nutzungsregeln</translation>
    </message>
    <message>
        <source>Sub-groups</source>
        <translation>Untergruppen</translation>
    </message>
    <message>
        <source>Sub-group</source>
        <translation>Untergruppe</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Assessed activities</source>
        <translation>Bewertete Aktivitäten</translation>
    </message>
    <message>
        <source>No measure defined yet.</source>
        <translation>Noch kein Maßstab festgelegt.</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <source>Activity %1 %2</source>
        <translation>Aktivität %1 %2</translation>
    </message>
    <message>
        <source>Tool %1</source>
        <translation>Tool %1</translation>
    </message>
    <message>
        <source>The design advisor found nothing to improve in this plan.</source>
        <translation>Der Design-Berater hat in diesem Plan nichts gefunden, was sich verbessern ließe.</translation>
    </message>
    <message>
        <source>The design advisor checked the plan against the method.</source>
        <translation>Der Design-Berater hat den Plan anhand der Methode geprüft.</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>activity numbers: learner benefit</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1–%2 min</source>
        <comment>minutes from the start of the moment</comment>
        <translation>%1–%2 Min.</translation>
    </message>
    <message>
        <source>Minutes, with the number of activities in brackets. A range such as 10–15 minutes counts as its midpoint in whole minutes (13); a recurring activity counts every time it happens.</source>
        <translation>Minuten, in Klammern die Anzahl der Aktivitäten. Ein Bereich wie 10–15 Minuten zählt mit seinem Mittelwert in ganzen Minuten (13); eine wiederkehrende Aktivität zählt bei jedem Durchgang.</translation>
    </message>
    <message>
        <source>By phase</source>
        <translation>Nach Phase</translation>
    </message>
    <message>
        <source>By direction</source>
        <translation>Nach Richtung</translation>
    </message>
    <message>
        <source>Assessment instrument</source>
        <translation>Bewertungsinstrument</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <comment>title (occurrence of occurrences)</comment>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>%1 of %2 minutes planned: %3 minutes more than the moment lasts.</source>
        <translation>%1 von %2 Minuten verplant: %3 Minuten mehr, als der Termin dauert.</translation>
    </message>
    <message>
        <source>%1 of %2 minutes planned: %3 minutes not planned yet.</source>
        <translation>%1 von %2 Minuten verplant: %3 Minuten sind noch nicht verplant.</translation>
    </message>
    <message>
        <source>%1 of %2 minutes planned.</source>
        <translation>%1 von %2 Minuten verplant.</translation>
    </message>
    <message>
        <source>Activities without a duration take no time until they are estimated.</source>
        <translation>Aktivitäten ohne Dauer belegen keine Zeit, solange sie nicht geschätzt sind.</translation>
    </message>
    <message>
        <source>No in-class activities planned yet.</source>
        <translation>Noch keine Präsenzaktivitäten geplant.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Instrument: %1</source>
        <translation>Instrument: %1</translation>
    </message>
    <message>
        <source>Attached file: %1</source>
        <translation>Angehängte Datei: %1</translation>
    </message>
    <message>
        <source>The files attached to the objectives&apos; assessment instruments, delivered with this plan.</source>
        <translation>Die Dateien, die den Bewertungsinstrumenten der Lernziele angehängt sind und mit diesem Plan ausgeliefert werden.</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size (KB)</source>
        <translation>Größe (KB)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>the previous version</source>
        <translation>der vorherigen Version</translation>
    </message>
    <message>
        <source>Nothing has changed since %1.</source>
        <translation>Seit %1 hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>What changed since %1, item by item.</source>
        <translation>Was sich seit %1 geändert hat, Punkt für Punkt.</translation>
    </message>
    <message>
        <source>The plan as a whole</source>
        <translation>Der Plan als Ganzes</translation>
    </message>
    <message>
        <source>Removed objective: %1</source>
        <translation>Entferntes Lernziel: %1</translation>
    </message>
</context>
<context>
    <name>bw::plan::PlanText</name>
    <message>
        <source>Cover</source>
        <translation>Deckblatt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>The blend at a glance</source>
        <translation>Der Blend auf einen Blick</translation>
    </message>
    <message>
        <source>Flow overview</source>
        <translation>Ablaufübersicht</translation>
    </message>
    <message>
        <source>Learning sequences</source>
        <translation>Lernsequenzen</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Evaluation plan</source>
        <translation>Evaluationsplan</translation>
    </message>
    <message>
        <source>Design review</source>
        <translation>Design-Review</translation>
    </message>
    <message>
        <source>Blended-learning plan</source>
        <translation>Blended-Learning-Plan</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>Erstellt für</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Made with Blendwise</source>
        <translation>Erstellt mit Blendwise</translation>
    </message>
    <message>
        <source>Objective no.</source>
        <translation>Lernziel-Nr.</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Lernziel</translation>
    </message>
    <message>
        <source>Activity no.</source>
        <translation>Aktivitäts-Nr.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Sozialform</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Geleitet von</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Learner benefit</source>
        <translation>Nutzen für Lernende</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>In-class moment</source>
        <translation>Präsenztermin</translation>
    </message>
    <message>
        <source>Offset (days)</source>
        <translation>Versatz (Tage)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation>Angehängte Dokumente</translation>
    </message>
    <message>
        <source>No tool — in the room</source>
        <translation>Kein Tool – im Raum</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Minutes in all</source>
        <translation>Minuten insgesamt</translation>
    </message>
    <message>
        <source>Revision history</source>
        <translation>Versionsverlauf</translation>
    </message>
    <message>
        <source>Changes since the previous version</source>
        <translation>Änderungen seit der vorherigen Version</translation>
    </message>
    <message>
        <source>Changes since %1</source>
        <translation>Änderungen seit %1</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
</context>
<context>
    <name>bw::ui::ActivityBoard</name>
    <message>
        <source>Activity board</source>
        <translation>Aktivitäten-Board</translation>
    </message>
    <message>
        <source>Direction legend</source>
        <translation>Legende der Richtungen</translation>
    </message>
    <message>
        <source>Content goes out from the trainer to the learners</source>
        <translation>Inhalte gehen vom Trainer an die Lernenden</translation>
    </message>
    <message>
        <source>Learners report back to the trainer</source>
        <translation>Lernende geben dem Trainer Rückmeldung</translation>
    </message>
    <message>
        <source>Learners share with each other</source>
        <translation>Lernende tauschen sich untereinander aus</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>%1 lane</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>No %1 activities.
Press Ins to add one, or drop a card here.</source>
        <translation>Keine Aktivitäten in der Phase %1.
Drücken Sie Einfg, um eine hinzuzufügen, oder legen Sie hier eine Karte ab.</translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation>1 Aktivität</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n Aktivität</numerusform>
            <numerusform>%n Aktivitäten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 min</source>
        <translation>%1 · %2 Min.</translation>
    </message>
    <message>
        <source>Start with an objective: press Ctrl+Shift+N</source>
        <translation>Beginnen Sie mit einem Lernziel: Drücken Sie Strg+Umschalt+N</translation>
    </message>
    <message>
        <source>Select an objective</source>
        <translation>Wählen Sie ein Lernziel aus</translation>
    </message>
    <message>
        <source>Objective %1: %2</source>
        <translation>Lernziel %1: %2</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Neue Aktivität</translation>
    </message>
</context>
<context>
    <name>bw::ui::ActivityCardDelegate</name>
    <message>
        <source>No tool yet</source>
        <translation>Noch kein Tool</translation>
    </message>
    <message>
        <source>Activity title</source>
        <translation>Titel der Aktivität</translation>
    </message>
    <message>
        <source>What do learners do?</source>
        <translation>Was tun die Lernenden?</translation>
    </message>
</context>
<context>
    <name>bw::ui::ActivityInspector</name>
    <message>
        <source>What learners do, e.g. “Share a risk you met”</source>
        <translation>Was Lernende tun, z. B. „Ein erlebtes Risiko teilen“</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>A short name for the activity, shown on the board and in the plan.</source>
        <translation>Ein kurzer Name für die Aktivität, der auf dem Board und im Plan angezeigt wird.</translation>
    </message>
    <message>
        <source>Step-by-step instructions for learners</source>
        <translation>Schritt-für-Schritt-Anleitung für Lernende</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>&amp;Anleitung:</translation>
    </message>
    <message>
        <source>What learners are asked to do, printed in the plan.</source>
        <translation>Was die Lernenden tun sollen; wird im Plan gedruckt.</translation>
    </message>
    <message>
        <source>Before learners meet: preparation that needs no trainer in the room</source>
        <translation>Bevor sich die Lernenden treffen: Vorbereitung, für die kein Trainer im Raum nötig ist</translation>
    </message>
    <message>
        <source>While learners are together: coaching, feedback and practice</source>
        <translation>Während die Lernenden zusammen sind: Coaching, Feedback und Übung</translation>
    </message>
    <message>
        <source>After the class: follow-up, application and reflection</source>
        <translation>Nach der Präsenz: Nachbereitung, Anwendung und Reflexion</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>When the activity happens. Arrow keys move between the choices.</source>
        <translation>Wann die Aktivität stattfindet. Mit den Pfeiltasten wechseln Sie zwischen den Optionen.</translation>
    </message>
    <message>
        <source>Content goes out from the trainer to the learners (Alt+1)</source>
        <translation>Inhalte gehen vom Trainer an die Lernenden (Alt+1)</translation>
    </message>
    <message>
        <source>Learners report back to the trainer (Alt+2)</source>
        <translation>Lernende geben dem Trainer Rückmeldung (Alt+2)</translation>
    </message>
    <message>
        <source>Learners share with each other (Alt+3)</source>
        <translation>Lernende tauschen sich untereinander aus (Alt+3)</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>Who talks to whom. Alt+1, Alt+2 and Alt+3 choose while the inspector has the focus.</source>
        <translation>Wer mit wem spricht. Alt+1, Alt+2 und Alt+3 wählen aus, solange der Inspektor den Fokus hat.</translation>
    </message>
    <message>
        <source>T&amp;ool:</source>
        <translation>T&amp;ool:</translation>
    </message>
    <message>
        <source>The tool that carries the activity. Type to search; tools that fit come first.</source>
        <translation>Das Tool, über das die Aktivität läuft. Tippen Sie, um zu suchen; passende Tools erscheinen zuerst.</translation>
    </message>
    <message>
        <source>Minutes, e.g. 30 or 10-15</source>
        <translation>Minuten, z. B. 30 oder 10-15</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source>Minutes learners spend on it: a number (30) or a range (10-15).</source>
        <translation>Minuten, die Lernende dafür aufwenden: eine Zahl (30) oder ein Bereich (10-15).</translation>
    </message>
    <message>
        <source>&amp;Grouping:</source>
        <translation>&amp;Sozialform:</translation>
    </message>
    <message>
        <source>How learners work: alone, in pairs, in sub-groups or as a whole group.</source>
        <translation>Wie Lernende arbeiten: allein, zu zweit, in Untergruppen oder in der ganzen Gruppe.</translation>
    </message>
    <message>
        <source>&amp;Led by:</source>
        <translation>&amp;Geleitet von:</translation>
    </message>
    <message>
        <source>What learners hand in or produce</source>
        <translation>Was Lernende abgeben oder erstellen</translation>
    </message>
    <message>
        <source>Delive&amp;rable:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>The tangible result of the activity, if any.</source>
        <translation>Das greifbare Ergebnis der Aktivität, falls vorhanden.</translation>
    </message>
    <message>
        <source>Why this tool helps the learner</source>
        <translation>Warum dieses Tool den Lernenden hilft</translation>
    </message>
    <message>
        <source>U&amp;se the tool&apos;s suggested benefit</source>
        <translation>&amp;Vorgeschlagenen Nutzen des Tools übernehmen</translation>
    </message>
    <message>
        <source>Learner &amp;benefit:</source>
        <translation>Nutzen für &amp;Lernende:</translation>
    </message>
    <message>
        <source>Learner benefit</source>
        <translation>Nutzen für Lernende</translation>
    </message>
    <message>
        <source>Told to learners so that they see why the tool is worth their time.</source>
        <translation>Wird den Lernenden mitgeteilt, damit sie sehen, warum sich das Tool für sie lohnt.</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>&amp;Bewertung:</translation>
    </message>
    <message>
        <source>Whether the activity is assessed, and how.</source>
        <translation>Ob und wie die Aktivität bewertet wird.</translation>
    </message>
    <message>
        <source>In-class &amp;moment:</source>
        <translation>Präsen&amp;ztermin:</translation>
    </message>
    <message>
        <source>The class session the activity belongs to or prepares for.</source>
        <translation>Der Präsenztermin, zu dem die Aktivität gehört oder auf den sie vorbereitet.</translation>
    </message>
    <message>
        <source>Whe&amp;n due:</source>
        <translation>&amp;Fälligkeit:</translation>
    </message>
    <message>
        <source>Due, in days before or after the moment</source>
        <translation>Fällig, in Tagen vor oder nach dem Termin</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ohne</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Only pre-class and post-class activities are due some days before or after their moment.</source>
        <translation>Nur Aktivitäten vor oder nach der Präsenz sind einige Tage vor oder nach ihrem Termin fällig.</translation>
    </message>
    <message>
        <source>Choose the in-class moment first; the due date counts from it.</source>
        <translation>Wählen Sie zuerst den Präsenztermin; das Fälligkeitsdatum wird ab diesem gezählt.</translation>
    </message>
    <message>
        <source>When the activity is due, counted from its in-class moment.</source>
        <translation>Wann die Aktivität fällig ist, gezählt ab ihrem Präsenztermin.</translation>
    </message>
    <message>
        <source>Replace the text with the benefit suggested for %1: “%2”</source>
        <translation>Den Text durch den für %1 vorgeschlagenen Nutzen ersetzen: „%2“</translation>
    </message>
    <message>
        <source>Enter minutes as a number (30) or a range (10-15).</source>
        <translation>Geben Sie die Minuten als Zahl (30) oder als Bereich (10-15) ein.</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nothing selected&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Select an objective to write its measure and assessment here, or an activity on the board to set its phase, direction, tool, duration and texts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nichts ausgewählt&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Wählen Sie ein Lernziel aus, um hier seinen Erfolgsmaßstab und seine Bewertung festzulegen, oder eine Aktivität auf dem Board, um ihre Phase, Richtung, Tool, Dauer und Texte festzulegen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Who runs the activity: a fixed leader, one of the project&apos;s community roles, or any other role.</source>
        <translation>Wer die Aktivität leitet: eine feste Leitung, eine der Community-Rollen des Projekts oder eine andere Rolle.</translation>
    </message>
    <message>
        <source>e.g. Sales director, L&amp;D contact</source>
        <translation>z. B. Vertriebsleitung, L&amp;D-Ansprechperson</translation>
    </message>
    <message>
        <source>Ot&amp;her role:</source>
        <translation>A&amp;ndere Rolle:</translation>
    </message>
    <message>
        <source>Other role that leads the activity</source>
        <translation>Andere Rolle, die die Aktivität leitet</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Keine Wiederholung</translation>
    </message>
    <message>
        <source>Every N days</source>
        <translation>Alle N Tage</translation>
    </message>
    <message>
        <source>Every N weeks</source>
        <translation>Alle N Wochen</translation>
    </message>
    <message>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <source>Repeat every N days or weeks</source>
        <translation>Alle N Tage oder Wochen wiederholen</translation>
    </message>
    <message>
        <source>How many days or weeks lie between two occurrences.</source>
        <translation>Wie viele Tage oder Wochen zwischen zwei Durchgängen liegen.</translation>
    </message>
    <message>
        <source>R&amp;epeats:</source>
        <translation>&amp;Wiederholung:</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Whether the activity happens once or repeats, e.g. every week for 8 weeks.</source>
        <translation>Ob die Aktivität einmal stattfindet oder sich wiederholt, z. B. jede Woche, 8 Wochen lang.</translation>
    </message>
    <message>
        <source>a&amp;fter</source>
        <translation>na&amp;ch</translation>
    </message>
    <message>
        <source>Ends after a number of times</source>
        <translation>Endet nach einer Anzahl von Durchgängen</translation>
    </message>
    <message>
        <source>Number of times in all</source>
        <translation>Anzahl der Durchgänge insgesamt</translation>
    </message>
    <message>
        <source>How many times the activity happens in all, the first one included.</source>
        <translation>Wie oft die Aktivität insgesamt stattfindet, den ersten Durchgang mitgezählt.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>am</translation>
    </message>
    <message>
        <source>Ends on a date</source>
        <translation>Endet an einem Datum</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Letztes Datum</translation>
    </message>
    <message>
        <source>The last day the activity can happen.</source>
        <translation>Der letzte Tag, an dem die Aktivität stattfinden kann.</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Endet:</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
    <message>
        <source>The activity ends after a number of times.</source>
        <translation>Die Aktivität endet nach einer Anzahl von Durchgängen.</translation>
    </message>
    <message>
        <source>The activity repeats until a date.</source>
        <translation>Die Aktivität wiederholt sich bis zu einem Datum.</translation>
    </message>
    <message>
        <source>Unnamed role</source>
        <translation>Unbenannte Rolle</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>role name (role kind)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A role no longer in the project</source>
        <translation>Eine Rolle, die nicht mehr im Projekt ist</translation>
    </message>
    <message>
        <source>Other role…</source>
        <translation>Andere Rolle…</translation>
    </message>
    <message>
        <source>Name any other role below, e.g. a sales director</source>
        <translation>Nennen Sie unten eine beliebige andere Rolle, z. B. eine Vertriebsleitung</translation>
    </message>
    <message>
        <source> week</source>
        <translation> Woche</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source> day</source>
        <translation> Tag</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> time</source>
        <translation> Durchgang</translation>
    </message>
    <message>
        <source> times</source>
        <translation> Durchgängen</translation>
    </message>
    <message>
        <source>The role that runs the activity, e.g. sales director or L&amp;D contact.</source>
        <translation>Die Rolle, die die Aktivität leitet, z. B. Vertriebsleitung oder L&amp;D-Ansprechperson.</translation>
    </message>
    <message>
        <source>Choose “Other role…” under Led by to name a role that is not in the list.</source>
        <translation>Wählen Sie unter „Geleitet von“ die Option „Andere Rolle…“, um eine Rolle zu nennen, die nicht in der Liste steht.</translation>
    </message>
    <message>
        <source>The activity&apos;s tool suggests no benefit.</source>
        <translation>Das Tool der Aktivität schlägt keinen Nutzen vor.</translation>
    </message>
</context>
<context>
    <name>bw::ui::ActivityLaneModel</name>
    <message>
        <source>no tool</source>
        <translation>kein Tool</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Changed since the version you compare with</source>
        <translation>Geändert seit der Vergleichsversion</translation>
    </message>
    <message>
        <source>in the room, no tool</source>
        <translation>im Raum, kein Tool</translation>
    </message>
    <message>
        <source>, changed</source>
        <translation>, geändert</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>Im Raum</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <comment>duration × occurrences</comment>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>bw::ui::AgendaModel</name>
    <message>
        <source>Move “%1” in the agenda</source>
        <translation>„%1“ im Ablauf verschieben</translation>
    </message>
    <message>
        <source>Add lunch to the agenda</source>
        <translation>Mittagspause zum Ablauf hinzufügen</translation>
    </message>
    <message>
        <source>Add a break to the agenda</source>
        <translation>Pause zum Ablauf hinzufügen</translation>
    </message>
    <message>
        <source>Change “%1” in the agenda</source>
        <translation>„%1“ im Ablauf ändern</translation>
    </message>
    <message>
        <source>Remove “%1” from the agenda</source>
        <translation>„%1“ aus dem Ablauf entfernen</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Untitled activity</source>
        <translation>Unbenannte Aktivität</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>nicht geschätzt</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Enter or double-click selects the activity; Ctrl+Up and Ctrl+Down move it</source>
        <translation>Eingabe oder Doppelklick wählt die Aktivität aus; Strg+Pfeil nach oben und Strg+Pfeil nach unten verschieben sie</translation>
    </message>
    <message>
        <source>F2 renames the break; Delete removes it; Ctrl+Up and Ctrl+Down move it</source>
        <translation>F2 benennt die Pause um; Entf entfernt sie; Strg+Pfeil nach oben und Strg+Pfeil nach unten verschieben sie</translation>
    </message>
</context>
<context>
    <name>bw::ui::BlendOverview</name>
    <message>
        <source>Blend overview</source>
        <translation>Blend-Übersicht</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Which activities the figures cover</source>
        <translation>Welche Aktivitäten die Zahlen umfassen</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Add up the estimated minutes (the middle of a range)</source>
        <translation>Die geschätzten Minuten addieren (bei Bereichen den Mittelwert)</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Count the activities</source>
        <translation>Die Aktivitäten zählen</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>No direction</source>
        <translation>Keine Richtung</translation>
    </message>
    <message>
        <source>Blend chart</source>
        <translation>Blend-Diagramm</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Blend figures</source>
        <translation>Blend-Kennzahlen</translation>
    </message>
    <message>
        <source>Follow the selected objective</source>
        <translation>Dem ausgewählten Lernziel folgen</translation>
    </message>
    <message>
        <source>Whole programme</source>
        <translation>Gesamtes Programm</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Time in class: %1% of %2 minutes. Flipped classrooms keep class time for practice and feedback, and move content before and after.</source>
        <translation>Zeit in der Präsenz: %1 % von %2 Minuten. Im Flipped Classroom bleibt die Präsenzzeit für Übung und Feedback; Inhalte werden davor und danach vermittelt.</translation>
    </message>
    <message>
        <source>No minutes estimated yet: give activities a duration to see how the time is spent.</source>
        <translation>Noch keine Minuten geschätzt: Geben Sie den Aktivitäten eine Dauer, um zu sehen, wie sich die Zeit verteilt.</translation>
    </message>
    <message>
        <source>1 activity has no phase and is not counted.</source>
        <translation>1 Aktivität hat keine Phase und wird nicht gezählt.</translation>
    </message>
    <message>
        <source>%1 activities have no phase and are not counted.</source>
        <translation>%1 Aktivitäten haben keine Phase und werden nicht gezählt.</translation>
    </message>
</context>
<context>
    <name>bw::ui::BoardOverview</name>
    <message>
        <source>Overview of all objectives and their lanes</source>
        <translation>Übersicht aller Lernziele und ihrer Spalten</translation>
    </message>
    <message>
        <source>%1
%2 · %3 · %4</source>
        <translation>%1
%2 · %3 · %4</translation>
    </message>
    <message>
        <source>no tool</source>
        <translation>kein Tool</translation>
    </message>
    <message>
        <source>no duration</source>
        <translation>keine Dauer</translation>
    </message>
</context>
<context>
    <name>bw::ui::ChangesPanel</name>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Vergleichen mit:</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>The state of the plan that the changes are counted from.</source>
        <translation>Der Stand des Plans, ab dem die Änderungen gezählt werden.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Double-click or press Enter to go to the item.</source>
        <translation>Doppelklicken oder Eingabe drücken, um zum Element zu wechseln.</translation>
    </message>
    <message>
        <source>The file as last saved</source>
        <translation>Zuletzt gespeichert</translation>
    </message>
    <message>
        <source>The plan has not been saved yet: every item is new.</source>
        <translation>Der Plan wurde noch nicht gespeichert: Alle Elemente sind neu.</translation>
    </message>
    <message>
        <source>Objective %1: %2</source>
        <translation>Lernziel %1: %2</translation>
    </message>
    <message>
        <source>Removed objectives</source>
        <translation>Entfernte Lernziele</translation>
    </message>
    <message>
        <source>Project and community rules</source>
        <translation>Projektangaben und Nutzungsregeln</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>In-class moments</source>
        <translation>Präsenztermine</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>Vergleich nicht möglich: %1</translation>
    </message>
    <message>
        <source>No changes since %1.</source>
        <translation>Keine Änderungen (verglichen mit: %1).</translation>
    </message>
    <message>
        <source>1 change since %1.</source>
        <translation>1 Änderung (verglichen mit: %1).</translation>
    </message>
    <message>
        <source>%1 changes since %2.</source>
        <translation>%1 Änderungen (verglichen mit: %2).</translation>
    </message>
</context>
<context>
    <name>bw::ui::ClientProfileDialog</name>
    <message>
        <source>Apply Client Profile</source>
        <translation>Auftraggeberprofil anwenden</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>No team library is set up (Edit ▸ Team Library Settings…).</source>
        <translation>Keine Teambibliothek eingerichtet (Bearbeiten ▸ Einstellungen der Teambibliothek).</translation>
    </message>
    <message>
        <source>Asking the team library…</source>
        <translation>Teambibliothek wird abgefragt…</translation>
    </message>
    <message>
        <source>The team library is offline: nothing was changed.</source>
        <translation>Die Teambibliothek ist offline: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The team library could not be read: %1</source>
        <translation>Die Teambibliothek konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Provides: %1
Blocks: %2</source>
        <translation>Stellt bereit: %1
Sperrt: %2</translation>
    </message>
    <message>
        <source>The team library has no client profiles yet.</source>
        <translation>Die Teambibliothek enthält noch keine Auftraggeberprofile.</translation>
    </message>
    <message>
        <source>Choose the client whose IT landscape this course meets:</source>
        <translation>Wählen Sie den Auftraggeber, in dessen IT-Landschaft dieser Kurs stattfindet:</translation>
    </message>
    <message>
        <source>Choose a client.</source>
        <translation>Wählen Sie einen Auftraggeber.</translation>
    </message>
    <message>
        <source>Apply client profile %1</source>
        <translation>Auftraggeberprofil %1 anwenden</translation>
    </message>
    <message>
        <source>The profile could not be applied: %1</source>
        <translation>Das Profil konnte nicht angewendet werden: %1</translation>
    </message>
</context>
<context>
    <name>bw::ui::ColumnMapDialog</name>
    <message>
        <source>Import Spreadsheet — Columns</source>
        <translation>Tabelle importieren – Spalten</translation>
    </message>
    <message>
        <source>“%1” is not a spreadsheet exported by Blendwise. Choose the column that holds each field of an activity; one row becomes one activity. Only the title is required.</source>
        <translation>„%1“ ist keine von Blendwise exportierte Tabelle. Wählen Sie für jedes Feld einer Aktivität die Spalte, die es enthält; jede Zeile wird zu einer Aktivität. Nur der Titel ist erforderlich.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>— choose a column —</source>
        <translation>– Spalte wählen –</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>– nicht importiert –</translation>
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
        <source>Preview of the first rows:</source>
        <translation>Vorschau der ersten Zeilen:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Choose the column that holds the activities’ titles.</source>
        <translation>Wählen Sie die Spalte, die die Titel der Aktivitäten enthält.</translation>
    </message>
    <message>
        <source>The column “%1” is chosen for more than one field; each field then gets the same value.</source>
        <translation>Die Spalte „%1“ ist für mehr als ein Feld gewählt; diese Felder erhalten dann denselben Wert.</translation>
    </message>
</context>
<context>
    <name>bw::ui::CsvUpdateDialog</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the limit for an import</source>
        <translation>%1 ist größer als %2 MB, die Obergrenze für einen Import</translation>
    </message>
    <message>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <source>guessed</source>
        <translation>abgeleitet</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Update from CSV</source>
        <translation>Aus CSV aktualisieren</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv);;All files (*)</source>
        <translation>Tabellen (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Apply the changes made in a spreadsheet to this plan. The spreadsheet must be a CSV that Blendwise exported (File ▸ Export…, CSV): its “Key” column tells which activity each row is. Rows without a key are added.</source>
        <translation>Übernehmen Sie die in einer Tabelle vorgenommenen Änderungen in diesen Plan. Die Tabelle muss eine CSV-Datei sein, die Blendwise exportiert hat (Datei ▸ Exportieren…, CSV): Deren Spalte „Schlüssel“ gibt an, zu welcher Aktivität eine Zeile gehört. Zeilen ohne Schlüssel werden hinzugefügt.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Type a path or choose the file</source>
        <translation>Geben Sie einen Pfad ein oder wählen Sie die Datei</translation>
    </message>
    <message>
        <source>Spreadsheet file</source>
        <translation>Tabellendatei</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>Reading the spreadsheet</source>
        <translation>Die Tabelle wird gelesen</translation>
    </message>
    <message>
        <source>C&amp;hanges that will be applied:</source>
        <translation>Ände&amp;rungen, die übernommen werden:</translation>
    </message>
    <message>
        <source>Changes that will be applied</source>
        <translation>Änderungen, die übernommen werden</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>A&amp;nmerkungen:</translation>
    </message>
    <message>
        <source>Notes on the spreadsheet</source>
        <translation>Anmerkungen zur Tabelle</translation>
    </message>
    <message>
        <source>&amp;Remove activities missing from the spreadsheet</source>
        <translation>Aktivitäten, die in der Tabelle fehlen, &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Überne&amp;hmen</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Choose the CSV file to update from.</source>
        <translation>Wählen Sie die CSV-Datei, aus der aktualisiert werden soll.</translation>
    </message>
    <message>
        <source>Nothing can be applied: %1</source>
        <translation>Es kann nichts übernommen werden: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>The plan already says what %1 says: nothing to apply.</source>
        <translation>Der Plan enthält bereits, was %1 enthält: nichts zu übernehmen.</translation>
    </message>
    <message>
        <source>1 change from %1.</source>
        <translation>1 Änderung aus %1.</translation>
    </message>
    <message>
        <source>%1 changes from %2.</source>
        <translation>%1 Änderungen aus %2.</translation>
    </message>
    <message>
        <source>Update from %1</source>
        <translation>Aus %1 aktualisieren</translation>
    </message>
</context>
<context>
    <name>bw::ui::DayView</name>
    <message>
        <source>In-class moment %1</source>
        <translation>Präsenztermin %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Day view</source>
        <translation>Tagesansicht</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>In-class moment shown</source>
        <translation>Angezeigter Präsenztermin</translation>
    </message>
    <message>
        <source>The in-class moment whose running order is shown</source>
        <translation>Der Präsenztermin, dessen Ablauf angezeigt wird</translation>
    </message>
    <message>
        <source>Agenda of the moment</source>
        <translation>Ablauf des Präsenztermins</translation>
    </message>
    <message>
        <source>Drag an entry, or press Ctrl+Up or Ctrl+Down, to change the running order. Enter selects the activity on the board.</source>
        <translation>Ziehen Sie einen Eintrag oder drücken Sie Strg+Pfeil nach oben bzw. Strg+Pfeil nach unten, um den Ablauf zu ändern. Eingabe wählt die Aktivität auf dem Board aus.</translation>
    </message>
    <message>
        <source>Planned time</source>
        <translation>Verplante Zeit</translation>
    </message>
    <message>
        <source>Add brea&amp;k</source>
        <translation>&amp;Pause hinzufügen</translation>
    </message>
    <message>
        <source>Add a %1-minute break after the selected entry</source>
        <translation>Eine Pause von %1 Minuten nach dem ausgewählten Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Add lun&amp;ch</source>
        <translation>&amp;Mittagspause hinzufügen</translation>
    </message>
    <message>
        <source>Add a %1-minute lunch after the selected entry</source>
        <translation>Eine Mittagspause von %1 Minuten nach dem ausgewählten Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected break or lunch (Delete)</source>
        <translation>Die ausgewählte Pause oder Mittagspause entfernen (Entf)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move the selected entry earlier in the day (Ctrl+Up)</source>
        <translation>Den ausgewählten Eintrag früher am Tag einplanen (Strg+Pfeil nach oben)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move the selected entry later in the day (Ctrl+Down)</source>
        <translation>Den ausgewählten Eintrag später am Tag einplanen (Strg+Pfeil nach unten)</translation>
    </message>
    <message>
        <source>Break &amp;title:</source>
        <translation>&amp;Bezeichnung der Pause:</translation>
    </message>
    <message>
        <source>Title of the break</source>
        <translation>Bezeichnung der Pause</translation>
    </message>
    <message>
        <source>What the agenda calls the selected break; empty shows “Break” or “Lunch”</source>
        <translation>Wie die ausgewählte Pause im Ablauf heißt; leer zeigt „Pause“ bzw. „Mittagspause“</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>M&amp;inuten:</translation>
    </message>
    <message>
        <source>Length of the break in minutes</source>
        <translation>Länge der Pause in Minuten</translation>
    </message>
    <message>
        <source>How long the selected break or lunch lasts</source>
        <translation>Wie lange die ausgewählte Pause oder Mittagspause dauert</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>%1 minutes planned; the moment has no length set</source>
        <translation>%1 Minuten verplant; für den Termin ist keine Dauer festgelegt</translation>
    </message>
    <message>
        <source>%1 of %2 minutes planned</source>
        <translation>%1 von %2 Minuten verplant</translation>
    </message>
    <message>
        <source>%1 — overruns by %2</source>
        <translation>%1 — %2 zu viel</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>%1 — the day is full</source>
        <translation>%1 — der Tag ist voll</translation>
    </message>
    <message>
        <source>%1 — %2 free</source>
        <translation>%1 — %2 frei</translation>
    </message>
    <message>
        <source>No in-class moments yet. Add the days the group meets in Project Properties (Ctrl+I).</source>
        <translation>Noch keine Präsenztermine. Legen Sie die Tage, an denen sich die Gruppe trifft, in den Projekteigenschaften an (Strg+I).</translation>
    </message>
    <message>
        <source>No in-class activities in this moment yet. Give activities of the in-class phase this moment in the inspector, or add a break.</source>
        <translation>Noch keine Präsenzaktivitäten in diesem Termin. Weisen Sie Aktivitäten der Präsenzphase im Inspektor diesen Termin zu oder fügen Sie eine Pause hinzu.</translation>
    </message>
    <message>
        <source>No break selected</source>
        <translation>Keine Pause ausgewählt</translation>
    </message>
</context>
<context>
    <name>bw::ui::ExportDialog</name>
    <message>
        <source>Export Plan</source>
        <translation>Plan exportieren</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Choose where to save the exported plan</source>
        <translation>Speicherort für den exportierten Plan wählen</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>The client version never includes the design review</source>
        <translation>Die Kundenfassung enthält nie das Design-Review</translation>
    </message>
    <message>
        <source>That is the project file itself. Choose another name for the export.</source>
        <translation>Das ist die Projektdatei selbst. Wählen Sie einen anderen Namen für den Export.</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>„%1“ ist bereits vorhanden. Möchten Sie die Datei ersetzen?</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Choose another place for the export.</source>
        <translation>Den Ordner „%1“ gibt es nicht. Wählen Sie einen anderen Ort für den Export.</translation>
    </message>
    <message>
        <source>Leave out the design review (&amp;client version)</source>
        <translation>Design-Review weglassen (&amp;Kundenfassung)</translation>
    </message>
    <message>
        <source>Help Excel show accented letters correctly (adds a byte-order &amp;mark)</source>
        <translation>Umlaute und Akzente in Excel richtig anzeigen (fügt eine Byte-Order-&amp;Mark hinzu)</translation>
    </message>
    <message>
        <source>Sections to include</source>
        <translation>Enthaltene Abschnitte</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
    <message>
        <source>Show the changes as &amp;tracked changes in Word</source>
        <translation>Änderungen in Word als &amp;nachverfolgte Änderungen zeigen</translation>
    </message>
    <message>
        <source>Adds a section listing what changed since the chosen version</source>
        <translation>Fügt einen Abschnitt hinzu, der auflistet, was sich seit der gewählten Version geändert hat</translation>
    </message>
    <message>
        <source>Include what changed since</source>
        <translation>Änderungen aufnehmen seit</translation>
    </message>
    <message>
        <source>The Word document marks every difference from the chosen version as a revision the client can accept or reject</source>
        <translation>Das Word-Dokument markiert jeden Unterschied zur gewählten Version als Überarbeitung, die der Auftraggeber annehmen oder ablehnen kann</translation>
    </message>
    <message>
        <source>Nothing (no comparison)</source>
        <translation>Nichts (kein Vergleich)</translation>
    </message>
    <message>
        <source>Include &amp;what changed since:</source>
        <translation>Änderungen &amp;aufnehmen seit:</translation>
    </message>
    <message>
        <source>That version is no longer in the project.</source>
        <translation>Diese Version ist nicht mehr im Projekt vorhanden.</translation>
    </message>
</context>
<context>
    <name>bw::ui::ExportRunner</name>
    <message>
        <source>Print Plan</source>
        <translation>Plan drucken</translation>
    </message>
    <message>
        <source>Export Plan</source>
        <translation>Plan exportieren</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>„%1“ wird exportiert…</translation>
    </message>
    <message>
        <source>Preparing the printout…</source>
        <translation>Der Ausdruck wird vorbereitet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 of %2 pages</source>
        <translation>%1 von %2 Seiten</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>Exporting “%1”… %2</source>
        <translation>„%1“ wird exportiert… %2</translation>
    </message>
    <message>
        <source>Printing… %1</source>
        <translation>Drucken… %1</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Drucken abgebrochen.</translation>
    </message>
    <message>
        <source>The plan was sent to %1.</source>
        <translation>Der Plan wurde an %1 gesendet.</translation>
    </message>
    <message>
        <source>The plan was exported to “%1”.</source>
        <translation>Der Plan wurde nach „%1“ exportiert.</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>“%1” was exported, but some characters cannot be shown.</source>
        <translation>„%1“ wurde exportiert, aber einige Zeichen können nicht dargestellt werden.</translation>
    </message>
    <message>
        <source>Install a font that has them, or change the text.</source>
        <translation>Installieren Sie eine Schrift, die sie enthält, oder ändern Sie den Text.</translation>
    </message>
    <message>
        <source>Export cancelled. “%1” was left as it was.</source>
        <translation>Export abgebrochen. „%1“ ist unverändert geblieben.</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>Export abgebrochen. Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>The plan was exported to %1.</source>
        <translation>Der Plan wurde nach %1 exportiert.</translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation>Datei ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open %1 in the program your desktop uses for it</source>
        <translation>%1 mit dem Programm öffnen, das Ihr Desktop dafür verwendet</translation>
    </message>
    <message>
        <source>Show the folder %1 in the file manager</source>
        <translation>Den Ordner %1 im Dateimanager anzeigen</translation>
    </message>
    <message>
        <source>The plan could not be exported to “%1”.</source>
        <translation>Der Plan konnte nicht nach „%1“ exportiert werden.</translation>
    </message>
    <message>
        <source>The plan could not be printed on %1.</source>
        <translation>Der Plan konnte nicht auf %1 gedruckt werden.</translation>
    </message>
    <message>
        <source>No program could be found to open %1.</source>
        <translation>Es wurde kein Programm gefunden, mit dem sich %1 öffnen lässt.</translation>
    </message>
</context>
<context>
    <name>bw::ui::FindingsPanel</name>
    <message>
        <source>Design advisor</source>
        <translation>Design-Berater</translation>
    </message>
    <message>
        <source>Advisor summary</source>
        <translation>Zusammenfassung des Design-Beraters</translation>
    </message>
    <message>
        <source>Advisor findings</source>
        <translation>Hinweise des Design-Beraters</translation>
    </message>
    <message>
        <source>Double-click or press Enter to go to the item a finding is about</source>
        <translation>Doppelklicken oder Eingabe drücken, um zu dem Element zu wechseln, das ein Hinweis betrifft</translation>
    </message>
    <message>
        <source>Mute this rule</source>
        <translation>Diese Regel stummschalten</translation>
    </message>
    <message>
        <source>Stop reporting this rule for this plan (stored in the file; undo brings it back)</source>
        <translation>Diese Regel für diesen Plan nicht mehr melden (wird in der Datei gespeichert; mit Rückgängig wiederherstellbar)</translation>
    </message>
    <message>
        <source>Rules muted for this plan; choose one to report it again</source>
        <translation>Für diesen Plan stummgeschaltete Regeln; wählen Sie eine aus, um sie wieder zu melden</translation>
    </message>
    <message>
        <source>Show muted rules</source>
        <translation>Stummgeschaltete Regeln anzeigen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Korrektur: %1</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 suggestion</source>
        <translation>1 Vorschlag</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestions</source>
        <translation>
            <numerusform>%n Vorschlag</numerusform>
            <numerusform>%n Vorschläge</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings: the plan follows the method</source>
        <translation>Keine Hinweise: Der Plan folgt der Methode</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <source>%1 (one step; undo reverts it)</source>
        <translation>%1 (ein Schritt; mit Rückgängig widerrufbar)</translation>
    </message>
    <message>
        <source>The selected finding has no automatic fix</source>
        <translation>Für den ausgewählten Hinweis gibt es keine automatische Korrektur</translation>
    </message>
    <message>
        <source>Report again: %1</source>
        <translation>Wieder melden: %1</translation>
    </message>
    <message>
        <source>Show muted rules…</source>
        <translation>Stummgeschaltete Regeln anzeigen…</translation>
    </message>
    <message>
        <source>Show muted rules (%1)…</source>
        <translation>Stummgeschaltete Regeln anzeigen (%1)…</translation>
    </message>
</context>
<context>
    <name>bw::ui::ImportReportDialog</name>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Guessed — check this</source>
        <translation>Abgeleitet – bitte prüfen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Import Report — %1</source>
        <translation>Importbericht – %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;“%1”&lt;/b&gt; was read as %2.</source>
        <translation>&lt;b&gt;„%1“&lt;/b&gt; wurde als %2 gelesen.</translation>
    </message>
    <message>
        <source>It holds %1, %2, %3 and %4.</source>
        <translation>Enthalten sind %1, %2, %3 und %4.</translation>
    </message>
    <message>
        <source>1 objective</source>
        <translation>1 Lernziel</translation>
    </message>
    <message>
        <source>%1 objectives</source>
        <translation>%1 Lernziele</translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation>1 Aktivität</translation>
    </message>
    <message>
        <source>%1 activities</source>
        <translation>%1 Aktivitäten</translation>
    </message>
    <message>
        <source>1 tool</source>
        <translation>1 Tool</translation>
    </message>
    <message>
        <source>%1 tools</source>
        <translation>%1 Tools</translation>
    </message>
    <message>
        <source>1 in-class moment</source>
        <translation>1 Präsenztermin</translation>
    </message>
    <message>
        <source>%1 in-class moments</source>
        <translation>%1 Präsenztermine</translation>
    </message>
    <message>
        <source>1 value was guessed: the advisor lists it so that you can check it.</source>
        <translation>1 Wert wurde abgeleitet: Der Design-Berater führt ihn auf, damit Sie ihn prüfen können.</translation>
    </message>
    <message>
        <source>%1 values were guessed: the advisor lists them so that you can check each one.</source>
        <translation>%1 Werte wurden abgeleitet: Der Design-Berater führt sie auf, damit Sie jeden einzelnen prüfen können.</translation>
    </message>
    <message>
        <source>1 part of the file was skipped.</source>
        <translation>1 Teil der Datei wurde übersprungen.</translation>
    </message>
    <message>
        <source>%1 parts of the file were skipped.</source>
        <translation>%1 Teile der Datei wurden übersprungen.</translation>
    </message>
    <message>
        <source>1 warning.</source>
        <translation>1 Warnung.</translation>
    </message>
    <message>
        <source>%1 warnings.</source>
        <translation>%1 Warnungen.</translation>
    </message>
    <message>
        <source>Nothing was guessed or skipped.</source>
        <translation>Es wurde nichts abgeleitet oder übersprungen.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Hinweise zum Import</translation>
    </message>
    <message>
        <source>&amp;Open as New Project</source>
        <translation>Als &amp;neues Projekt öffnen</translation>
    </message>
</context>
<context>
    <name>bw::ui::ImportRunner</name>
    <message>
        <source>Plans from other tools (%1)</source>
        <translation>Pläne aus anderen Tools (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Plan</source>
        <translation>Plan importieren</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>es ist keine Datei</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>es existiert nicht</translation>
    </message>
    <message>
        <source>it is larger than %1 MB, the limit for an import</source>
        <translation>es ist größer als %1 MB, die Obergrenze für einen Import</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>es kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Blendwise cannot tell what kind of plan it holds. It imports: %1.</source>
        <translation>Blendwise kann nicht erkennen, welche Art von Plan darin steht. Blendwise importiert: %1.</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>„%1“ wird gelesen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was opened.</source>
        <translation>Import abgebrochen. Es wurde nichts geöffnet.</translation>
    </message>
    <message>
        <source>Import cancelled. The open project was kept.</source>
        <translation>Import abgebrochen. Das geöffnete Projekt wurde beibehalten.</translation>
    </message>
    <message>
        <source>Imported “%1”: %2 objectives, %3 activities. Save it to keep it.</source>
        <translation>„%1“ importiert: %2 Lernziele, %3 Aktivitäten. Speichern Sie den Plan, um ihn zu behalten.</translation>
    </message>
    <message>
        <source>“%1” could not be imported: %2</source>
        <translation>„%1“ konnte nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>Import of “%1” failed. Nothing was changed.</source>
        <translation>Import von „%1“ fehlgeschlagen. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>bw::ui::LibraryKeychain</name>
    <message>
        <source>this Blendwise was built without keychain support</source>
        <translation>dieses Blendwise wurde ohne Schlüsselbund-Unterstützung gebaut</translation>
    </message>
</context>
<context>
    <name>bw::ui::LibraryPasswordDialog</name>
    <message>
        <source>Team Library Password</source>
        <translation>Passwort der Teambibliothek</translation>
    </message>
    <message>
        <source>The team library at %1 asks for your password.</source>
        <translation>Die Teambibliothek auf %1 fragt nach Ihrem Passwort.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system keychain</source>
        <translation>Passwort im &amp;Schlüsselbund des Systems aufbewahren</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Keeping the password in the system keychain…</source>
        <translation>Passwort wird im Schlüsselbund des Systems aufbewahrt…</translation>
    </message>
    <message>
        <source>The system keychain could not keep the password (%1). It is kept for this session only; press Sign In to go on without the keychain.</source>
        <translation>Der Schlüsselbund des Systems konnte das Passwort nicht aufbewahren (%1). Es bleibt nur für diese Sitzung erhalten; drücken Sie „Anmelden“, um ohne Schlüsselbund fortzufahren.</translation>
    </message>
</context>
<context>
    <name>bw::ui::LibrarySettingsDialog</name>
    <message>
        <source>Team Library Settings</source>
        <translation>Einstellungen der Teambibliothek</translation>
    </message>
    <message>
        <source>A team library is a PostgreSQL database your consultancy shares: tools, client profiles, templates and activity patterns. Name a libpq service, or the server, database and user. Leave everything empty to work without one.</source>
        <translation>Eine Teambibliothek ist eine PostgreSQL-Datenbank, die Ihr Beratungsunternehmen gemeinsam nutzt: Tools, Auftraggeberprofile, Vorlagen und Aktivitätsmuster. Geben Sie einen libpq-Dienst an oder Server, Datenbank und Benutzer. Lassen Sie alles leer, um ohne Teambibliothek zu arbeiten.</translation>
    </message>
    <message>
        <source>from pg_service.conf, e.g. blendwise</source>
        <translation>aus pg_service.conf, z. B. blendwise</translation>
    </message>
    <message>
        <source>e.g. db.example.com</source>
        <translation>z. B. db.example.com</translation>
    </message>
    <message>
        <source>default (5432)</source>
        <translation>Standard (5432)</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>Ihr Anmeldename</translation>
    </message>
    <message>
        <source>from ~/.pgpass when empty</source>
        <translation>aus ~/.pgpass, wenn leer</translation>
    </message>
    <message>
        <source>Kept for this session only, never saved. ~/.pgpass keeps it across sessions.</source>
        <translation>Wird nur für diese Sitzung behalten und nie gespeichert. In ~/.pgpass bleibt es über Sitzungen hinweg erhalten.</translation>
    </message>
    <message>
        <source>libpq’s default</source>
        <translation>Standard von libpq</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>D&amp;ienst:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>SS&amp;L mode:</source>
        <translation>SS&amp;L-Modus:</translation>
    </message>
    <message>
        <source>S&amp;chema:</source>
        <translation>S&amp;chema:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <source>Connected (PostgreSQL %1). Your roles: %2. The library holds %3 tools, %4 client profiles, %5 templates and %6 patterns.</source>
        <translation>Verbunden (PostgreSQL %1). Ihre Rollen: %2. Die Bibliothek enthält %3 Tools, %4 Auftraggeberprofile, %5 Vorlagen und %6 Muster.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Kept for this session only, unless the system keychain keeps it. Never in Blendwise&apos;s settings.</source>
        <translation>Nur für diese Sitzung behalten, außer der Schlüsselbund des Systems bewahrt es auf. Nie in den Einstellungen von Blendwise.</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system keychain</source>
        <translation>Passwort im &amp;Schlüsselbund des Systems aufbewahren</translation>
    </message>
    <message>
        <source>GNOME Keyring, KWallet or your system&apos;s own keychain keeps it, locked with your login</source>
        <translation>GNOME-Schlüsselbund, KWallet oder der Schlüsselbund Ihres Systems bewahrt es auf, gesperrt mit Ihrer Anmeldung</translation>
    </message>
    <message>
        <source>Keeping the password in the system keychain…</source>
        <translation>Passwort wird im Schlüsselbund des Systems aufbewahrt…</translation>
    </message>
    <message>
        <source>The system keychain could not keep the password (%1). It is kept for this session only; press OK to go on without the keychain.</source>
        <translation>Der Schlüsselbund des Systems konnte das Passwort nicht aufbewahren (%1). Es bleibt nur für diese Sitzung erhalten; drücken Sie OK, um ohne Schlüsselbund fortzufahren.</translation>
    </message>
</context>
<context>
    <name>bw::ui::LibraryStatusLabel</name>
    <message>
        <source>Team library: offline</source>
        <translation>Teambibliothek: offline</translation>
    </message>
    <message>
        <source>%1: %2
The studio works as before; library commands say when they cannot reach it.</source>
        <translation>%1: %2
Das Studio arbeitet wie gewohnt; Bibliotheksbefehle melden, wenn sie die Bibliothek nicht erreichen.</translation>
    </message>
    <message>
        <source>no library role</source>
        <translation>keine Bibliotheksrolle</translation>
    </message>
    <message>
        <source>Team library: connected (%1)</source>
        <translation>Teambibliothek: verbunden (%1)</translation>
    </message>
    <message>
        <source>Team library: sign-in needed</source>
        <translation>Teambibliothek: Anmeldung nötig</translation>
    </message>
    <message>
        <source>%1: %2
Click to enter your password.</source>
        <translation>%1: %2
Klicken Sie, um Ihr Passwort einzugeben.</translation>
    </message>
</context>
<context>
    <name>bw::ui::LibrarySyncDialog</name>
    <message>
        <source>Update from Team Library</source>
        <translation>Aus Teambibliothek aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Apply Selected</source>
        <translation>&amp;Ausgewählte übernehmen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>No team library is set up (Edit ▸ Team Library Settings…).</source>
        <translation>Keine Teambibliothek eingerichtet (Bearbeiten ▸ Einstellungen der Teambibliothek).</translation>
    </message>
    <message>
        <source>Asking the team library…</source>
        <translation>Teambibliothek wird abgefragt…</translation>
    </message>
    <message>
        <source>The team library is offline: nothing was changed. Your project keeps working and saving; try again later.</source>
        <translation>Die Teambibliothek ist offline: Es wurde nichts geändert. Sie können Ihr Projekt weiter bearbeiten und speichern; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The team library could not be read: %1</source>
        <translation>Die Teambibliothek konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The project is up to date with the team library.</source>
        <translation>Das Projekt ist auf dem Stand der Teambibliothek.</translation>
    </message>
    <message>
        <source>Nothing is checked.</source>
        <translation>Nichts ausgewählt.</translation>
    </message>
    <message>
        <source>Update from team library</source>
        <translation>Aus Teambibliothek aktualisieren</translation>
    </message>
    <message>
        <source>The update could not be applied: %1</source>
        <translation>Die Aktualisierung konnte nicht übernommen werden: %1</translation>
    </message>
    <message>
        <source>1 change in the team library since this project took its items. Apply it if it is checked:</source>
        <translation>1 Änderung in der Teambibliothek, seit dieses Projekt seine Einträge von dort bezogen hat. Übernommen wird sie, wenn sie ausgewählt ist:</translation>
    </message>
    <message>
        <source>%1 changes in the team library since this project took its items. Apply the checked ones:</source>
        <translation>%1 Änderungen in der Teambibliothek, seit dieses Projekt seine Einträge von dort bezogen hat. Übernommen wird, was ausgewählt ist:</translation>
    </message>
</context>
<context>
    <name>bw::ui::MainWindow</name>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Another Blendwise window is editing this file. Use Save As to keep your changes.</source>
        <translation>Ein anderes Blendwise-Fenster bearbeitet diese Datei. Verwenden Sie „Speichern unter“, um Ihre Änderungen zu behalten.</translation>
    </message>
    <message>
        <source>Recovery copy written at %1</source>
        <translation>Wiederherstellungskopie um %1 gespeichert</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Start a project, empty or from a template</source>
        <translation>Ein Projekt beginnen, leer oder aus einer Vorlage</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>Eine Projektdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Das Projekt speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the project under another name</source>
        <translation>Das Projekt unter einem anderen Namen speichern</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Write the plan as PDF, Word, OpenDocument, HTML, Markdown, CSV or JSON</source>
        <translation>Den Plan als PDF, Word, OpenDocument, HTML, Markdown, CSV oder JSON ausgeben</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the plan document</source>
        <translation>Das Plandokument drucken</translation>
    </message>
    <message>
        <source>Project &amp;Properties…</source>
        <translation>&amp;Projekteigenschaften…</translation>
    </message>
    <message>
        <source>Title, client, brand, in-class moments, community</source>
        <translation>Titel, Auftraggeber, Markenauftritt, Präsenztermine, Community</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Close the project</source>
        <translation>Das Projekt schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Blendwise</source>
        <translation>Blendwise beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Add &amp;Objective</source>
        <translation>Lern&amp;ziel hinzufügen</translation>
    </message>
    <message>
        <source>Add a learning objective after the selected one</source>
        <translation>Ein Lernziel nach dem ausgewählten hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Activity</source>
        <translation>&amp;Aktivität hinzufügen</translation>
    </message>
    <message>
        <source>Add an activity to the focused lane</source>
        <translation>Der Spalte mit dem Fokus eine Aktivität hinzufügen</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected objective or activity</source>
        <translation>Das ausgewählte Lernziel bzw. die ausgewählte Aktivität löschen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben verschieben</translation>
    </message>
    <message>
        <source>Move the selected objective or card up</source>
        <translation>Das ausgewählte Lernziel bzw. die ausgewählte Karte nach oben verschieben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten verschieben</translation>
    </message>
    <message>
        <source>Move the selected objective or card down</source>
        <translation>Das ausgewählte Lernziel bzw. die ausgewählte Karte nach unten verschieben</translation>
    </message>
    <message>
        <source>Move to &amp;Previous Phase</source>
        <translation>In &amp;vorherige Phase verschieben</translation>
    </message>
    <message>
        <source>Move the card to the phase before (e.g. in-class → pre-class)</source>
        <translation>Die Karte in die vorherige Phase verschieben (z. B. Präsenz → Vorbereitung)</translation>
    </message>
    <message>
        <source>Move to &amp;Next Phase</source>
        <translation>In &amp;nächste Phase verschieben</translation>
    </message>
    <message>
        <source>Move the card to the phase after (e.g. in-class → post-class)</source>
        <translation>Die Karte in die nächste Phase verschieben (z. B. Präsenz → Nachbereitung)</translation>
    </message>
    <message>
        <source>Move to Previous Ob&amp;jective</source>
        <translation>Zum vorherig&amp;en Lernziel verschieben</translation>
    </message>
    <message>
        <source>Move the card to the objective above</source>
        <translation>Die Karte zum Lernziel darüber verschieben</translation>
    </message>
    <message>
        <source>Move to Next Objecti&amp;ve</source>
        <translation>Zum näch&amp;sten Lernziel verschieben</translation>
    </message>
    <message>
        <source>Move the card to the objective below</source>
        <translation>Die Karte zum Lernziel darunter verschieben</translation>
    </message>
    <message>
        <source>&amp;Tool Catalogue…</source>
        <translation>&amp;Tool-Katalog…</translation>
    </message>
    <message>
        <source>The tools this project can use</source>
        <translation>Die Tools, die dieses Projekt verwenden kann</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>The selected objective&apos;s activities in three lanes</source>
        <translation>Die Aktivitäten des ausgewählten Lernziels in drei Spalten</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>All objectives and their lanes at once</source>
        <translation>Alle Lernziele und ihre Spalten auf einmal</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every key the studio knows</source>
        <translation>Alle Tastenkürzel des Studios</translation>
    </message>
    <message>
        <source>&amp;About Blendwise</source>
        <translation>Ü&amp;ber Blendwise</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Lernziele</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Blend</source>
        <translation>Blend</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Plan Preview</source>
        <translation>Planvorschau</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1[*] — Blendwise</source>
        <translation>%1[*] — Blendwise</translation>
    </message>
    <message>
        <source>1 objective</source>
        <translation>1 Lernziel</translation>
    </message>
    <message numerus="yes">
        <source>%n objectives</source>
        <translation>
            <numerusform>%n Lernziel</numerusform>
            <numerusform>%n Lernziele</numerusform>
        </translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation>1 Aktivität</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n Aktivität</numerusform>
            <numerusform>%n Aktivitäten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>About Blendwise</source>
        <translation>Über Blendwise</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Blendwise %1&lt;/h3&gt;&lt;p&gt;A course-design studio for blended learning: objectives first, activities placed before, in and after class, each with its social direction and the tool that carries it.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Blendwise %1&lt;/h3&gt;&lt;p&gt;Ein Kursdesign-Studio für Blended Learning: Lernziele zuerst, Aktivitäten vor, in und nach der Präsenz platziert, jede mit ihrer Richtung und dem Tool, das sie trägt.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL, Version 3 oder höher.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>See the printed pages before printing</source>
        <translation>Die gedruckten Seiten vor dem Drucken ansehen</translation>
    </message>
    <message>
        <source>&amp;Mark Version…</source>
        <translation>Version fest&amp;halten…</translation>
    </message>
    <message>
        <source>Keep the plan as it is now as a named version, e.g. what was sent to the client</source>
        <translation>Den aktuellen Stand des Plans als benannte Version festhalten, z. B. den Stand, der an den Auftraggeber ging</translation>
    </message>
    <message>
        <source>Mark Version</source>
        <translation>Version festhalten</translation>
    </message>
    <message>
        <source>Marked version “%1”. Save to keep it in the file.</source>
        <translation>Version „%1“ festgehalten. Speichern Sie, um sie in der Datei zu behalten.</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>Vers&amp;ionen…</translation>
    </message>
    <message>
        <source>Compare with, open, restore or remove the plan&apos;s named versions</source>
        <translation>Die benannten Versionen des Plans vergleichen, öffnen, wiederherstellen oder entfernen</translation>
    </message>
    <message>
        <source>Follow the &amp;system setting</source>
        <translation>Der &amp;Systemeinstellung folgen</translation>
    </message>
    <message>
        <source>Light or dark, as your desktop is set</source>
        <translation>Hell oder dunkel, je nach Einstellung Ihres Desktops</translation>
    </message>
    <message>
        <source>Always &amp;light</source>
        <translation>Immer &amp;hell</translation>
    </message>
    <message>
        <source>Dark text on a light background</source>
        <translation>Dunkle Schrift auf hellem Hintergrund</translation>
    </message>
    <message>
        <source>Always &amp;dark</source>
        <translation>Immer &amp;dunkel</translation>
    </message>
    <message>
        <source>Light text on a dark background</source>
        <translation>Helle Schrift auf dunklem Hintergrund</translation>
    </message>
    <message>
        <source>Day View</source>
        <translation>Tagesansicht</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Open Version</source>
        <translation>Version öffnen</translation>
    </message>
    <message>
        <source>version %1 of %2</source>
        <translation>Version %1 von %2</translation>
    </message>
    <message>
        <source>A version, read-only. File ▸ Save As starts a new project from it.</source>
        <translation>Eine Version, schreibgeschützt. Mit Datei ▸ Speichern unter beginnen Sie daraus ein neues Projekt.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>I&amp;mportieren…</translation>
    </message>
    <message>
        <source>Bring in a plan from a spreadsheet (CSV), CourseFlow, an ABC storyboard or Blendwise JSON</source>
        <translation>Einen Plan aus einer Tabelle (CSV), aus CourseFlow, einem ABC-Storyboard oder Blendwise-JSON importieren</translation>
    </message>
    <message>
        <source>&amp;Update from CSV…</source>
        <translation>&amp;Aus CSV aktualisieren…</translation>
    </message>
    <message>
        <source>Apply the changes made in a spreadsheet exported as CSV to this plan</source>
        <translation>Die Änderungen aus einer als CSV exportierten Tabelle in diesen Plan übernehmen</translation>
    </message>
    <message numerus="yes">
        <source>Updated from the spreadsheet: %n change(s). Undo takes them back.</source>
        <translation>
            <numerusform>Aus der Tabelle aktualisiert: %n Änderung. Mit „Rückgängig“ nehmen Sie sie zurück.</numerusform>
            <numerusform>Aus der Tabelle aktualisiert: %n Änderungen. Mit „Rückgängig“ nehmen Sie sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team Library &amp;Settings…</source>
        <translation>Einstellungen der Team&amp;bibliothek…</translation>
    </message>
    <message>
        <source>Where the team library is: a PostgreSQL service, or server, database and user</source>
        <translation>Wo die Teambibliothek liegt: ein PostgreSQL-Dienst oder Server, Datenbank und Benutzer</translation>
    </message>
    <message>
        <source>Pu&amp;blish to Team Library…</source>
        <translation>In Teambibliothek ve&amp;röffentlichen…</translation>
    </message>
    <message>
        <source>Publish this project as a template, its tools or activities as patterns</source>
        <translation>Dieses Projekt als Vorlage veröffentlichen, seine Tools oder seine Aktivitäten als Muster</translation>
    </message>
    <message>
        <source>Update from Team &amp;Library…</source>
        <translation>Aus Teambib&amp;liothek aktualisieren…</translation>
    </message>
    <message>
        <source>Take what changed in the team library since this project took its items</source>
        <translation>Übernehmen, was sich in der Teambibliothek geändert hat, seit dieses Projekt seine Einträge von dort bezogen hat</translation>
    </message>
    <message>
        <source>Updated from the team library. Undo takes it back.</source>
        <translation>Aus der Teambibliothek aktualisiert. Mit „Rückgängig“ nehmen Sie das zurück.</translation>
    </message>
    <message>
        <source>Apply Client Pro&amp;file…</source>
        <translation>Auftraggeberpr&amp;ofil anwenden…</translation>
    </message>
    <message>
        <source>Mark the tools a client provides or blocks, from the team library</source>
        <translation>Die Tools, die ein Auftraggeber bereitstellt oder sperrt, anhand der Teambibliothek markieren</translation>
    </message>
    <message>
        <source>Client profile applied. Undo takes it back.</source>
        <translation>Auftraggeberprofil angewendet. Mit „Rückgängig“ nehmen Sie das zurück.</translation>
    </message>
    <message>
        <source>New from &amp;Team Template…</source>
        <translation>Neu aus &amp;Teamvorlage…</translation>
    </message>
    <message>
        <source>Start a project from a template your team published in the team library</source>
        <translation>Ein Projekt aus einer Vorlage beginnen, die Ihr Team in der Teambibliothek veröffentlicht hat</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>“%1” is retired for the whole team: projects are offered its replacement in Update from Team Library.</source>
        <translation>„%1“ ist für das ganze Team eingestellt: Projekten wird der Ersatz unter „Aus Teambibliothek aktualisieren“ angeboten.</translation>
    </message>
    <message>
        <source>The system keychain did not give the team library&apos;s password: %1</source>
        <translation>Der Schlüsselbund des Systems hat das Passwort der Teambibliothek nicht herausgegeben: %1</translation>
    </message>
</context>
<context>
    <name>bw::ui::MarkVersionDialog</name>
    <message>
        <source>Mark Version</source>
        <translation>Version festhalten</translation>
    </message>
    <message>
        <source>Keeps the plan as it is now inside the project file, so that you can compare with it, show the client what changed since, or go back to it.</source>
        <translation>Hält den aktuellen Stand des Plans in der Projektdatei fest, damit Sie später damit vergleichen, dem Auftraggeber zeigen, was sich seitdem geändert hat, oder zu diesem Stand zurückkehren können.</translation>
    </message>
    <message>
        <source>e.g. 1.0 — sent to client</source>
        <translation>z. B. 1.0 — an den Auftraggeber gesendet</translation>
    </message>
    <message>
        <source>Version name</source>
        <translation>Versionsname</translation>
    </message>
    <message>
        <source>Starts with the version number that the cover shows, e.g. “1.1 — after the review”.</source>
        <translation>Beginnt mit der Versionsnummer auf dem Deckblatt, z. B. „1.1 — nach dem Review“.</translation>
    </message>
    <message>
        <source>Date of the version</source>
        <translation>Datum der Version</translation>
    </message>
    <message>
        <source>What this version is, who it went to, what the client asked for…</source>
        <translation>Was diese Version ist, an wen sie ging, was der Auftraggeber gewünscht hat …</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>&amp;Mark Version</source>
        <translation>Version fest&amp;halten</translation>
    </message>
</context>
<context>
    <name>bw::ui::NewProjectDialog</name>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Beginnen mit</translation>
    </message>
    <message>
        <source>Empty project</source>
        <translation>Leeres Projekt</translation>
    </message>
    <message>
        <source>Objectives and activities are yours to write; the tool catalogue starts with the built-in tools.</source>
        <translation>Lernziele und Aktivitäten schreiben Sie selbst; der Tool-Katalog beginnt mit den integrierten Tools.</translation>
    </message>
    <message>
        <source>Project title</source>
        <translation>Projekttitel</translation>
    </message>
    <message>
        <source>e.g. Measuring risk in international projects</source>
        <translation>z. B. Risiken in internationalen Projekten messen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Beginnen mit:</translation>
    </message>
</context>
<context>
    <name>bw::ui::ObjectiveDelegate</name>
    <message>
        <source>1 activity</source>
        <translation>1 Aktivität</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n Aktivität</numerusform>
            <numerusform>%n Aktivitäten</numerusform>
        </translation>
    </message>
    <message>
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>(no statement)</source>
        <translation>(keine Formulierung)</translation>
    </message>
    <message>
        <source>Objective statement</source>
        <translation>Formulierung des Lernziels</translation>
    </message>
    <message>
        <source>Be able to …</source>
        <translation>In der Lage sein, …</translation>
    </message>
</context>
<context>
    <name>bw::ui::ObjectiveInspector</name>
    <message>
        <source>Objective inspector</source>
        <translation>Lernziel-Inspektor</translation>
    </message>
    <message>
        <source>What learners will be able to do, e.g. “Pitch the product in three minutes”</source>
        <translation>Was die Lernenden können werden, z. B. „Das Produkt in drei Minuten präsentieren“</translation>
    </message>
    <message>
        <source>&amp;Statement:</source>
        <translation>&amp;Formulierung:</translation>
    </message>
    <message>
        <source>The objective, starting with a verb that can be observed. Shown on the board and in the plan.</source>
        <translation>Das Lernziel, beginnend mit einem beobachtbaren Verb. Wird auf dem Board und im Plan angezeigt.</translation>
    </message>
    <message>
        <source>How you will know it is reached, e.g. “Scores 3 of 4 on the pitch rubric”</source>
        <translation>Woran Sie erkennen, dass es erreicht ist, z. B. „Erreicht 3 von 4 Punkten im Bewertungsraster für den Pitch“</translation>
    </message>
    <message>
        <source>Success &amp;measure:</source>
        <translation>&amp;Erfolgsmaßstab:</translation>
    </message>
    <message>
        <source>How success is measured; the plan shows it next to the objective.</source>
        <translation>Wie der Erfolg gemessen wird; der Plan zeigt es neben dem Lernziel.</translation>
    </message>
    <message>
        <source>e.g. Pitch rubric, final quiz, observation grid</source>
        <translation>z. B. Bewertungsraster für den Pitch, Abschlussquiz, Beobachtungsbogen</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrument:</translation>
    </message>
    <message>
        <source>The name of the assessment instrument that measures the objective.</source>
        <translation>Der Name des Bewertungsinstruments, mit dem das Lernziel gemessen wird.</translation>
    </message>
    <message>
        <source>Assessment instrument</source>
        <translation>Bewertungsinstrument</translation>
    </message>
    <message>
        <source>What the instrument checks and how it is used</source>
        <translation>Was das Instrument prüft und wie es eingesetzt wird</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>What the assessment instrument checks, who uses it and when.</source>
        <translation>Was das Bewertungsinstrument prüft, wer es einsetzt und wann.</translation>
    </message>
    <message>
        <source>Instrument description</source>
        <translation>Beschreibung des Instruments</translation>
    </message>
    <message>
        <source>A&amp;ttach file…</source>
        <translation>Datei &amp;anhängen…</translation>
    </message>
    <message>
        <source>Store a file in the project, e.g. the rubric as PDF or DOCX (at most 16 MiB)</source>
        <translation>Eine Datei im Projekt speichern, z. B. das Bewertungsraster als PDF oder DOCX (höchstens 16 MiB)</translation>
    </message>
    <message>
        <source>Sa&amp;ve a copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>Save the attached file to a folder of your choice</source>
        <translation>Die angehängte Datei in einem Ordner Ihrer Wahl speichern</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Remove the attached file from the project</source>
        <translation>Die angehängte Datei aus dem Projekt entfernen</translation>
    </message>
    <message>
        <source>Remove the attached file</source>
        <translation>Angehängte Datei entfernen</translation>
    </message>
    <message>
        <source>Attached &amp;file:</source>
        <translation>Angehängte &amp;Datei:</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Angehängte Datei</translation>
    </message>
    <message>
        <source>Anything the team should know about this objective</source>
        <translation>Alles, was das Team über dieses Lernziel wissen sollte</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>A&amp;nmerkungen:</translation>
    </message>
    <message>
        <source>Notes about the objective, printed in the plan.</source>
        <translation>Anmerkungen zum Lernziel; werden im Plan gedruckt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Keine Datei angehängt</translation>
    </message>
    <message>
        <source>Attach File</source>
        <translation>Datei anhängen</translation>
    </message>
    <message>
        <source>“%1” is %2, larger than the 16 MiB a project can hold for one file. Attach a smaller file, e.g. the rubric saved as PDF without embedded images.</source>
        <translation>„%1“ ist %2 groß und damit größer als die 16 MiB, die ein Projekt für eine einzelne Datei aufnehmen kann. Hängen Sie eine kleinere Datei an, z. B. das Bewertungsraster als PDF ohne eingebettete Bilder.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is larger than 16 MiB.</source>
        <translation>„%1“ ist größer als 16 MiB.</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.odt *.xlsx *.pptx *.txt);;All files (*)</source>
        <translation>Dokumente (*.pdf *.docx *.doc *.odt *.xlsx *.pptx *.txt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>bw::ui::ObjectiveListModel</name>
    <message>
        <source>%1
Measured by: %2</source>
        <translation>%1
Gemessen durch: %2</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Lernziel</translation>
    </message>
</context>
<context>
    <name>bw::ui::ObjectivesPanel</name>
    <message>
        <source>Objective actions</source>
        <translation>Lernziel-Aktionen</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Lernziele</translation>
    </message>
    <message>
        <source>No objectives yet.
Press Ctrl+Shift+N to write the first one: what should learners be able to do afterwards?</source>
        <translation>Noch keine Lernziele.
Drücken Sie Strg+Umschalt+N, um das erste zu schreiben: Was sollen die Lernenden danach können?</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>Neues Lernziel</translation>
    </message>
</context>
<context>
    <name>bw::ui::OffsetSpinBox</name>
    <message>
        <source>Same day</source>
        <translation>Am selben Tag</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 Tag vorher</translation>
    </message>
    <message>
        <source>1 day after</source>
        <translation>1 Tag danach</translation>
    </message>
    <message>
        <source>%1 days before</source>
        <translation>%1 Tage vorher</translation>
    </message>
    <message>
        <source>%1 days after</source>
        <translation>%1 Tage danach</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
</context>
<context>
    <name>bw::ui::OverviewDelegate</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>bw::ui::PatternsPanel</name>
    <message>
        <source>Search patterns (title, instructions, tool)</source>
        <translation>Muster suchen (Titel, Anleitung, Tool)</translation>
    </message>
    <message>
        <source>Search patterns</source>
        <translation>Muster suchen</translation>
    </message>
    <message>
        <source>Activity patterns</source>
        <translation>Aktivitätsmuster</translation>
    </message>
    <message>
        <source>&amp;Add to Board</source>
        <translation>Zum Board &amp;hinzufügen</translation>
    </message>
    <message>
        <source>No team library is set up: Edit ▸ Team Library Settings…</source>
        <translation>Keine Teambibliothek eingerichtet: Bearbeiten ▸ Einstellungen der Teambibliothek…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche…</translation>
    </message>
    <message>
        <source>Team library offline: %1</source>
        <translation>Teambibliothek offline: %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>No pattern matches.</source>
        <translation>Kein Muster passt.</translation>
    </message>
    <message>
        <source>1 pattern</source>
        <translation>1 Muster</translation>
    </message>
    <message>
        <source>%1 patterns</source>
        <translation>%1 Muster</translation>
    </message>
    <message>
        <source>Select an objective first: the pattern joins its board.</source>
        <translation>Wählen Sie zuerst ein Lernziel: Das Muster kommt auf sein Board.</translation>
    </message>
    <message>
        <source>Add pattern “%1”</source>
        <translation>Muster „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>“%1” added to the board.</source>
        <translation>„%1“ zum Board hinzugefügt.</translation>
    </message>
    <message>
        <source>Drag a pattern onto a lane of the board, or press Enter to add it</source>
        <translation>Ziehen Sie ein Muster auf eine Spalte der Tafel, oder drücken Sie die Eingabetaste, um es hinzuzufügen</translation>
    </message>
    <message>
        <source>The team library has no patterns yet: File ▸ Publish to Team Library… adds activities as patterns.</source>
        <translation>Die Teambibliothek enthält noch keine Muster: Datei ▸ In Teambibliothek veröffentlichen… fügt Aktivitäten als Muster hinzu.</translation>
    </message>
</context>
<context>
    <name>bw::ui::PlanPreview</name>
    <message>
        <source>Plan preview</source>
        <translation>Planvorschau</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom out (%1)</source>
        <translation>Verkleinern (%1)</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in (%1)</source>
        <translation>Vergrößern (%1)</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>An Breite anpassen</translation>
    </message>
    <message>
        <source>Fit the page to the panel&apos;s width (%1)</source>
        <translation>Die Seite an die Breite des Bereichs anpassen (%1)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>bw::ui::PlanPrinter</name>
    <message>
        <source>Print Preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Die Seiten werden gesetzt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Laying out the pages… (%1)</source>
        <translation>Die Seiten werden gesetzt… (%1)</translation>
    </message>
</context>
<context>
    <name>bw::ui::ProjectPropertiesDialog</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected %1</source>
        <translation>Ausgewählte(n) %1 entfernen</translation>
    </message>
    <message>
        <source>Move the selected %1 up</source>
        <translation>Ausgewählte(n) %1 nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the selected %1 down</source>
        <translation>Ausgewählte(n) %1 nach unten verschieben</translation>
    </message>
    <message>
        <source>Project Properties</source>
        <translation>Projekteigenschaften</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Brand</source>
        <translation>&amp;Markenauftritt</translation>
    </message>
    <message>
        <source>In-class &amp;moments</source>
        <translation>&amp;Präsenztermine</translation>
    </message>
    <message>
        <source>&amp;Community</source>
        <translation>&amp;Community</translation>
    </message>
    <message>
        <source>&amp;Evaluation</source>
        <translation>&amp;Evaluation</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>The programme&apos;s title, on the cover of the plan.</source>
        <translation>Der Titel des Programms, auf dem Deckblatt des Plans.</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>A&amp;uftraggeber:</translation>
    </message>
    <message>
        <source>The client or organisation the plan is for.</source>
        <translation>Der Auftraggeber oder die Organisation, für die der Plan bestimmt ist.</translation>
    </message>
    <message>
        <source>A&amp;udience:</source>
        <translation>&amp;Zielgruppe:</translation>
    </message>
    <message>
        <source>Who the learners are.</source>
        <translation>Wer die Lernenden sind.</translation>
    </message>
    <message>
        <source>Who designed the plan.</source>
        <translation>Wer den Plan gestaltet hat.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>A few sentences that open the plan document.</source>
        <translation>Einige Sätze, die das Plandokument einleiten.</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>Zusammen&amp;fassung:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language the plan document is written in.</source>
        <translation>Die Sprache, in der das Plandokument verfasst ist.</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Plan &amp;version:</source>
        <translation>Plan&amp;version:</translation>
    </message>
    <message>
        <source>The version of the plan, shown on the cover (e.g. 1.0, 2.1 draft).</source>
        <translation>Die Version des Plans, auf dem Deckblatt angezeigt (z. B. 1.0, 2.1 Entwurf).</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Logo-Vorschau</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Choose a PNG or SVG logo for the cover and the header of the plan</source>
        <translation>Wählen Sie ein PNG- oder SVG-Logo für das Deckblatt und die Kopfzeile des Plans</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Print the plan without a logo</source>
        <translation>Den Plan ohne Logo drucken</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>The colour of headings and rules in the plan document</source>
        <translation>Die Farbe von Überschriften und Linien im Plandokument</translation>
    </message>
    <message>
        <source>&amp;Accent colour:</source>
        <translation>A&amp;kzentfarbe:</translation>
    </message>
    <message>
        <source>e.g. Confidential — prepared for the client</source>
        <translation>z. B. Vertraulich – erstellt für den Auftraggeber</translation>
    </message>
    <message>
        <source>Footer text</source>
        <translation>Fußzeilentext</translation>
    </message>
    <message>
        <source>Printed at the foot of every page of the plan.</source>
        <translation>Wird unten auf jeder Seite des Plans gedruckt.</translation>
    </message>
    <message>
        <source>&amp;Footer text:</source>
        <translation>&amp;Fußzeilentext:</translation>
    </message>
    <message>
        <source>The times learners are together, face-to-face or online. Activities before and after class are due relative to these.</source>
        <translation>Die Zeiten, in denen die Lernenden zusammen sind, in Präsenz oder online. Fälligkeiten von Aktivitäten vor und nach der Präsenz richten sich nach diesen Terminen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Place or link</source>
        <translation>Ort oder Link</translation>
    </message>
    <message>
        <source>In-class moments</source>
        <translation>Präsenztermine</translation>
    </message>
    <message>
        <source>Class session %1</source>
        <translation>Präsenzsitzung %1</translation>
    </message>
    <message>
        <source>moment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Person or function</source>
        <translation>Person oder Funktion</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Community roles</source>
        <translation>Community-Rollen</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Rules of use (one per line)</source>
        <translation>Nutzungsregeln (eine pro Zeile)</translation>
    </message>
    <message>
        <source>Rules of use, one per line</source>
        <translation>Nutzungsregeln, eine pro Zeile</translation>
    </message>
    <message>
        <source>e.g. Post in the group, not by private message</source>
        <translation>z. B. In der Gruppe posten, nicht per Privatnachricht</translation>
    </message>
    <message>
        <source>Sub-groups</source>
        <translation>Untergruppen</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Lernziel</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>sub-group</source>
        <translation>Untergruppe</translation>
    </message>
    <message>
        <source>Evaluation plan</source>
        <translation>Evaluationsplan</translation>
    </message>
    <message>
        <source>How the programme&apos;s effect is measured: reaction, learning, behaviour, results</source>
        <translation>Wie die Wirkung des Programms gemessen wird: Reaktion, Lernen, Verhalten, Ergebnisse</translation>
    </message>
    <message>
        <source>Evaluation &amp;plan:</source>
        <translation>Evaluations&amp;plan:</translation>
    </message>
    <message>
        <source> tools</source>
        <translation> Tools</translation>
    </message>
    <message>
        <source>Most different tools before the advisor warns</source>
        <translation>Höchstzahl verschiedener Tools, bevor der Design-Berater warnt</translation>
    </message>
    <message>
        <source>The design advisor warns when the plan uses more different tools than this.</source>
        <translation>Der Design-Berater warnt, wenn der Plan mehr verschiedene Tools verwendet als hier angegeben.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Accent colour %1</source>
        <translation>Akzentfarbe %1</translation>
    </message>
    <message>
        <source>Choose Logo</source>
        <translation>Logo auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.svg)</source>
        <translation>Bilder (*.png *.svg)</translation>
    </message>
    <message>
        <source>“%1” is larger than 2 MB. Use a smaller PNG or an SVG.</source>
        <translation>„%1“ ist größer als 2 MB. Verwenden Sie ein kleineres PNG oder ein SVG.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is not a PNG or SVG image that Blendwise can read.</source>
        <translation>„%1“ ist kein PNG- oder SVG-Bild, das Blendwise lesen kann.</translation>
    </message>
    <message>
        <source>Accent Colour</source>
        <translation>Akzentfarbe</translation>
    </message>
    <message>
        <source>Give the project a title; it heads the plan&apos;s cover.</source>
        <translation>Geben Sie dem Projekt einen Titel; er steht oben auf dem Deckblatt des Plans.</translation>
    </message>
    <message>
        <source>In-class moment %1 needs a name.</source>
        <translation>Präsenztermin %1 benötigt einen Namen.</translation>
    </message>
    <message>
        <source>In-class moment “%1” needs a start date and time.</source>
        <translation>Präsenztermin „%1“ benötigt ein Startdatum und eine Startzeit.</translation>
    </message>
    <message>
        <source>In-class moment “%1” must last at least one minute.</source>
        <translation>Präsenztermin „%1“ muss mindestens eine Minute dauern.</translation>
    </message>
    <message>
        <source>Role %1 is empty: say who takes it or what they do, or remove it.</source>
        <translation>Rolle %1 ist leer: Geben Sie an, wer sie übernimmt oder was die Person tut, oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Sub-group %1 needs a name.</source>
        <translation>Untergruppe %1 benötigt einen Namen.</translation>
    </message>
    <message>
        <source>Sub-group “%1” cannot have fewer than zero members.</source>
        <translation>Untergruppe „%1“ kann nicht weniger als null Mitglieder haben.</translation>
    </message>
    <message>
        <source>Edit project properties</source>
        <translation>Projekteigenschaften bearbeiten</translation>
    </message>
    <message>
        <source>The project is read-only: use Save As to keep changes</source>
        <translation>Das Projekt ist schreibgeschützt: Verwenden Sie „Speichern unter“, um Änderungen zu behalten</translation>
    </message>
    <message>
        <source>In-class moment “%1” cannot last more than %2 minutes.</source>
        <translation>Präsenztermin „%1“ kann nicht länger als %2 Minuten dauern.</translation>
    </message>
    <message>
        <source>In-class moment “%1” must start between the years %2 and %3.</source>
        <translation>Präsenztermin „%1“ muss zwischen den Jahren %2 und %3 beginnen.</translation>
    </message>
    <message>
        <source>Sub-group “%1” cannot have more than %2 members.</source>
        <translation>Untergruppe „%1“ kann nicht mehr als %2 Mitglieder haben.</translation>
    </message>
    <message>
        <source>Aut&amp;hor:</source>
        <translation>Auto&amp;r:</translation>
    </message>
    <message>
        <source>%1 (not translated)</source>
        <translation>%1 (nicht übersetzt)</translation>
    </message>
    <message>
        <source>Other kind</source>
        <translation>Andere Art</translation>
    </message>
    <message>
        <source>The name of the kind when the role is of another kind, e.g. Sponsor</source>
        <translation>Die Bezeichnung der Art, wenn die Rolle von anderer Art ist, z. B. Sponsor</translation>
    </message>
    <message>
        <source>Warn when the plan uses &amp;more than:</source>
        <translation>&amp;Warnen bei mehr als:</translation>
    </message>
    <message>
        <source>The designer&apos;s name for this kind of role, e.g. Sponsor</source>
        <translation>Ihre eigene Bezeichnung für diese Rollenart, z. B. Sponsor</translation>
    </message>
    <message>
        <source>Choose “%1” as the role to name a kind of your own</source>
        <translation>Wählen Sie „%1“ als Rolle, um eine eigene Art zu benennen</translation>
    </message>
    <message>
        <source>Role %1 is of another kind: name the kind, e.g. Sponsor.</source>
        <translation>Rolle %1 ist von anderer Art: Benennen Sie die Art, z. B. Sponsor.</translation>
    </message>
</context>
<context>
    <name>bw::ui::ProjectSession</name>
    <message>
        <source>Could not write the recovery copy: %1</source>
        <translation>Die Wiederherstellungskopie konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them before going on?</source>
        <translation>„%1“ enthält ungespeicherte Änderungen. Vor dem Fortfahren speichern?</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Blendwise projects (*.blendwise);;All files (*)</source>
        <translation>Blendwise-Projekte (*.blendwise);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>another Blendwise window</source>
        <translation>einem anderen Blendwise-Fenster</translation>
    </message>
    <message>
        <source>Project Already Open</source>
        <translation>Projekt bereits geöffnet</translation>
    </message>
    <message>
        <source>“%1” is being edited in %2. Open it read-only? You can still save a copy under another name with Save As.</source>
        <translation>„%1“ wird gerade in %2 bearbeitet. Schreibgeschützt öffnen? Mit „Speichern unter“ können Sie trotzdem eine Kopie unter einem anderen Namen speichern.</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The file is write-protected: opened read-only. Use Save As to keep changes.</source>
        <translation>Die Datei ist schreibgeschützt und wurde schreibgeschützt geöffnet. Verwenden Sie „Speichern unter“, um Änderungen zu behalten.</translation>
    </message>
    <message>
        <source>Opened a project from an older Blendwise; saving will upgrade the file.</source>
        <translation>Projekt aus einer älteren Blendwise-Version geöffnet; beim Speichern wird die Datei aktualisiert.</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Blendwise projects (*.blendwise)</source>
        <translation>Blendwise-Projekte (*.blendwise)</translation>
    </message>
    <message>
        <source>Cannot Save Project</source>
        <translation>Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>“%1” is open in another Blendwise window; saving here would overwrite its work. Choose another name.</source>
        <translation>„%1“ ist in einem anderen Blendwise-Fenster geöffnet; Speichern an dieser Stelle würde dessen Arbeit überschreiben. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Cannot Recover</source>
        <translation>Wiederherstellung nicht möglich</translation>
    </message>
    <message>
        <source>Recovered unsaved work. Save to keep it.</source>
        <translation>Ungespeicherte Arbeit wiederhergestellt. Speichern Sie, um sie zu behalten.</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>weniger als einer Minute</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is already open in another window of this Blendwise; that window was brought to the front.</source>
        <translation>„%1“ ist bereits in einem anderen Fenster dieser Blendwise-Instanz geöffnet; dieses Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>unbekannter Zeit</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Project Locked on Another Computer</source>
        <translation>Projekt auf einem anderen Computer gesperrt</translation>
    </message>
    <message>
        <source>“%1” is locked by Blendwise on the computer “%2” (user %3, process %4) for %5.

If that studio crashed, you can take the project over. If it is in fact still open there, taking over means both of you edit the file and one will overwrite the other&apos;s work.

Open it read-only instead, or take it over?</source>
        <translation>„%1“ ist seit %5 von Blendwise auf dem Computer „%2“ gesperrt (Benutzer %3, Prozess %4).

Falls das Studio dort abgestürzt ist, können Sie das Projekt übernehmen. Ist es dort tatsächlich noch geöffnet, bearbeiten nach der Übernahme Sie beide die Datei, und einer überschreibt die Arbeit des anderen.

Stattdessen schreibgeschützt öffnen oder übernehmen?</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>&amp;Take Over</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Cannot Take Over</source>
        <translation>Übernahme nicht möglich</translation>
    </message>
    <message>
        <source>The lock on “%1” is still held by a running process; it was not broken.</source>
        <translation>Die Sperre von „%1“ wird noch von einem laufenden Prozess gehalten; sie wurde nicht aufgehoben.</translation>
    </message>
    <message>
        <source>another Blendwise window (process %1 of %2 on %3, for %4)</source>
        <translation>einem anderen Blendwise-Fenster (Prozess %1, Benutzer %2, Computer %3, seit %4)</translation>
    </message>
    <message>
        <source>“%1” is already open in this window.</source>
        <translation>„%1“ ist bereits in diesem Fenster geöffnet.</translation>
    </message>
    <message>
        <source>Recovered older work as an untitled project: “%1” was saved after this copy and stays as it is.</source>
        <translation>Ältere Arbeit als unbenanntes Projekt wiederhergestellt: „%1“ wurde nach dieser Kopie gespeichert und bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>bw::ui::PublishDialog</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>Zeitpunkt unbekannt</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>Changed by %1 at %2 since you read it.</source>
        <translation>%1 hat den Eintrag geändert (%2), seit Sie ihn gelesen haben.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Often blocked</source>
        <translation>Oft gesperrt</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Eingestellt</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Ersatz</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <source>Publish the project as a &amp;template</source>
        <translation>Das Projekt als Vor&amp;lage veröffentlichen</translation>
    </message>
    <message>
        <source>Publish to Team Library</source>
        <translation>In Teambibliothek veröffentlichen</translation>
    </message>
    <message>
        <source>(untitled activity)</source>
        <translation>(unbenannte Aktivität)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Activities to publish as &amp;patterns:</source>
        <translation>Als &amp;Muster zu veröffentlichende Aktivitäten:</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>Ver&amp;gleichen…</translation>
    </message>
    <message>
        <source>Library&apos;s version and yours</source>
        <translation>Version der Bibliothek und Ihre Version</translation>
    </message>
    <message>
        <source>%1%2 — library: %3 — yours: %4</source>
        <translation>%1%2 — Bibliothek: %3 — Ihre Version: %4</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Geben Sie der Vorlage einen Namen.</translation>
    </message>
    <message>
        <source>Choose what to publish.</source>
        <translation>Wählen Sie, was veröffentlicht werden soll.</translation>
    </message>
    <message>
        <source>No team library is set up (Edit ▸ Team Library Settings…).</source>
        <translation>Keine Teambibliothek eingerichtet (Bearbeiten ▸ Einstellungen der Teambibliothek).</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Wird veröffentlicht…</translation>
    </message>
    <message>
        <source>“%1” was not published: %2 Compare the two versions, or Close to keep yours here.</source>
        <translation>„%1“ wurde nicht veröffentlicht: %2 Vergleichen Sie die beiden Versionen, oder wählen Sie „Schließen“, um Ihre Version hier zu behalten.</translation>
    </message>
    <message>
        <source>Your library role may not publish: that needs the editor role (blendwise_editor). %1</source>
        <translation>Ihre Bibliotheksrolle darf nicht veröffentlichen: Dafür ist die Editor-Rolle (blendwise_editor) nötig. %1</translation>
    </message>
    <message>
        <source>The team library is offline: nothing was published. %1</source>
        <translation>Die Teambibliothek ist offline: Es wurde nichts veröffentlicht. %1</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Nicht veröffentlicht: %1</translation>
    </message>
    <message>
        <source>Publish the project&apos;s one &amp;tool</source>
        <translation>Das &amp;Tool des Projekts veröffentlichen</translation>
    </message>
    <message>
        <source>Publish the project&apos;s %1 &amp;tools</source>
        <translation>Die %1 &amp;Tools des Projekts veröffentlichen</translation>
    </message>
    <message>
        <source>Published 1 item to the team library.</source>
        <translation>1 Eintrag in der Teambibliothek veröffentlicht.</translation>
    </message>
    <message>
        <source>Published %1 items to the team library.</source>
        <translation>%1 Einträge in der Teambibliothek veröffentlicht.</translation>
    </message>
</context>
<context>
    <name>bw::ui::RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt verwendeten Projekte</translation>
    </message>
    <message>
        <source>Clear Recent Projects</source>
        <translation>Liste der zuletzt verwendeten Projekte leeren</translation>
    </message>
</context>
<context>
    <name>bw::ui::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Recovery copies</source>
        <translation>Wiederherstellungskopien</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Open the selected copy; Save writes it to its original file</source>
        <translation>Die ausgewählte Kopie öffnen; Speichern schreibt sie in ihre ursprüngliche Datei</translation>
    </message>
    <message>
        <source>Delete the selected copy for good</source>
        <translation>Die ausgewählte Kopie endgültig löschen</translation>
    </message>
    <message>
        <source>Keep the copies and decide at the next start</source>
        <translation>Die Kopien behalten und beim nächsten Start entscheiden</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Unbenanntes Projekt</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>nie gespeichert</translation>
    </message>
    <message>
        <source>%1
%2 — copy of %3</source>
        <translation>%1
%2 – Kopie von %3</translation>
    </message>
    <message>
        <source>Blendwise did not close normally last time. These copies of unsaved work were kept. Recover one to continue where you left off; your project file has not been changed. A copy older than its file is marked: its file holds newer work.</source>
        <translation>Blendwise wurde beim letzten Mal nicht normal beendet. Diese Kopien ungespeicherter Arbeit wurden aufbewahrt. Stellen Sie eine wieder her, um dort weiterzuarbeiten, wo Sie aufgehört haben; Ihre Projektdatei wurde nicht verändert. Eine Kopie, die älter als ihre Datei ist, ist markiert: Die Datei enthält neuere Arbeit.</translation>
    </message>
    <message>
        <source>The file was saved after this copy (%1) and holds newer work. Recover opens this copy as an untitled project.</source>
        <translation>Die Datei wurde nach dieser Kopie (%1) gespeichert und enthält neuere Arbeit. „Wiederherstellen“ öffnet diese Kopie als unbenanntes Projekt.</translation>
    </message>
    <message>
        <source>The file already holds this work.</source>
        <translation>Die Datei enthält diese Arbeit bereits.</translation>
    </message>
    <message>
        <source>The file is no longer there; this copy is the only one.</source>
        <translation>Die Datei ist nicht mehr vorhanden; diese Kopie ist die einzige.</translation>
    </message>
</context>
<context>
    <name>bw::ui::RetireToolDialog</name>
    <message>
        <source>Retire “%1” in the Team Library</source>
        <translation>„%1“ in der Teambibliothek einstellen</translation>
    </message>
    <message>
        <source>Retire “%1” for the whole team. Every project that uses it is offered the replacement in Update from Team Library, and the advisor points at it. This project is not changed here.</source>
        <translation>„%1“ für das ganze Team einstellen. Jedem Projekt, das es verwendet, wird unter „Aus Teambibliothek aktualisieren“ der Ersatz angeboten, und der Berater weist darauf hin. Dieses Projekt wird hier nicht geändert.</translation>
    </message>
    <message>
        <source>&amp;Replace with:</source>
        <translation>&amp;Ersetzen durch:</translation>
    </message>
    <message>
        <source>Re&amp;tire for the Team</source>
        <translation>Für das Team ein&amp;stellen</translation>
    </message>
    <message>
        <source>Asking the team library…</source>
        <translation>Teambibliothek wird abgefragt…</translation>
    </message>
    <message>
        <source>The team library is offline: nothing can be retired now.</source>
        <translation>Die Teambibliothek ist offline: Jetzt kann nichts eingestellt werden.</translation>
    </message>
    <message>
        <source>The team library could not be read: %1</source>
        <translation>Die Teambibliothek konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Only a team library admin can retire a tool for the whole team. Ask your library&apos;s admin, or use Publish to Team Library for your own changes.</source>
        <translation>Nur ein Administrator der Teambibliothek kann ein Tool für das ganze Team einstellen. Fragen Sie den Administrator Ihrer Bibliothek, oder verwenden Sie „In Teambibliothek veröffentlichen“ für Ihre eigenen Änderungen.</translation>
    </message>
    <message>
        <source>(no replacement)</source>
        <translation>(kein Ersatz)</translation>
    </message>
    <message>
        <source>Retiring “%1”…</source>
        <translation>„%1“ wird eingestellt…</translation>
    </message>
    <message>
        <source>The library refused: only its admin can retire a tool (%1).</source>
        <translation>Die Bibliothek hat abgelehnt: Nur ihr Administrator kann ein Tool einstellen (%1).</translation>
    </message>
    <message>
        <source>The team library went offline: “%1” was not retired. Try again later.</source>
        <translation>Die Teambibliothek ist offline gegangen: „%1“ wurde nicht eingestellt. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>“%1” was not retired: %2</source>
        <translation>„%1“ wurde nicht eingestellt: %2</translation>
    </message>
</context>
<context>
    <name>bw::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Objectives list</source>
        <translation>Lernzielliste</translation>
    </message>
    <message>
        <source>Add an objective after the selected one</source>
        <translation>Ein Lernziel nach dem ausgewählten hinzufügen</translation>
    </message>
    <message>
        <source>Edit the statement in place</source>
        <translation>Die Formulierung direkt bearbeiten</translation>
    </message>
    <message>
        <source>Delete the objective</source>
        <translation>Das Lernziel löschen</translation>
    </message>
    <message>
        <source>Move the objective up / down</source>
        <translation>Das Lernziel nach oben / unten verschieben</translation>
    </message>
    <message>
        <source>Select the previous / next objective</source>
        <translation>Das vorherige / nächste Lernziel auswählen</translation>
    </message>
    <message>
        <source>Activity board</source>
        <translation>Aktivitäten-Board</translation>
    </message>
    <message>
        <source>Previous / next card in the lane</source>
        <translation>Vorherige / nächste Karte in der Spalte</translation>
    </message>
    <message>
        <source>Go to the lane on the left / right</source>
        <translation>Zur Spalte links / rechts wechseln</translation>
    </message>
    <message>
        <source>Add an activity in the focused lane</source>
        <translation>Eine Aktivität in der fokussierten Spalte hinzufügen</translation>
    </message>
    <message>
        <source>Edit the card&apos;s title in place</source>
        <translation>Den Titel der Karte direkt bearbeiten</translation>
    </message>
    <message>
        <source>Open the card in the inspector</source>
        <translation>Die Karte im Inspektor öffnen</translation>
    </message>
    <message>
        <source>Delete the card</source>
        <translation>Die Karte löschen</translation>
    </message>
    <message>
        <source>Move the card up / down in its lane</source>
        <translation>Die Karte in ihrer Spalte nach oben / unten verschieben</translation>
    </message>
    <message>
        <source>Move the card to the previous / next phase</source>
        <translation>Die Karte in die vorherige / nächste Phase verschieben</translation>
    </message>
    <message>
        <source>Move the card to the previous / next objective</source>
        <translation>Die Karte zum vorherigen / nächsten Lernziel verschieben</translation>
    </message>
    <message>
        <source>Drag a card: reorder, change phase, or drop it on another objective</source>
        <translation>Karte ziehen: neu anordnen, Phase wechseln oder auf einem anderen Lernziel ablegen</translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation>Maus</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Direction: one-to-many / many-to-one / many-to-many</source>
        <translation>Richtung: Einer an viele / Viele an einen / Viele mit vielen</translation>
    </message>
    <message>
        <source>Back to the card on the board</source>
        <translation>Zurück zur Karte auf dem Board</translation>
    </message>
    <message>
        <source>Tool picker: open the ranked list</source>
        <translation>Tool-Auswahl: Rangliste öffnen</translation>
    </message>
    <message>
        <source>Tool picker: take the best match / restore the tool</source>
        <translation>Tool-Auswahl: beste Übereinstimmung übernehmen / Tool wiederherstellen</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Move between panels</source>
        <translation>Zwischen Bereichen wechseln</translation>
    </message>
</context>
<context>
    <name>bw::ui::TeamTemplateDialog</name>
    <message>
        <source>New from Team Template</source>
        <translation>Neu aus Teamvorlage</translation>
    </message>
    <message>
        <source>&amp;Templates in the team library:</source>
        <translation>&amp;Vorlagen in der Teambibliothek:</translation>
    </message>
    <message>
        <source>Reading the team library…</source>
        <translation>Teambibliothek wird gelesen…</translation>
    </message>
    <message>
        <source>The team library cannot be read: %1</source>
        <translation>Die Teambibliothek kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1
published by %2, %3</source>
        <translation>%1
veröffentlicht von %2, %3</translation>
    </message>
    <message>
        <source>%1 — %2
published by %3, %4</source>
        <translation>%1 — %2
veröffentlicht von %3, %4</translation>
    </message>
    <message>
        <source>The team library holds no templates yet. File ▸ Publish to Team Library… publishes a project as one.</source>
        <translation>Die Teambibliothek enthält noch keine Vorlagen. Datei ▸ In Teambibliothek veröffentlichen… veröffentlicht ein Projekt als Vorlage.</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>„%1“ wird geöffnet…</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>“%1” is no longer in the team library.</source>
        <translation>„%1“ ist nicht mehr in der Teambibliothek.</translation>
    </message>
</context>
<context>
    <name>bw::ui::ToolCatalogueDialog</name>
    <message>
        <source>Tool Catalogue</source>
        <translation>Tool-Katalog</translation>
    </message>
    <message>
        <source>Search tools</source>
        <translation>Tools durchsuchen</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Nach Typ filtern</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>Tools of the project</source>
        <translation>Tools des Projekts</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a new tool to the project&apos;s catalogue</source>
        <translation>Ein neues Tool zum Katalog des Projekts hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected tool (or press Enter, or double-click it)</source>
        <translation>Das ausgewählte Tool bearbeiten (oder Eingabe drücken oder doppelklicken)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Remove the selected tool; activities that use it are left without a tool</source>
        <translation>Das ausgewählte Tool entfernen; Aktivitäten, die es verwenden, bleiben ohne Tool</translation>
    </message>
    <message>
        <source>Add from &amp;built-in catalogue…</source>
        <translation>Aus dem &amp;integrierten Katalog hinzufügen…</translation>
    </message>
    <message>
        <source>Add tools from Blendwise&apos;s catalogue that this project does not have yet</source>
        <translation>Tools aus dem Blendwise-Katalog hinzufügen, die dieses Projekt noch nicht hat</translation>
    </message>
    <message>
        <source>Every tool of the built-in catalogue is already in this project</source>
        <translation>Alle Tools des integrierten Katalogs sind bereits in diesem Projekt</translation>
    </message>
    <message>
        <source>“%1” is used by 1 activity, which will be left without a tool.</source>
        <translation>„%1“ wird von 1 Aktivität verwendet, die dann ohne Tool bleibt.</translation>
    </message>
    <message>
        <source>“%1” is used by %2 activities, which will be left without a tool.</source>
        <translation>„%1“ wird von %2 Aktivitäten verwendet, die dann ohne Tool bleiben.</translation>
    </message>
    <message>
        <source>Delete Tool</source>
        <translation>Tool löschen</translation>
    </message>
    <message>
        <source>You can undo this with Undo.</source>
        <translation>Sie können dies mit „Rückgängig“ rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Delete Tool</source>
        <translation>Tool &amp;löschen</translation>
    </message>
    <message>
        <source>Add from the Built-in Catalogue</source>
        <translation>Aus dem integrierten Katalog hinzufügen</translation>
    </message>
    <message>
        <source>Built-in tools not in the project</source>
        <translation>Integrierte Tools, die nicht im Projekt sind</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Tick the tools to add to this project:</source>
        <translation>Markieren Sie die Tools, die diesem Projekt hinzugefügt werden sollen:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add tool “%1”</source>
        <translation>Tool „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 tools from the catalogue</source>
        <translation>%1 Tools aus dem Katalog hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Retire in Team Library…</source>
        <translation>In der Teambibliothek &amp;einstellen…</translation>
    </message>
    <message>
        <source>Retire the selected tool for the whole team, with the tool to use instead</source>
        <translation>Das ausgewählte Tool für das ganze Team einstellen, mit dem Tool, das stattdessen zu verwenden ist</translation>
    </message>
</context>
<context>
    <name>bw::ui::ToolEditDialog</name>
    <message>
        <source>Edit Tool</source>
        <translation>Tool bearbeiten</translation>
    </message>
    <message>
        <source>New Tool</source>
        <translation>Neues Tool</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The name learners know the tool by; unique in this project.</source>
        <translation>Der Name, unter dem die Lernenden das Tool kennen; muss in diesem Projekt eindeutig sein.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Supports %1</source>
        <translation>Unterstützt %1</translation>
    </message>
    <message>
        <source>Content goes out from the trainer to the learners.</source>
        <translation>Inhalte gehen vom Trainer an die Lernenden.</translation>
    </message>
    <message>
        <source>Learners report back to the trainer.</source>
        <translation>Lernende melden an den Trainer zurück.</translation>
    </message>
    <message>
        <source>Learners share with each other.</source>
        <translation>Lernende tauschen sich untereinander aus.</translation>
    </message>
    <message>
        <source>Learners need a new personal &amp;account</source>
        <translation>Lernende benötigen ein neues &amp;persönliches Konto</translation>
    </message>
    <message>
        <source>Learners already use it at work: the advisor and the tool picker prefer it.</source>
        <translation>Die Lernenden nutzen es bereits bei der Arbeit: Design-Berater und Tool-Auswahl bevorzugen es.</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>Zugang:</translation>
    </message>
    <message>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <source>freemium</source>
        <translation>Freemium</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>kostenpflichtig</translation>
    </message>
    <message>
        <source>licensed</source>
        <translation>lizenziert</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>&amp;Kosten:</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>&amp;Webadresse:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Ersatz</translation>
    </message>
    <message>
        <source>The active tool that takes over from this retired one.</source>
        <translation>Das aktive Tool, das dieses eingestellte Tool ersetzt.</translation>
    </message>
    <message>
        <source>&amp;Replaced by:</source>
        <translation>&amp;Ersetzt durch:</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>What the tool is, in one or two sentences.</source>
        <translation>Was das Tool ist, in ein oder zwei Sätzen.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Learner benefit</source>
        <translation>Nutzen für Lernende</translation>
    </message>
    <message>
        <source>What learners gain from using it; offered as the default benefit of activities.</source>
        <translation>Was die Lernenden von der Nutzung haben; wird als Standardnutzen für Aktivitäten angeboten.</translation>
    </message>
    <message>
        <source>Learner &amp;benefit:</source>
        <translation>Nutzen für &amp;Lernende:</translation>
    </message>
    <message>
        <source>Access notes</source>
        <translation>Hinweise zum Zugang</translation>
    </message>
    <message>
        <source>Accounts, licences, firewalls, devices.</source>
        <translation>Konten, Lizenzen, Firewalls, Geräte.</translation>
    </message>
    <message>
        <source>Access &amp;notes:</source>
        <translation>Hinweise zum &amp;Zugang:</translation>
    </message>
    <message>
        <source>Setup checklist</source>
        <translation>Einrichtungs-Checkliste</translation>
    </message>
    <message>
        <source>One step per line.</source>
        <translation>Ein Schritt pro Zeile.</translation>
    </message>
    <message>
        <source>The organiser&apos;s setup checklist, one step per line; printed in the tools appendix.</source>
        <translation>Die Einrichtungs-Checkliste für die Organisation, ein Schritt pro Zeile; wird im Tool-Anhang gedruckt.</translation>
    </message>
    <message>
        <source>&amp;Setup checklist:</source>
        <translation>Einrichtungs-&amp;Checkliste:</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Hinweise zur Nutzung</translation>
    </message>
    <message>
        <source>Give the tool a name.</source>
        <translation>Geben Sie dem Tool einen Namen.</translation>
    </message>
    <message>
        <source>The project already has a tool called “%1”.</source>
        <translation>Das Projekt hat bereits ein Tool namens „%1“.</translation>
    </message>
    <message>
        <source>The web address should be complete, such as https://example.com.</source>
        <translation>Die Webadresse muss vollständig sein, etwa https://example.com.</translation>
    </message>
    <message>
        <source>What the tool is for: discussion, content, co-creation, speeding up the process, live meetings, surveys, e-learning modules on an LMS, or video.</source>
        <translation>Wofür das Tool gedacht ist: Diskussion, Inhalte, gemeinsames Erstellen, Beschleunigung des Prozesses, Live-Meetings, Umfragen, E-Learning-Module in einem LMS oder Video.</translation>
    </message>
    <message>
        <source>Suits these directions:</source>
        <translation>Geeignet für diese Richtungen:</translation>
    </message>
    <message>
        <source>Everyone uses it at the &amp;same time (synchronous)</source>
        <translation>Alle nutzen es &amp;gleichzeitig (synchron)</translation>
    </message>
    <message>
        <source>Company networks often &amp;block it</source>
        <translation>In Firmennetzen oft ge&amp;sperrt</translation>
    </message>
    <message>
        <source>The client already &amp;provides it to learners</source>
        <translation>Der Auftraggeber stellt es den Lernenden bereits zur &amp;Verfügung</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>St&amp;atus:</translation>
    </message>
</context>
<context>
    <name>bw::ui::ToolPicker</name>
    <message>
        <source>Client-provided</source>
        <translation>Vom Auftraggeber bereitgestellt</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Eingestellt</translation>
    </message>
    <message>
        <source>Retired → %1</source>
        <translation>Eingestellt → %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Often blocked</source>
        <translation>Oft gesperrt</translation>
    </message>
    <message>
        <source>Type to search tools…</source>
        <translation>Tippen, um Tools zu suchen…</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Type to search the project&apos;s tools; Down opens the ranked list, Enter picks, Esc cancels.</source>
        <translation>Tippen Sie, um die Tools des Projekts zu durchsuchen; Pfeil nach unten öffnet die Rangliste, Eingabe wählt aus, Esc bricht ab.</translation>
    </message>
    <message>
        <source>Show the tools that fit this activity</source>
        <translation>Die Tools anzeigen, die zu dieser Aktivität passen</translation>
    </message>
    <message>
        <source>Suggested tools</source>
        <translation>Vorgeschlagene Tools</translation>
    </message>
    <message>
        <source>Watch out:</source>
        <translation>Achtung:</translation>
    </message>
    <message>
        <source>New tool…</source>
        <translation>Neues Tool…</translation>
    </message>
    <message>
        <source>New tool “%1”…</source>
        <translation>Neues Tool „%1“…</translation>
    </message>
    <message>
        <source>Add a tool to the project&apos;s catalogue and use it for this activity</source>
        <translation>Ein Tool zum Katalog des Projekts hinzufügen und für diese Aktivität verwenden</translation>
    </message>
    <message>
        <source>Add tool “%1” and use it</source>
        <translation>Tool „%1“ hinzufügen und verwenden</translation>
    </message>
    <message>
        <source>Face to face, e.g. a role-play: no tool is needed</source>
        <translation>Direkt im Raum, z. B. ein Rollenspiel: Es wird kein Tool benötigt</translation>
    </message>
    <message>
        <source>The activity deliberately needs no tool: the advisor will not ask for one</source>
        <translation>Die Aktivität braucht bewusst kein Tool: Der Design-Berater fragt nicht danach</translation>
    </message>
    <message>
        <source>No tool chosen yet</source>
        <translation>Noch kein Tool gewählt</translation>
    </message>
    <message>
        <source>Leave the activity without a tool for now</source>
        <translation>Die Aktivität vorerst ohne Tool lassen</translation>
    </message>
    <message>
        <source>No tool — in the room</source>
        <translation>Kein Tool – im Raum</translation>
    </message>
</context>
<context>
    <name>bw::ui::ToolTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Retired → %1</source>
        <translation>Eingestellt → %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Richtungen</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchron</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Auftraggeber</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>Everyone uses it at the same time</source>
        <translation>Alle nutzen es gleichzeitig</translation>
    </message>
    <message>
        <source>Learners need a new personal account</source>
        <translation>Lernende benötigen ein neues persönliches Konto</translation>
    </message>
    <message>
        <source>Number of activities that use the tool</source>
        <translation>Anzahl der Aktivitäten, die das Tool verwenden</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Ja: %1</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>Nein: %1</translation>
    </message>
    <message>
        <source>Shown here only: change it with Edit…</source>
        <translation>Nur hier angezeigt: Ändern Sie es mit „Bearbeiten…“</translation>
    </message>
    <message>
        <source>Company networks often block it</source>
        <translation>In Firmennetzen oft gesperrt</translation>
    </message>
    <message>
        <source>The client already provides it to learners</source>
        <translation>Der Auftraggeber stellt es den Lernenden bereits zur Verfügung</translation>
    </message>
</context>
<context>
    <name>bw::ui::VersionsDialog</name>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Versions of the plan</source>
        <translation>Versionen des Plans</translation>
    </message>
    <message>
        <source>&amp;Mark Version…</source>
        <translation>Version fest&amp;halten…</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>&amp;Open Read-Only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Keep the plan as it is now as a named version</source>
        <translation>Den aktuellen Stand des Plans als benannte Version festhalten</translation>
    </message>
    <message>
        <source>List what changed since the selected version in the Changes panel</source>
        <translation>Im Bereich „Änderungen“ auflisten, was sich seit der ausgewählten Version geändert hat</translation>
    </message>
    <message>
        <source>Open the selected version in a window of its own; Save As there starts a new project from it</source>
        <translation>Die ausgewählte Version in einem eigenen Fenster öffnen; mit „Speichern unter“ beginnen Sie dort daraus ein neues Projekt</translation>
    </message>
    <message>
        <source>Put the plan back as the selected version holds it (Undo takes it back)</source>
        <translation>Den Plan auf den Stand der ausgewählten Version zurücksetzen (mit „Rückgängig“ widerrufbar)</translation>
    </message>
    <message>
        <source>Delete the selected version from the project file</source>
        <translation>Die ausgewählte Version aus der Projektdatei löschen</translation>
    </message>
    <message>
        <source>No version marked yet. Mark one when you send the plan to the client: you can then show what changed since.</source>
        <translation>Noch keine Version festgehalten. Halten Sie eine fest, wenn Sie den Plan an den Auftraggeber senden: Dann können Sie zeigen, was sich seitdem geändert hat.</translation>
    </message>
    <message>
        <source>Versions are kept inside the project file and saved with it.</source>
        <translation>Versionen werden in der Projektdatei aufbewahrt und mit ihr gespeichert.</translation>
    </message>
    <message>
        <source>The plan is back as “%1” holds it. Edit ▸ Undo takes it back.</source>
        <translation>Der Plan ist wieder auf dem Stand von „%1“. Mit Bearbeiten ▸ Rückgängig machen Sie das rückgängig.</translation>
    </message>
</context>
</TS>

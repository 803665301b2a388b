<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>bw</name>
    <message>
        <source>Unknown export format “%1”; use one of: %2.</source>
        <translation>Format d’export «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez l’un des formats suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Unknown plan section “%1”; use any of: %2.</source>
        <translation>Section du plan «&#xa0;%1&#xa0;» inconnue&#xa0;; utilisez une ou plusieurs des sections suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>no space left on the device</source>
        <translation>il n’y a plus d’espace libre sur le périphérique</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>le quota de disque est épuisé</translation>
    </message>
    <message>
        <source>the file would be larger than this system allows</source>
        <translation>le fichier dépasserait la taille autorisée par ce système</translation>
    </message>
    <message>
        <source>the program reading the output has stopped</source>
        <translation>le programme qui lit la sortie s’est arrêté</translation>
    </message>
    <message>
        <source>the device is read-only</source>
        <translation>le périphérique est en lecture seule</translation>
    </message>
    <message>
        <source>Cannot export “%1”: %2</source>
        <translation>Impossible d’exporter «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: no font has a glyph for %2</source>
        <translation>%1&#xa0;: aucune police ne contient de glyphe pour %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Pied de page</translation>
    </message>
    <message>
        <source>Objective %1 %2</source>
        <translation>Objectif %1 %2</translation>
    </message>
    <message>
        <source>Activity %1 %2</source>
        <translation>Activité %1 %2</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Section %1</translation>
    </message>
    <message>
        <source>Tracked changes are only available in Word documents (DOCX).</source>
        <translation>Le suivi des modifications n’est disponible que pour les documents Word (DOCX).</translation>
    </message>
    <message>
        <source>Tracked changes need the version to compare with.</source>
        <translation>Le suivi des modifications nécessite une version de comparaison.</translation>
    </message>
    <message>
        <source>The plan needs more rows than a worksheet has (%1).</source>
        <translation>Le plan nécessite plus de lignes qu’une feuille de calcul ne peut en contenir (%1).</translation>
    </message>
    <message>
        <source>line %1: the text is not valid UTF-8</source>
        <translation>ligne %1 : le texte n’est pas en UTF-8 valide</translation>
    </message>
    <message>
        <source>line %1: a quote inside a field that does not start with one</source>
        <translation>ligne %1 : un guillemet à l’intérieur d’un champ qui ne commence pas par un guillemet</translation>
    </message>
    <message>
        <source>line %1: text after the closing quote of a field</source>
        <translation>ligne %1 : du texte après le guillemet fermant d’un champ</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>ligne %1 : un champ entre guillemets n’est pas fermé</translation>
    </message>
</context>
<context>
    <name>bw::AbcImporter</name>
    <message>
        <source>ABC Learning Design storyboard</source>
        <translation>Storyboard ABC Learning Design</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>the board is not a JSON object.</source>
        <translation>le tableau n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>%1: missing, a list is expected.</source>
        <translation>%1 : absent, une liste est attendue.</translation>
    </message>
    <message>
        <source>cards[%1].weekId: the week “%2” is not in weeks.</source>
        <translation>cards[%1].weekId : la semaine « %2 » ne figure pas dans weeks.</translation>
    </message>
    <message>
        <source>ABC storyboard</source>
        <translation>Storyboard ABC</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semaine %1</translation>
    </message>
    <message>
        <source>the duration “%1” is not understood: left unset</source>
        <translation>la durée « %1 » n’est pas comprise : laissée vide</translation>
    </message>
    <message>
        <source>phase guessed as in-class from the delivery style</source>
        <translation>phase déduite comme Pendant la séance d’après le mode de diffusion</translation>
    </message>
    <message>
        <source>phase guessed as pre-class: out of class before the week&apos;s first in-class card</source>
        <translation>phase déduite comme Avant la séance : hors séance, avant la première carte en séance de la semaine</translation>
    </message>
    <message>
        <source>phase guessed as post-class: out of class after the week&apos;s first in-class card</source>
        <translation>phase déduite comme Après la séance : hors séance, après la première carte en séance de la semaine</translation>
    </message>
    <message>
        <source>direction guessed from the learning type “%1”</source>
        <translation>direction déduite du type d’apprentissage « %1 »</translation>
    </message>
    <message>
        <source>card read</source>
        <translation>carte lue</translation>
    </message>
</context>
<context>
    <name>bw::ActivityWithoutDirection</name>
    <message>
        <source>Activity has no direction</source>
        <translation>Activité sans direction</translation>
    </message>
    <message>
        <source>The direction (content out to learners, learners reporting back, or learners sharing with each other) decides which tools can carry an activity.</source>
        <translation>La direction (contenu transmis aux apprenants, apprenants qui rendent compte, ou apprenants qui échangent entre eux) détermine les outils qui peuvent porter une activité.</translation>
    </message>
    <message>
        <source>The activity %1 has no direction: say whether content goes out to learners, learners report back, or learners share with each other.</source>
        <translation>L’activité %1 n’a pas de direction&#xa0;: indiquez si le contenu est transmis aux apprenants, si les apprenants rendent compte ou s’ils échangent entre eux.</translation>
    </message>
</context>
<context>
    <name>bw::ActivityWithoutMoment</name>
    <message>
        <source>Activity not tied to a moment</source>
        <translation>Activité non rattachée à une séance</translation>
    </message>
    <message>
        <source>Pre- and post-class activities are dated relative to an in-class moment; without one they are left out of the schedule and the calendar.</source>
        <translation>Les activités avant et après la séance sont datées par rapport à une séance&#xa0;; sans séance, elles n’apparaissent ni dans le calendrier ni dans l’agenda exporté.</translation>
    </message>
    <message>
        <source>The activity %1 (%2) is not tied to an in-class moment, so it cannot be dated.</source>
        <translation>L’activité %1 (%2) n’est rattachée à aucune séance&#xa0;: elle ne peut donc pas être datée.</translation>
    </message>
    <message>
        <source>Tie it to %1</source>
        <translation>La rattacher à %1</translation>
    </message>
</context>
<context>
    <name>bw::ActivityWithoutPhase</name>
    <message>
        <source>Activity has no phase</source>
        <translation>Activité sans phase</translation>
    </message>
    <message>
        <source>Placing every activity before, in or after class is the heart of the flipped design: class time is kept for what needs learners together.</source>
        <translation>Placer chaque activité avant, pendant ou après la séance est au cœur de la classe inversée&#xa0;: le temps en séance est réservé à ce qui demande que les apprenants soient ensemble.</translation>
    </message>
    <message>
        <source>The activity %1 has no phase: place it before, in or after class.</source>
        <translation>L’activité %1 n’a pas de phase&#xa0;: placez-la avant, pendant ou après la séance.</translation>
    </message>
</context>
<context>
    <name>bw::ActivityWithoutTool</name>
    <message>
        <source>Activity has no tool</source>
        <translation>Activité sans outil</translation>
    </message>
    <message>
        <source>Learners need to know where an activity happens; the plan&apos;s tools appendix and setup checklist are built from the tools chosen.</source>
        <translation>Les apprenants doivent savoir où se déroule une activité&#xa0;; l’annexe des outils et la liste de mise en place du plan sont construites à partir des outils choisis.</translation>
    </message>
    <message>
        <source>The activity %1 has no tool yet.</source>
        <translation>L’activité %1 n’a pas encore d’outil.</translation>
    </message>
    <message>
        <source>%1 fits it best.</source>
        <translation>%1 est le plus adapté.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Utiliser %1</translation>
    </message>
</context>
<context>
    <name>bw::AddActivity</name>
    <message>
        <source>Add activity %1</source>
        <translation>Ajouter l’activité %1</translation>
    </message>
</context>
<context>
    <name>bw::AddObjective</name>
    <message>
        <source>Add objective %1</source>
        <translation>Ajouter l’objectif %1</translation>
    </message>
</context>
<context>
    <name>bw::AddTool</name>
    <message>
        <source>Add tool %1</source>
        <translation>Ajouter l’outil %1</translation>
    </message>
</context>
<context>
    <name>bw::Advisor</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
</context>
<context>
    <name>bw::AdvisorContext</name>
    <message>
        <source>“%1”</source>
        <extracomment>Quotation marks around a name in an advisor message (German: „%1“).</extracomment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>an untitled activity</source>
        <translation>une activité sans titre</translation>
    </message>
    <message>
        <source>Moment %1</source>
        <translation>Séance %1</translation>
    </message>
</context>
<context>
    <name>bw::BenefitFromOtherTool</name>
    <message>
        <source>Benefit of another tool</source>
        <translation>Bénéfice d’un autre outil</translation>
    </message>
    <message>
        <source>When an activity changes tools, the benefit written for the old one no longer tells learners the truth about the new one.</source>
        <translation>Quand une activité change d’outil, le bénéfice rédigé pour l’ancien ne dit plus la vérité aux apprenants sur le nouveau.</translation>
    </message>
    <message>
        <source>The benefit of %1 is the one %2 brings, but the activity now uses %3.</source>
        <translation>Le bénéfice indiqué pour %1 est celui qu’apporte %2, mais l’activité utilise désormais %3.</translation>
    </message>
    <message>
        <source>Use the benefit of %1</source>
        <translation>Reprendre le bénéfice de %1</translation>
    </message>
</context>
<context>
    <name>bw::BenefitMissing</name>
    <message>
        <source>Learner benefit not stated</source>
        <translation>Bénéfice pour l’apprenant non indiqué</translation>
    </message>
    <message>
        <source>Learners put effort into a new tool only when they see what is in it for them; say it for every activity that uses one.</source>
        <translation>Les apprenants ne s’investissent dans un nouvel outil que s’ils voient ce qu’ils y gagnent&#xa0;; dites-le pour chaque activité qui en utilise un.</translation>
    </message>
    <message>
        <source>The activity %1 uses %2 but does not tell learners what they gain from it.</source>
        <translation>L’activité %1 utilise %2 mais n’indique pas aux apprenants ce qu’ils y gagnent.</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Par exemple&#xa0;: %1</translation>
    </message>
    <message>
        <source>Write a benefit that fits this activity</source>
        <translation>Rédiger un bénéfice adapté à cette activité</translation>
    </message>
</context>
<context>
    <name>bw::Benefits</name>
    <message>
        <source>You work through the module on %1 at your own pace, and it records that you completed it.</source>
        <translation>Vous suivez le module sur %1 à votre rythme, et la plateforme enregistre que vous l’avez terminé.</translation>
    </message>
    <message>
        <source>You watch it on %1 when it suits you, and pause and replay the steps you need.</source>
        <translation>Vous regardez la vidéo sur %1 quand cela vous convient, et vous mettez en pause ou revoyez les étapes dont vous avez besoin.</translation>
    </message>
    <message>
        <source>On %1 you go through it at your own pace and can come back to it whenever you need it.</source>
        <translation>Sur %1, vous avancez à votre rythme et pouvez y revenir chaque fois que vous en avez besoin.</translation>
    </message>
    <message>
        <source>You hand in %1 on %2 and get feedback on it.</source>
        <translation>Vous remettez %1 sur %2 et recevez un retour.</translation>
    </message>
    <message>
        <source>Your answers on %1 reach the trainer directly, and you get feedback on them.</source>
        <translation>Vos réponses sur %1 parviennent directement au formateur, et vous recevez un retour.</translation>
    </message>
    <message>
        <source>You build %1 together with colleagues on %2 and see how the others tackle it.</source>
        <translation>Vous construisez %1 avec vos collègues sur %2 et voyez comment les autres s’y prennent.</translation>
    </message>
    <message>
        <source>On %1 you learn from your colleagues&apos; experience as well as from the trainer.</source>
        <translation>Sur %1, vous apprenez de l’expérience de vos collègues autant que de celle du formateur.</translation>
    </message>
</context>
<context>
    <name>bw::Catalogue</name>
    <message>
        <source>Untitled plan</source>
        <translation>Plan sans titre</translation>
    </message>
</context>
<context>
    <name>bw::ChangeActivity</name>
    <message>
        <source>Edit activity %1</source>
        <translation>Modifier l’activité %1</translation>
    </message>
</context>
<context>
    <name>bw::ChangeInfo</name>
    <message>
        <source>Edit project properties</source>
        <translation>Modifier les propriétés du projet</translation>
    </message>
</context>
<context>
    <name>bw::ChangeObjective</name>
    <message>
        <source>Edit objective %1</source>
        <translation>Modifier l’objectif %1</translation>
    </message>
</context>
<context>
    <name>bw::ChangeText</name>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>instructions</source>
        <translation>consignes</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>direction</translation>
    </message>
    <message>
        <source>tool</source>
        <translation>outil</translation>
    </message>
    <message>
        <source>in the room without a tool</source>
        <translation>en salle, sans outil</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>grouping</source>
        <translation>modalité de travail</translation>
    </message>
    <message>
        <source>led by</source>
        <translation>animé par</translation>
    </message>
    <message>
        <source>deliverable</source>
        <translation>livrable</translation>
    </message>
    <message>
        <source>learner benefit</source>
        <translation>bénéfice pour l’apprenant</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <source>in-class moment</source>
        <translation>séance</translation>
    </message>
    <message>
        <source>days before or after the moment</source>
        <translation>jours avant ou après la séance</translation>
    </message>
    <message>
        <source>repetition</source>
        <translation>répétition</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>énoncé</translation>
    </message>
    <message>
        <source>success measure</source>
        <translation>critère de réussite</translation>
    </message>
    <message>
        <source>assessment instrument</source>
        <translation>instrument d’évaluation</translation>
    </message>
    <message>
        <source>instrument description</source>
        <translation>description de l’instrument</translation>
    </message>
    <message>
        <source>attached file</source>
        <translation>fichier joint</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>directions</source>
        <translation>directions</translation>
    </message>
    <message>
        <source>live</source>
        <translation>synchrone</translation>
    </message>
    <message>
        <source>needs a new account</source>
        <translation>nouveau compte nécessaire</translation>
    </message>
    <message>
        <source>often blocked</source>
        <translation>souvent bloqué</translation>
    </message>
    <message>
        <source>provided by the client</source>
        <translation>fourni par le client</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>coût</translation>
    </message>
    <message>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>remplaçant</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>access notes</source>
        <translation>notes d’accès</translation>
    </message>
    <message>
        <source>setup checklist</source>
        <translation>liste de mise en place</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>length</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>modalité</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>running order</source>
        <translation>déroulé</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>duties</source>
        <translation>missions</translation>
    </message>
    <message>
        <source>mission</source>
        <translation>mission</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>members</source>
        <translation>membres</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>public</translation>
    </message>
    <message>
        <source>author</source>
        <translation>auteur</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>synthèse</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>brand colour</source>
        <translation>couleur d’accent</translation>
    </message>
    <message>
        <source>footer</source>
        <translation>pied de page</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <source>evaluation plan</source>
        <translation>plan d’évaluation</translation>
    </message>
    <message>
        <source>most tools advised</source>
        <translation>nombre maximal d’outils conseillé</translation>
    </message>
    <message>
        <source>silenced advisor rules</source>
        <translation>règles du conseiller désactivées</translation>
    </message>
    <message>
        <source>none</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 rewritten</source>
        <translation>%1 (texte réécrit)</translation>
    </message>
    <message>
        <source>moved from position %1 to %2</source>
        <translation>passe de la position %1 à la position %2</translation>
    </message>
    <message>
        <source>%1 changed from %2 to %3</source>
        <translation>%1 passe de %2 à %3</translation>
    </message>
    <message>
        <source>moved from %1 to %2</source>
        <translation>phase&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>moved from objective %1 to %2</source>
        <translation>passe de l’objectif %1 à l’objectif %2</translation>
    </message>
    <message>
        <source>Project details</source>
        <translation>Informations du projet</translation>
    </message>
    <message>
        <source>Rule of use %1</source>
        <translation>Règle d’usage %1</translation>
    </message>
    <message>
        <source>Objective %1</source>
        <translation>Objectif %1</translation>
    </message>
    <message>
        <source>Activity %1.%2</source>
        <translation>Activité %1.%2</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Tool %1</source>
        <translation>Outil %1</translation>
    </message>
    <message>
        <source>In-class moment %1</source>
        <translation>Séance %1</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Rôle %1</translation>
    </message>
    <message>
        <source>Sub-group %1</source>
        <translation>Sous-groupe %1</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>Ajout&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>Suppression&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
</context>
<context>
    <name>bw::ChangeTool</name>
    <message>
        <source>Edit tool %1</source>
        <translation>Modifier l’outil %1</translation>
    </message>
</context>
<context>
    <name>bw::ChartPainter</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>bw::CommunityWithoutRoles</name>
    <message>
        <source>No community roles</source>
        <translation>Aucun rôle dans la communauté</translation>
    </message>
    <message>
        <source>A learning community rarely runs by itself: champions post first, a curator gathers what is shared, a contact point answers questions and an expert mentor gives feedback.</source>
        <translation>Une communauté d’apprentissage vit rarement d’elle-même&#xa0;: des ambassadeurs publient les premiers, un curateur rassemble ce qui est partagé, un point de contact répond aux questions et un mentor expert fait des retours.</translation>
    </message>
    <message>
        <source>The plan uses community tools (%1) but names no community roles: plan champions, a curator, a contact point or an expert mentor to keep the exchange going.</source>
        <translation>Le plan utilise des outils de communauté (%1) mais ne désigne aucun rôle&#xa0;: prévoyez des ambassadeurs, un curateur, un point de contact ou un mentor expert pour faire vivre les échanges.</translation>
    </message>
</context>
<context>
    <name>bw::CommunityWithoutRules</name>
    <message>
        <source>No rules of use</source>
        <translation>Aucune règle d’usage</translation>
    </message>
    <message>
        <source>Learners share more freely when they know what may be posted, what stays confidential and how to disagree.</source>
        <translation>Les apprenants partagent plus librement quand ils savent ce qui peut être publié, ce qui reste confidentiel et comment exprimer un désaccord.</translation>
    </message>
    <message>
        <source>The plan uses community tools (%1) but gives learners no rules of use.</source>
        <translation>Le plan utilise des outils de communauté (%1) mais ne donne aux apprenants aucune règle d’usage.</translation>
    </message>
    <message>
        <source>Add starter rules of use</source>
        <translation>Ajouter des règles d’usage de départ</translation>
    </message>
    <message>
        <source>Share your own experience, and leave out names of clients and anything confidential.</source>
        <translation>Partagez votre propre expérience, sans citer de noms de clients ni rien de confidentiel.</translation>
    </message>
    <message>
        <source>One idea per post, so that others can reply to each one.</source>
        <translation>Une idée par message, pour que chacun puisse y répondre séparément.</translation>
    </message>
    <message>
        <source>Question ideas, not people: disagreement is welcome, mockery is not.</source>
        <translation>Critiquez les idées, pas les personnes&#xa0;: le désaccord est bienvenu, la moquerie non.</translation>
    </message>
    <message>
        <source>Reply to at least one colleague for every post of your own.</source>
        <translation>Répondez à au moins un collègue pour chaque message que vous publiez.</translation>
    </message>
</context>
<context>
    <name>bw::ContentDeliveryInClass</name>
    <message>
        <source>Content delivered in class</source>
        <translation>Contenu transmis en séance</translation>
    </message>
    <message>
        <source>In a flipped design learners take in content on their own before class, so that the time together goes on coaching, feedback and practice.</source>
        <translation>Dans une classe inversée, les apprenants découvrent le contenu en autonomie avant la séance, pour que le temps ensemble soit consacré à l’accompagnement, aux retours et à la pratique.</translation>
    </message>
    <message>
        <source>The activity %1 delivers content one-to-many in class. Learners can take it in before class, leaving class time for practice and feedback.</source>
        <translation>L’activité %1 transmet du contenu en mode un vers plusieurs pendant la séance. Les apprenants peuvent le découvrir avant, ce qui libère le temps de séance pour la pratique et les retours.</translation>
    </message>
    <message>
        <source>Move before class</source>
        <translation>Placer avant la séance</translation>
    </message>
</context>
<context>
    <name>bw::CourseFlowImporter</name>
    <message>
        <source>line %1: the text is not valid UTF-8.</source>
        <translation>ligne %1 : le texte n’est pas en UTF-8 valide.</translation>
    </message>
    <message>
        <source>CourseFlow workflow</source>
        <translation>Workflow CourseFlow</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semaine %1</translation>
    </message>
    <message>
        <source>Activities without an outcome</source>
        <translation>Activités sans résultat d’apprentissage</translation>
    </message>
</context>
<context>
    <name>bw::CsvExporter</name>
    <message>
        <source>Spreadsheet (CSV, one row per activity)</source>
        <translation>Tableur (CSV, une ligne par activité)</translation>
    </message>
</context>
<context>
    <name>bw::CsvImporter</name>
    <message>
        <source>Spreadsheet (CSV, one row per activity)</source>
        <translation>Tableur (CSV, une ligne par activité)</translation>
    </message>
    <message>
        <source>line 1: the file holds no header line</source>
        <translation>ligne 1 : le fichier ne contient pas de ligne d’en-tête</translation>
    </message>
    <message>
        <source>unknown field “%1” in the column map</source>
        <translation>champ inconnu « %1 » dans la correspondance des colonnes</translation>
    </message>
    <message>
        <source>line %1: no column “%2”; the columns are: %3</source>
        <translation>ligne %1 : pas de colonne « %2 » ; les colonnes sont : %3</translation>
    </message>
    <message>
        <source>the column map names no column for the field “title”</source>
        <translation>la correspondance des colonnes n’indique aucune colonne pour le champ « title »</translation>
    </message>
    <message>
        <source>line %1: the header does not match; expected the columns: %2</source>
        <translation>ligne %1 : l’en-tête ne correspond pas ; colonnes attendues : %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>line %1: %2 fields where the header has %3</source>
        <translation>ligne %1 : %2 champs alors que l’en-tête en compte %3</translation>
    </message>
    <message>
        <source>unknown phase “%1”: left unset</source>
        <translation>phase inconnue « %1 » : laissée vide</translation>
    </message>
    <message>
        <source>unknown direction “%1”: left unset</source>
        <translation>direction inconnue « %1 » : laissée vide</translation>
    </message>
    <message>
        <source>unknown grouping “%1”: whole group</source>
        <translation>modalité de travail inconnue « %1 » : groupe entier</translation>
    </message>
    <message>
        <source>unknown assessment “%1”: none</source>
        <translation>évaluation inconnue « %1 » : aucune</translation>
    </message>
    <message>
        <source>line %1: “%2” is not a duration in minutes (30 or 10–15)</source>
        <translation>ligne %1 : « %2 » n’est pas une durée en minutes (30 ou 10–15)</translation>
    </message>
    <message>
        <source>line %1: “%2” is not a number of days</source>
        <translation>ligne %1 : « %2 » n’est pas un nombre de jours</translation>
    </message>
    <message>
        <source>phase guessed as %1 from “%2”</source>
        <translation>phase déduite comme %1 d’après « %2 »</translation>
    </message>
</context>
<context>
    <name>bw::CsvUpdate</name>
    <message>
        <source>line 1: the file holds no header line</source>
        <translation>ligne 1&#xa0;: le fichier ne contient pas de ligne d’en-tête</translation>
    </message>
    <message>
        <source>line %1: the header does not match; expected the columns: %2</source>
        <translation>ligne %1&#xa0;: l’en-tête ne correspond pas&#xa0;; colonnes attendues&#xa0;: %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>line %1: %2 fields where the header has %3</source>
        <translation>ligne %1&#xa0;: %2 champs alors que l’en-tête en compte %3</translation>
    </message>
    <message>
        <source>no activity has the key “%1”: the row is added as a new activity</source>
        <translation>aucune activité n’a la clé «&#xa0;%1&#xa0;»&#xa0;: la ligne est ajoutée comme nouvelle activité</translation>
    </message>
    <message>
        <source>the key %1 is on an earlier row too: this row is added as a new activity</source>
        <translation>la clé %1 figure aussi sur une ligne précédente&#xa0;: cette ligne est ajoutée comme nouvelle activité</translation>
    </message>
    <message>
        <source>new objective “%1”</source>
        <translation>nouvel objectif «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown phase “%1”: left as it was</source>
        <translation>phase inconnue «&#xa0;%1&#xa0;»&#xa0;: laissée telle quelle</translation>
    </message>
    <message>
        <source>unknown direction “%1”: left as it was</source>
        <translation>direction inconnue «&#xa0;%1&#xa0;»&#xa0;: laissée telle quelle</translation>
    </message>
    <message>
        <source>unknown grouping “%1”: left as it was</source>
        <translation>modalité de travail inconnue «&#xa0;%1&#xa0;»&#xa0;: laissée telle quelle</translation>
    </message>
    <message>
        <source>unknown assessment “%1”: left as it was</source>
        <translation>évaluation inconnue «&#xa0;%1&#xa0;»&#xa0;: laissée telle quelle</translation>
    </message>
    <message>
        <source>line %1: “%2” is not a duration in minutes (30 or 10–15)</source>
        <translation>ligne %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une durée en minutes (30 ou 10–15)</translation>
    </message>
    <message>
        <source>the tool “%1” was not in the project&apos;s catalogue: added</source>
        <translation>l’outil «&#xa0;%1&#xa0;» ne figurait pas dans le catalogue du projet&#xa0;: ajouté</translation>
    </message>
    <message>
        <source>new in-class moment “%1” (give it a date in the studio)</source>
        <translation>nouvelle séance «&#xa0;%1&#xa0;» (donnez-lui une date dans le studio)</translation>
    </message>
    <message>
        <source>line %1: “%2” is not a number of days</source>
        <translation>ligne %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nombre de jours</translation>
    </message>
    <message>
        <source>repeats “%1” not understood: change the repetition in the studio</source>
        <translation>répétition «&#xa0;%1&#xa0;» non comprise&#xa0;: modifiez la répétition dans le studio</translation>
    </message>
    <message>
        <source>new activity “%1”</source>
        <translation>nouvelle activité «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” is not in the spreadsheet: removed</source>
        <translation>«&#xa0;%1&#xa0;» ne figure pas dans le tableur&#xa0;: supprimée</translation>
    </message>
    <message>
        <source>“%1” is not in the spreadsheet: kept (remove it with the option)</source>
        <translation>«&#xa0;%1&#xa0;» ne figure pas dans le tableur&#xa0;: conservée (supprimez-la avec l’option)</translation>
    </message>
</context>
<context>
    <name>bw::Document</name>
    <message>
        <source>Edit in-class moments</source>
        <translation>Modifier les séances</translation>
    </message>
    <message>
        <source>Edit community roles</source>
        <translation>Modifier les rôles de la communauté</translation>
    </message>
    <message>
        <source>Edit sub-groups</source>
        <translation>Modifier les sous-groupes</translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation>Le projet est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Mark version %1</source>
        <translation>Marquer la version %1</translation>
    </message>
    <message>
        <source>Mark version</source>
        <translation>Marquer une version</translation>
    </message>
    <message>
        <source>Remove version %1</source>
        <translation>Supprimer la version %1</translation>
    </message>
    <message>
        <source>Record team library origins</source>
        <translation>Enregistrer les origines dans la bibliothèque d’équipe</translation>
    </message>
</context>
<context>
    <name>bw::DocumentVersions</name>
    <message>
        <source>The project is open read-only.</source>
        <translation>Le projet est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>There is no such version.</source>
        <translation>Cette version n’existe pas.</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>Restaurer la version %1</translation>
    </message>
</context>
<context>
    <name>bw::DocxExporter</name>
    <message>
        <source>Word document (DOCX)</source>
        <translation>Document Word (DOCX)</translation>
    </message>
</context>
<context>
    <name>bw::Duration</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1–%2 min</source>
        <translation>%1–%2 min</translation>
    </message>
</context>
<context>
    <name>bw::Enum</name>
    <message>
        <source>No phase</source>
        <translation>Sans phase</translation>
    </message>
    <message>
        <source>Pre-class</source>
        <translation>Avant la séance</translation>
    </message>
    <message>
        <source>In-class</source>
        <translation>Pendant la séance</translation>
    </message>
    <message>
        <source>Post-class</source>
        <translation>Après la séance</translation>
    </message>
    <message>
        <source>No direction</source>
        <translation>Sans direction</translation>
    </message>
    <message>
        <source>One-to-many</source>
        <translation>Un vers plusieurs</translation>
    </message>
    <message>
        <source>Many-to-one</source>
        <translation>Plusieurs vers un</translation>
    </message>
    <message>
        <source>Many-to-many</source>
        <translation>Plusieurs vers plusieurs</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individuel</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>En binôme</translation>
    </message>
    <message>
        <source>Sub-groups</source>
        <translation>En sous-groupes</translation>
    </message>
    <message>
        <source>Whole group</source>
        <translation>Groupe entier</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <source>Expert mentor</source>
        <translation>Mentor expert</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Apprenants</translation>
    </message>
    <message>
        <source>Community role</source>
        <translation>Rôle de la communauté</translation>
    </message>
    <message>
        <source>Other role</source>
        <translation>Autre rôle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Formative</source>
        <translation>Formative</translation>
    </message>
    <message>
        <source>Summative</source>
        <translation>Sommative</translation>
    </message>
    <message>
        <source>Face-to-face</source>
        <translation>Présentiel</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>À distance</translation>
    </message>
    <message>
        <source>Community &amp; discussion</source>
        <translation>Communauté et discussion</translation>
    </message>
    <message>
        <source>Find &amp; share content</source>
        <translation>Trouver et partager des contenus</translation>
    </message>
    <message>
        <source>Co-create</source>
        <translation>Co-création</translation>
    </message>
    <message>
        <source>Speed up the process</source>
        <translation>Accélérer le processus</translation>
    </message>
    <message>
        <source>Live meeting</source>
        <translation>Réunion en direct</translation>
    </message>
    <message>
        <source>Survey &amp; quiz</source>
        <translation>Sondage et quiz</translation>
    </message>
    <message>
        <source>E-learning &amp; LMS</source>
        <translation>E-learning et LMS</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Curateur</translation>
    </message>
    <message>
        <source>Contact point</source>
        <translation>Point de contact</translation>
    </message>
    <message>
        <source>Buddy</source>
        <translation>Parrain</translation>
    </message>
    <message>
        <source>Other kind</source>
        <translation>Autre type</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Ne se répète pas</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semaines</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Déjeuner</translation>
    </message>
</context>
<context>
    <name>bw::HtmlExporter</name>
    <message>
        <source>Web page (HTML)</source>
        <translation>Page web (HTML)</translation>
    </message>
</context>
<context>
    <name>bw::IcsExporter</name>
    <message>
        <source>Calendar (iCalendar)</source>
        <translation>Agenda (iCalendar)</translation>
    </message>
</context>
<context>
    <name>bw::ImportedGuess</name>
    <message>
        <source>Imported value was guessed</source>
        <translation>Valeur importée déduite</translation>
    </message>
    <message>
        <source>An import could not read some values and inferred them (a phase from “before the workshop”, a direction from a learning type). Check each one: edit it, or keep it as it is.</source>
        <translation>Une importation n’a pas pu lire certaines valeurs et les a déduites (une phase à partir de «&#xa0;avant l’atelier&#xa0;», une direction à partir d’un type d’apprentissage). Vérifiez chacune&#xa0;: modifiez-la ou conservez-la telle quelle.</translation>
    </message>
    <message>
        <source>%1 of %2 was guessed on import (%3) — check it</source>
        <translation>%1 de %2 a été déduit à l’importation (%3) — vérifiez-le</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le conserver</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Modalité de travail</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Séance</translation>
    </message>
</context>
<context>
    <name>bw::ImsccExporter</name>
    <message>
        <source>Course package (IMS Common Cartridge)</source>
        <translation>Paquet de cours (IMS Common Cartridge)</translation>
    </message>
</context>
<context>
    <name>bw::ImsccText</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>About this course</source>
        <translation>À propos de cette formation</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>How success is measured</source>
        <translation>Comment la réussite est mesurée</translation>
    </message>
    <message>
        <source>Other activities</source>
        <translation>Autres activités</translation>
    </message>
    <message>
        <source>%1: running order</source>
        <translation>%1&#xa0;: déroulé</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>durée non estimée</translation>
    </message>
    <message>
        <source>+%1 min</source>
        <translation>+%1 min</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>date to be set</source>
        <translation>date à fixer</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Modalité de travail</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Animé par</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Livrable</translation>
    </message>
    <message>
        <source>What you gain</source>
        <translation>Ce que vous y gagnez</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>In-class moment</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>%1 of %2 minutes planned</source>
        <translation>%1 minutes planifiées sur %2</translation>
    </message>
</context>
<context>
    <name>bw::InClassOverTime</name>
    <message>
        <source>In-class time overrun</source>
        <translation>Dépassement du temps de séance</translation>
    </message>
    <message>
        <source>The in-class activities of %1 take about %2 minutes, but it lasts %3 minutes.</source>
        <translation>Les activités de %1 durent environ %2 minutes, alors que la séance dure %3 minutes.</translation>
    </message>
    <message>
        <source>When the activities and breaks planned for a moment take longer than the moment lasts, the last ones are rushed or dropped.</source>
        <translation>Quand les activités et les pauses prévues pour une séance durent plus longtemps que la séance elle-même, les dernières sont bâclées ou supprimées.</translation>
    </message>
    <message>
        <source>The in-class activities of %1 take about %2 minutes and its breaks %3 minutes, but it lasts %4 minutes.</source>
        <translation>Les activités de %1 durent environ %2 minutes et ses pauses %3 minutes, alors que la séance dure %4 minutes.</translation>
    </message>
</context>
<context>
    <name>bw::InClassUnderplanned</name>
    <message>
        <source>In-class time largely unplanned</source>
        <translation>Temps de séance en grande partie non planifié</translation>
    </message>
    <message>
        <source>When less than half of a moment is planned, the rest is improvised on the day: the time learners are together is the most expensive part of the course.</source>
        <translation>Quand moins de la moitié d’une séance est planifiée, le reste est improvisé le jour même&#xa0;: or le temps où les apprenants sont ensemble est la partie la plus coûteuse de la formation.</translation>
    </message>
    <message>
        <source>%1 has %2 of %3 minutes planned. Add the in-class activities and breaks that fill it, or shorten it.</source>
        <translation>%1 n’a que %2 minutes planifiées sur %3. Ajoutez les activités en séance et les pauses qui la remplissent, ou raccourcissez-la.</translation>
    </message>
</context>
<context>
    <name>bw::JsonExporter</name>
    <message>
        <source>Blendwise interchange (JSON)</source>
        <translation>Format d’échange Blendwise (JSON)</translation>
    </message>
</context>
<context>
    <name>bw::JsonImporter</name>
    <message>
        <source>Blendwise plan (JSON)</source>
        <translation>Plan Blendwise (JSON)</translation>
    </message>
</context>
<context>
    <name>bw::JsonInput</name>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>the document is larger than %1 MB, the limit for a plan</source>
        <translation>le document dépasse %1 Mo, la limite pour un plan</translation>
    </message>
    <message>
        <source>the file is encoded as %1; a Blendwise plan in JSON must be UTF-8</source>
        <translation>le fichier est encodé en %1&#xa0;; un plan Blendwise en JSON doit être en UTF-8</translation>
    </message>
    <message>
        <source>the text at %1 is longer than %2 MB, the limit for one text</source>
        <translation>le texte à %1 dépasse %2 Mo, la limite pour un texte</translation>
    </message>
    <message>
        <source>the text at %1 has a lone UTF-16 surrogate (\u%2), which is not a character</source>
        <translation>le texte à %1 contient un demi-code UTF-16 isolé (\u%2), qui n’est pas un caractère</translation>
    </message>
</context>
<context>
    <name>bw::JsonInterchange</name>
    <message>
        <source>the id %1 is also the id of %2</source>
        <translation>l’identifiant %1 est aussi celui de %2</translation>
    </message>
    <message>
        <source>no role has the id %1 in &quot;roles&quot;</source>
        <translation>aucun rôle n’a l’identifiant %1 dans &quot;roles&quot;</translation>
    </message>
    <message>
        <source>no activity has the id %1 in &quot;objectives&quot;</source>
        <translation>aucune activité n’a l’identifiant %1 dans &quot;objectives&quot;</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>%1 attendu</translation>
    </message>
    <message>
        <source>%1 is not a Blendwise plan (expected %2)</source>
        <translation>%1 n’est pas un plan Blendwise (%2 attendu)</translation>
    </message>
    <message>
        <source>the plan was made by a newer version of Blendwise (format version %1; this version reads up to %2)</source>
        <translation>le plan a été créé par une version plus récente de Blendwise (version de format %1&#xa0;; cette version lit jusqu’à la version %2)</translation>
    </message>
    <message>
        <source>unsupported format version %1</source>
        <translation>version de format %1 non prise en charge</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour (expected a value like #1F6FB2)</source>
        <translation>&quot;%1&quot; n’est pas une couleur (valeur attendue du type #1F6FB2)</translation>
    </message>
    <message>
        <source>not valid base64</source>
        <translation>base64 non valide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (expected a value like 2027-03-04T09:00)</source>
        <translation>&quot;%1&quot; n’est pas une date et heure (valeur attendue du type 2027-03-04T09:00)</translation>
    </message>
    <message>
        <source>the id of one of the activities</source>
        <translation>l’identifiant de l’une des activités</translation>
    </message>
    <message>
        <source>only an entry of kind &quot;activity&quot; names an activity</source>
        <translation>seule une entrée de type &quot;activity&quot; désigne une activité</translation>
    </message>
    <message>
        <source>a date such as &quot;2027-05-31&quot; or null</source>
        <translation>une date comme &quot;2027-05-31&quot; ou null</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (expected a value like 2027-05-31)</source>
        <translation>&quot;%1&quot; n’est pas une date (valeur attendue du type 2027-05-31)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration (expected minutes such as 30 or a range such as &quot;10-15&quot;)</source>
        <translation>&quot;%1&quot; n’est pas une durée (minutes attendues, comme 30, ou une plage comme &quot;10-15&quot;)</translation>
    </message>
    <message>
        <source>a number of minutes or a range such as &quot;10-15&quot;</source>
        <translation>un nombre de minutes ou une plage comme &quot;10-15&quot;</translation>
    </message>
    <message>
        <source>no moment has the id %1 in &quot;moments&quot;</source>
        <translation>aucune séance n’a l’identifiant %1 dans &quot;moments&quot;</translation>
    </message>
    <message>
        <source>no moment named &quot;%1&quot; in &quot;moments&quot;</source>
        <translation>aucune séance nommée &quot;%1&quot; dans &quot;moments&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of %2 and %3; refer to the moment by its id with &quot;momentId&quot;</source>
        <translation>&quot;%1&quot; est le nom de %2 et de %3&#xa0;; désignez la séance par son identifiant avec &quot;momentId&quot;</translation>
    </message>
    <message>
        <source>no tool has the id %1 in &quot;tools&quot;</source>
        <translation>aucun outil n’a l’identifiant %1 dans &quot;tools&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of %2 and %3; refer to the tool by its id with &quot;toolId&quot;</source>
        <translation>&quot;%1&quot; est le nom de %2 et de %3&#xa0;; désignez l’outil par son identifiant avec &quot;toolId&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither in &quot;tools&quot; nor in the built-in catalogue; added as a plain tool</source>
        <translation>&quot;%1&quot; ne figure ni dans &quot;tools&quot; ni dans le catalogue intégré&#xa0;; ajouté comme outil simple</translation>
    </message>
    <message>
        <source>no objective has the id %1 in &quot;objectives&quot;</source>
        <translation>aucun objectif n’a l’identifiant %1 dans &quot;objectives&quot;</translation>
    </message>
    <message>
        <source>there is no objective %1 (expected an index from 0 to %2, or null)</source>
        <translation>il n’y a pas d’objectif %1 (indice attendu de 0 à %2, ou null)</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>JSON non valide à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not a Blendwise plan: the document is not a JSON object</source>
        <translation>ce n’est pas un plan Blendwise&#xa0;: le document n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a whole number from 1 to %1</source>
        <translation>un nombre entier de 1 à %1</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>une liste de chaînes</translation>
    </message>
    <message>
        <source>%1[%2]: expected a string, got %3</source>
        <translation>%1[%2]&#xa0;: chaîne attendue, %3 trouvé</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>%1: expected an object, got %2</source>
        <translation>%1&#xa0;: objet attendu, %2 trouvé</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>%1: unknown key ignored</source>
        <translation>%1&#xa0;: clé inconnue ignorée</translation>
    </message>
    <message>
        <source>required but missing</source>
        <translation>obligatoire mais absent</translation>
    </message>
    <message>
        <source>required but missing (%1)</source>
        <translation>obligatoire mais absent (%1)</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 attendu, %2 trouvé</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
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
        <translation>le nombre %1</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot;</source>
        <translation>le texte &quot;%1&quot;</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>l’une des valeurs %1</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected %2)</source>
        <translation>valeur inconnue &quot;%1&quot; (%2 attendu)</translation>
    </message>
    <message>
        <source>%1[%2]: unknown value &quot;%3&quot; (expected %4)</source>
        <translation>%1[%2]&#xa0;: valeur inconnue &quot;%3&quot; (%4 attendu)</translation>
    </message>
</context>
<context>
    <name>bw::Library</name>
    <message>
        <source>service %1</source>
        <translation>service %1</translation>
    </message>
    <message>
        <source>your database role may not do this (%1); ask a library administrator for blendwise_editor or blendwise_admin</source>
        <translation>votre rôle dans la base de données ne permet pas cette opération (%1)&#xa0;; demandez blendwise_editor ou blendwise_admin à un administrateur de la bibliothèque</translation>
    </message>
    <message>
        <source>the server refused the login: %1</source>
        <translation>le serveur a refusé la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>this database has no Blendwise library yet; run &quot;blendwise library init&quot;</source>
        <translation>cette base de données ne contient pas encore de bibliothèque Blendwise&#xa0;; exécutez «&#xa0;blendwise library init&#xa0;»</translation>
    </message>
    <message>
        <source>the library server cannot be reached: %1</source>
        <translation>le serveur de la bibliothèque est injoignable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed</source>
        <translation>le pilote PostgreSQL de Qt (QPSQL) n’est pas installé</translation>
    </message>
    <message>
        <source>cannot connect to the library at %1: %2</source>
        <translation>impossible de se connecter à la bibliothèque %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>migrating the library</source>
        <translation>migration de la bibliothèque</translation>
    </message>
    <message>
        <source>the library has schema version %1, made by a newer Blendwise; this one knows up to %2: update Blendwise</source>
        <translation>la bibliothèque est en version de schéma %1, créée par une version plus récente de Blendwise&#xa0;; celle-ci ne connaît que jusqu’à la version %2&#xa0;: mettez Blendwise à jour</translation>
    </message>
    <message>
        <source>the library has the older schema version %1; run &quot;blendwise library init&quot; to migrate it to %2</source>
        <translation>la bibliothèque est dans l’ancienne version de schéma %1&#xa0;; exécutez «&#xa0;blendwise library init&#xa0;» pour la migrer vers la version %2</translation>
    </message>
    <message>
        <source>%1 does not name a template of the team library</source>
        <translation>%1 ne désigne aucun modèle de la bibliothèque d’équipe</translation>
    </message>
    <message>
        <source>the team library has no template named &quot;%1&quot;</source>
        <translation>la bibliothèque d’équipe ne contient aucun modèle nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is not a team library address</source>
        <translation>%1 n’est pas une adresse de bibliothèque d’équipe</translation>
    </message>
    <message>
        <source>The library retired &quot;%1&quot;.</source>
        <translation>La bibliothèque a retiré «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The library retired &quot;%1&quot;; its replacement is &quot;%2&quot;.</source>
        <translation>La bibliothèque a retiré «&#xa0;%1&#xa0;»&#xa0;; il est remplacé par «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 now blocks &quot;%2&quot;.</source>
        <translation>%1 bloque désormais «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The pattern &quot;%1&quot; was revised in the library.</source>
        <translation>Le patron «&#xa0;%1&#xa0;» a été révisé dans la bibliothèque.</translation>
    </message>
    <message>
        <source>The template this project came from was revised in the library.</source>
        <translation>Le modèle dont est issu ce projet a été révisé dans la bibliothèque.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no longer in the library (deleted by a colleague)</source>
        <translation>«&#xa0;%1&#xa0;» ne figure plus dans la bibliothèque (supprimé par un collègue)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed in the library by %2 at %3 (version %4; you last saw %5): pull it again before publishing</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié dans la bibliothèque par %2 le %3 (version %4&#xa0;; vous aviez vu la version %5)&#xa0;: récupérez-le de nouveau avant de publier</translation>
    </message>
    <message>
        <source>publishing</source>
        <translation>publication</translation>
    </message>
    <message>
        <source>publishing &quot;%1&quot;</source>
        <translation>publication de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the library already has a %1 named &quot;%2&quot;: pull it and publish over it</source>
        <translation>la bibliothèque contient déjà un élément %1 nommé «&#xa0;%2&#xa0;»&#xa0;: récupérez-le et publiez par-dessus</translation>
    </message>
    <message>
        <source>a tool needs a name</source>
        <translation>un outil doit avoir un nom</translation>
    </message>
    <message>
        <source>a client profile needs a name</source>
        <translation>un profil client doit avoir un nom</translation>
    </message>
    <message>
        <source>a template needs a name and a project</source>
        <translation>un modèle doit avoir un nom et un projet</translation>
    </message>
    <message>
        <source>a pattern needs a title</source>
        <translation>un patron doit avoir un titre</translation>
    </message>
    <message>
        <source>the library has no tool named &quot;%1&quot;</source>
        <translation>la bibliothèque ne contient aucun outil nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the library has no tool named &quot;%1&quot; to replace &quot;%2&quot;</source>
        <translation>la bibliothèque ne contient aucun outil nommé «&#xa0;%1&#xa0;» pour remplacer «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>deleting</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>the item is not in the library</source>
        <translation>l’élément ne figure pas dans la bibliothèque</translation>
    </message>
    <message>
        <source>the template &quot;%1&quot; in the library is not a valid plan: %2</source>
        <translation>le modèle «&#xa0;%1&#xa0;» de la bibliothèque n’est pas un plan valide&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>bw::LibraryRetiredTool</name>
    <message>
        <source>Team library retired a tool</source>
        <translation>La bibliothèque d’équipe a retiré un outil</translation>
    </message>
    <message>
        <source>Your team library has retired a tool this plan still uses. The team agreed on its replacement; Update from Team Library, or this fix, takes it into the plan.</source>
        <translation>Votre bibliothèque d’équipe a retiré un outil que ce plan utilise encore. L’équipe s’est mise d’accord sur son remplaçant&#xa0;; «&#xa0;Mettre à jour depuis la bibliothèque d’équipe&#xa0;», ou cette correction, l’intègre au plan.</translation>
    </message>
    <message>
        <source>The team library retired %1; choose another tool for the activities that use it.</source>
        <translation>La bibliothèque d’équipe a retiré %1&#xa0;; choisissez un autre outil pour les activités qui l’utilisent.</translation>
    </message>
    <message>
        <source>Mark %1 retired</source>
        <translation>Marquer %1 comme retiré</translation>
    </message>
    <message>
        <source>The team library retired %1 (replacement %2).</source>
        <translation>La bibliothèque d’équipe a retiré %1 (remplaçant&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Replace with %1 everywhere</source>
        <translation>Remplacer partout par %1</translation>
    </message>
    <message>
        <source>Replace %1 with %2</source>
        <translation>Remplacer %1 par %2</translation>
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
        <translation>Déplacer l’activité %1 vers %2</translation>
    </message>
    <message>
        <source>Move activity %1</source>
        <translation>Déplacer l’activité %1</translation>
    </message>
</context>
<context>
    <name>bw::MoveObjective</name>
    <message>
        <source>Move objective</source>
        <translation>Déplacer l’objectif</translation>
    </message>
    <message>
        <source>Move objective %1</source>
        <translation>Déplacer l’objectif %1</translation>
    </message>
</context>
<context>
    <name>bw::NoFollowUp</name>
    <message>
        <source>No follow-up or assessment</source>
        <translation>Ni suivi ni évaluation</translation>
    </message>
    <message>
        <source>Without anything after class, nobody knows whether the objective was reached and learners have no nudge to apply what they learned.</source>
        <translation>Sans rien après la séance, personne ne sait si l’objectif a été atteint et rien n’incite les apprenants à appliquer ce qu’ils ont appris.</translation>
    </message>
    <message>
        <source>The objective %1 has no post-class follow-up and no assessment. Plan how learners apply it after class and how you will check it.</source>
        <translation>L’objectif %1 n’a ni suivi après la séance ni évaluation. Prévoyez comment les apprenants l’appliqueront après la séance et comment vous le vérifierez.</translation>
    </message>
</context>
<context>
    <name>bw::NoManyToMany</name>
    <message>
        <source>No many-to-many activity</source>
        <translation>Aucune activité de plusieurs vers plusieurs</translation>
    </message>
    <message>
        <source>Learners who share with each other learn from colleagues&apos; experience and remember more than from content alone.</source>
        <translation>Les apprenants qui échangent entre eux apprennent de l’expérience de leurs collègues et retiennent davantage qu’avec le seul contenu.</translation>
    </message>
    <message>
        <source>No activity has learners share with each other (many-to-many). Peer exchange, before or after class, is where much of the learning sticks.</source>
        <translation>Aucune activité ne fait échanger les apprenants entre eux (plusieurs vers plusieurs). C’est dans l’échange entre pairs, avant ou après la séance, que l’essentiel de l’apprentissage s’ancre.</translation>
    </message>
</context>
<context>
    <name>bw::NoReflection</name>
    <message>
        <source>No reflection after class</source>
        <translation>Aucune réflexion après la séance</translation>
    </message>
    <message>
        <source>Looking back on what they will do differently turns a course into a change at work; the method plans a reflection after class.</source>
        <translation>Prendre du recul sur ce qu’ils feront différemment transforme une formation en changement au travail&#xa0;; la méthode prévoit un temps de réflexion après la séance.</translation>
    </message>
    <message>
        <source>No activity after class asks learners to reflect on what they learned and what they will do differently.</source>
        <translation>Aucune activité après la séance ne demande aux apprenants de réfléchir à ce qu’ils ont appris et à ce qu’ils feront différemment.</translation>
    </message>
    <message>
        <source>reflect, lessons learned, look back, debrief, learning journal, retrospective</source>
        <translation>réfléchir, réflexion, retour d&apos;expérience, retour d’expérience, retours d&apos;expérience, leçons apprises, prendre du recul, rétrospective, débriefing, débriefer, bilan, journal d&apos;apprentissage, journal d’apprentissage, carnet de bord</translation>
    </message>
</context>
<context>
    <name>bw::ObjectiveNotMeasurable</name>
    <message>
        <source>Objective is not measurable</source>
        <translation>Objectif non mesurable</translation>
    </message>
    <message>
        <source>Nobody can observe learners “understand” or “be aware of” something. A verb that can be observed (list, explain, calculate, compare, assess, design …) says how success will be measured.</source>
        <translation>Personne ne peut observer des apprenants qui «&#xa0;comprennent&#xa0;» ou «&#xa0;sont conscients de&#xa0;» quelque chose. Un verbe observable (lister, expliquer, calculer, comparer, évaluer, concevoir…) dit comment la réussite sera mesurée.</translation>
    </message>
    <message>
        <source>The objective %1 is not measurable: nobody can observe learners “%2”. Say what they will do instead, for example %3.</source>
        <translation>L’objectif %1 n’est pas mesurable&#xa0;: personne ne peut observer des apprenants «&#xa0;%2&#xa0;». Dites plutôt ce qu’ils feront, par exemple %3.</translation>
    </message>
    <message>
        <source>Replace “%1” with “%2”</source>
        <translation>Remplacer «&#xa0;%1&#xa0;» par «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>The objective %1 does not say what learners will be able to do. Start from a verb that can be observed, for example %2.</source>
        <translation>L’objectif %1 ne dit pas ce que les apprenants seront capables de faire. Partez d’un verbe observable, par exemple %2.</translation>
    </message>
    <message>
        <source>calculate</source>
        <translation>calculer</translation>
    </message>
</context>
<context>
    <name>bw::ObjectiveWithoutActivities</name>
    <message>
        <source>Objective has no activities</source>
        <translation>Objectif sans activités</translation>
    </message>
    <message>
        <source>An objective is reached through an ordered sequence of learning activities; without any, nothing in the plan gets learners there.</source>
        <translation>Un objectif s’atteint par une suite ordonnée d’activités d’apprentissage&#xa0;; sans aucune activité, rien dans le plan n’y conduit les apprenants.</translation>
    </message>
    <message>
        <source>The objective %1 has no activities yet: add the ones learners need to reach it.</source>
        <translation>L’objectif %1 n’a pas encore d’activités&#xa0;: ajoutez celles dont les apprenants ont besoin pour l’atteindre.</translation>
    </message>
</context>
<context>
    <name>bw::ObjectiveWithoutStatement</name>
    <message>
        <source>Objective has no statement</source>
        <translation>Objectif sans énoncé</translation>
    </message>
    <message>
        <source>Everything in the plan serves an objective; an objective without a statement gives the activities nothing to aim at.</source>
        <translation>Tout dans le plan sert un objectif&#xa0;; un objectif sans énoncé ne donne aucune cible aux activités.</translation>
    </message>
    <message>
        <source>Objective %1 has no statement: write down what learners will be able to do.</source>
        <translation>L’objectif %1 n’a pas d’énoncé&#xa0;: écrivez ce que les apprenants seront capables de faire.</translation>
    </message>
</context>
<context>
    <name>bw::ObjectiveWithoutSummative</name>
    <message>
        <source>Objective is never assessed</source>
        <translation>Objectif jamais évalué</translation>
    </message>
    <message>
        <source>Without a summative assessment nobody can tell the client whether learners reached the objective: plan the quiz, graded task or observed role-play that checks it.</source>
        <translation>Sans évaluation sommative, personne ne peut dire au client si les apprenants ont atteint l’objectif&#xa0;: prévoyez le quiz, le travail noté ou le jeu de rôle observé qui le vérifie.</translation>
    </message>
    <message>
        <source>The objective %1 has no summative assessment: no activity checks whether learners reached it.</source>
        <translation>L’objectif %1 n’a pas d’évaluation sommative&#xa0;: aucune activité ne vérifie si les apprenants l’ont atteint.</translation>
    </message>
    <message>
        <source>%1 could be it, for example with a quiz or a graded task.</source>
        <translation>%1 pourrait jouer ce rôle, par exemple avec un quiz ou un travail noté.</translation>
    </message>
    <message>
        <source>Make %1 the summative assessment</source>
        <translation>Faire de %1 l’évaluation sommative</translation>
    </message>
    <message>
        <source>Add one after class, for example a quiz, a graded task or an observed role-play.</source>
        <translation>Ajoutez-en une après la séance, par exemple un quiz, un travail noté ou un jeu de rôle observé.</translation>
    </message>
</context>
<context>
    <name>bw::OdtExporter</name>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation>Texte OpenDocument (ODT)</translation>
    </message>
</context>
<context>
    <name>bw::OfficePackage</name>
    <message>
        <source>Could not start the document package (ZIP error %1).</source>
        <translation>Impossible de créer le paquet du document (erreur ZIP %1).</translation>
    </message>
    <message>
        <source>Could not write “%1” into the document package.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;» dans le paquet du document.</translation>
    </message>
    <message>
        <source>Could not finish the document package (ZIP error %1).</source>
        <translation>Impossible de terminer le paquet du document (erreur ZIP %1).</translation>
    </message>
</context>
<context>
    <name>bw::OffsetContraryToPhase</name>
    <message>
        <source>Due date on the wrong side of class</source>
        <translation>Échéance du mauvais côté de la séance</translation>
    </message>
    <message>
        <source>A pre-class activity is due before its moment and a post-class one after it; an offset with the wrong sign puts it on the wrong side of class in the schedule.</source>
        <translation>Une activité prévue avant la séance est à rendre avant celle-ci, et une activité prévue après la séance, après celle-ci&#xa0;; un décalage de signe contraire la place du mauvais côté de la séance dans le calendrier.</translation>
    </message>
    <message>
        <source>The pre-class activity %1 is due a day after its moment.</source>
        <translation>L’activité %1, prévue avant la séance, est à rendre un jour après celle-ci.</translation>
    </message>
    <message numerus="yes">
        <source>The pre-class activity %1 is due %n days after its moment.</source>
        <translation>
            <numerusform>L’activité %1, prévue avant la séance, est à rendre %n jour après celle-ci.</numerusform>
            <numerusform>L’activité %1, prévue avant la séance, est à rendre %n jours après celle-ci.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make it due before its moment</source>
        <translation>La rendre avant sa séance</translation>
    </message>
    <message>
        <source>The post-class activity %1 is due a day before its moment.</source>
        <translation>L’activité %1, prévue après la séance, est à rendre un jour avant celle-ci.</translation>
    </message>
    <message numerus="yes">
        <source>The post-class activity %1 is due %n days before its moment.</source>
        <translation>
            <numerusform>L’activité %1, prévue après la séance, est à rendre %n jour avant celle-ci.</numerusform>
            <numerusform>L’activité %1, prévue après la séance, est à rendre %n jours avant celle-ci.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make it due after its moment</source>
        <translation>La rendre après sa séance</translation>
    </message>
</context>
<context>
    <name>bw::PagePainter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>L’export a été annulé.</translation>
    </message>
    <message>
        <source>Could not start drawing the document.</source>
        <translation>Impossible de commencer à dessiner le document.</translation>
    </message>
    <message>
        <source>Could not finish the document.</source>
        <translation>Impossible de terminer le document.</translation>
    </message>
</context>
<context>
    <name>bw::PdfExporter</name>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L’export a été annulé.</translation>
    </message>
</context>
<context>
    <name>bw::PlanEmpty</name>
    <message>
        <source>How to start</source>
        <translation>Par où commencer</translation>
    </message>
    <message>
        <source>A blended course is designed from its objectives: each one first, then the activities before, in and after class that lead to it.</source>
        <translation>Une formation hybride se conçoit à partir de ses objectifs&#xa0;: chacun d’abord, puis les activités avant, pendant et après la séance qui y mènent.</translation>
    </message>
    <message>
        <source>The plan has no objectives yet. Add your first objective: what learners will be able to do after the course, starting with a verb that can be observed (list, calculate, present …). Then give it its activities before, in and after class, each with a direction and a tool.</source>
        <translation>Le plan n’a pas encore d’objectifs. Ajoutez votre premier objectif&#xa0;: ce que les apprenants seront capables de faire à l’issue de la formation, en commençant par un verbe observable (lister, calculer, présenter…). Donnez-lui ensuite ses activités avant, pendant et après la séance, chacune avec une direction et un outil.</translation>
    </message>
    <message>
        <source>Add the in-class moments too: the days or sessions learners spend together.</source>
        <translation>Ajoutez aussi les séances&#xa0;: les journées ou sessions que les apprenants passent ensemble.</translation>
    </message>
</context>
<context>
    <name>bw::PracticeWithoutPreparation</name>
    <message>
        <source>In-class practice without preparation</source>
        <translation>Pratique en séance sans préparation</translation>
    </message>
    <message>
        <source>Practice in class works when learners arrive having studied the basics; otherwise class time goes on explaining them after all.</source>
        <translation>La pratique en séance fonctionne quand les apprenants arrivent en ayant étudié les bases&#xa0;; sinon, le temps de séance passe finalement à les expliquer.</translation>
    </message>
    <message>
        <source>Learners practise in class (%1), but nothing before class prepares them for the objective %2.</source>
        <translation>Les apprenants pratiquent en séance (%1), mais rien avant la séance ne les prépare à l’objectif %2.</translation>
    </message>
</context>
<context>
    <name>bw::ProjectFile</name>
    <message>
        <source>it is a symbolic link to “%1”, which does not exist.</source>
        <translation>c’est un lien symbolique vers «&#xa0;%1&#xa0;», qui n’existe pas.</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>le fichier n’existe pas.</translation>
    </message>
    <message>
        <source>it is a symbolic link that leads back to itself (a link loop).</source>
        <translation>c’est un lien symbolique qui renvoie vers lui-même (une boucle de liens).</translation>
    </message>
    <message>
        <source>the file cannot be read (%1).</source>
        <translation>le fichier ne peut pas être lu (%1).</translation>
    </message>
    <message>
        <source>it is a folder, not a project file.</source>
        <translation>c’est un dossier, pas un fichier de projet.</translation>
    </message>
    <message>
        <source>it is a named pipe (FIFO), not a project file.</source>
        <translation>c’est un tube nommé (FIFO), pas un fichier de projet.</translation>
    </message>
    <message>
        <source>it is a device or special file, not a project file.</source>
        <translation>c’est un périphérique ou un fichier spécial, pas un fichier de projet.</translation>
    </message>
    <message>
        <source>the file is empty, not a Blendwise project.</source>
        <translation>le fichier est vide, ce n’est pas un projet Blendwise.</translation>
    </message>
    <message>
        <source>it is not a Blendwise project.</source>
        <translation>ce n’est pas un projet Blendwise.</translation>
    </message>
    <message>
        <source>it is a %1 text file, not a Blendwise project.</source>
        <translation>c’est un fichier texte %1, pas un projet Blendwise.</translation>
    </message>
    <message>
        <source>it is a database of another application, not a Blendwise project.</source>
        <translation>c’est la base de données d’une autre application, pas un projet Blendwise.</translation>
    </message>
    <message>
        <source>it was made by a newer version of Blendwise (file format %1; this version reads up to %2).</source>
        <translation>il a été créé par une version plus récente de Blendwise (format de fichier %1&#xa0;; cette version lit jusqu’au format %2).</translation>
    </message>
    <message>
        <source>the file cannot be copied for upgrading to the current format.</source>
        <translation>le fichier ne peut pas être copié pour être mis à niveau vers le format actuel.</translation>
    </message>
    <message>
        <source>the file cannot be read safely (%1).</source>
        <translation>le fichier ne peut pas être lu en toute sécurité (%1).</translation>
    </message>
    <message>
        <source>reading it took longer than %1 seconds; it is not a project Blendwise can open.</source>
        <translation>sa lecture a pris plus de %1 secondes&#xa0;; ce n’est pas un projet que Blendwise peut ouvrir.</translation>
    </message>
    <message>
        <source>it holds a value Blendwise does not accept: %1</source>
        <translation>il contient une valeur que Blendwise n’accepte pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2</source>
        <translation>Impossible d’enregistrer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>the folder “%1” does not exist.</source>
        <translation>le dossier «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation>«&#xa0;%1&#xa0;» est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>c’est un dossier.</translation>
    </message>
    <message>
        <source>the file is read-only.</source>
        <translation>le fichier est en lecture seule.</translation>
    </message>
    <message>
        <source>the folder “%1” is read-only.</source>
        <translation>le dossier «&#xa0;%1&#xa0;» est en lecture seule.</translation>
    </message>
    <message>
        <source>the project could not be written (%1).</source>
        <translation>le projet n’a pas pu être écrit (%1).</translation>
    </message>
    <message>
        <source>the file permissions could not be kept.</source>
        <translation>les droits d’accès du fichier n’ont pas pu être conservés.</translation>
    </message>
    <message>
        <source>the data could not be flushed to disk (%1).</source>
        <translation>les données n’ont pas pu être écrites sur le disque (%1).</translation>
    </message>
    <message>
        <source>the file could not be replaced (%1).</source>
        <translation>le fichier n’a pas pu être remplacé (%1).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Impossible d’ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>the project is damaged or truncated (%1).</source>
        <translation>le projet est endommagé ou tronqué (%1).</translation>
    </message>
</context>
<context>
    <name>bw::ProjectStorage</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
</context>
<context>
    <name>bw::ProjectValidation</name>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>In-class moment %1</source>
        <translation>Séance %1</translation>
    </message>
    <message>
        <source>Tool %1</source>
        <translation>Outil %1</translation>
    </message>
    <message>
        <source>Objective %1</source>
        <translation>Objectif %1</translation>
    </message>
    <message>
        <source>Objective %1, activity %2</source>
        <translation>Objectif %1, activité %2</translation>
    </message>
    <message>
        <source>Sub-group %1</source>
        <translation>Sous-groupe %1</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Rôle %1</translation>
    </message>
    <message>
        <source>%1, agenda entry %2</source>
        <translation>%1, élément %2 du déroulé</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>the id %1 is outside 1–%2.</source>
        <translation>l’identifiant %1 est en dehors de 1–%2.</translation>
    </message>
    <message>
        <source>the id %1 is used twice.</source>
        <translation>l’identifiant %1 est utilisé deux fois.</translation>
    </message>
    <message>
        <source>%1 %2 is outside %3–%4.</source>
        <translation>%1 %2 est en dehors de %3–%4.</translation>
    </message>
    <message>
        <source>the %1 contains a broken character (a lone UTF-16 surrogate).</source>
        <translation>le champ %1 contient un caractère endommagé (un demi-code UTF-16 isolé).</translation>
    </message>
    <message>
        <source>the %1 (%2) is not one Blendwise knows.</source>
        <translation>le champ %1 (%2) n’est pas une valeur connue de Blendwise.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>public</translation>
    </message>
    <message>
        <source>author</source>
        <translation>auteur</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>synthèse</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>plan version</source>
        <translation>version du plan</translation>
    </message>
    <message>
        <source>footer</source>
        <translation>pied de page</translation>
    </message>
    <message>
        <source>evaluation plan</source>
        <translation>plan d’évaluation</translation>
    </message>
    <message>
        <source>rules of use</source>
        <translation>règles d’usage</translation>
    </message>
    <message>
        <source>muted rules</source>
        <translation>règles désactivées</translation>
    </message>
    <message>
        <source>the tool limit</source>
        <translation>la limite d’outils</translation>
    </message>
    <message>
        <source>the rule “%1” is muted twice.</source>
        <translation>la règle «&#xa0;%1&#xa0;» est désactivée deux fois.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>the length in minutes</source>
        <translation>la durée en minutes</translation>
    </message>
    <message>
        <source>the start is not a local time in whole minutes.</source>
        <translation>le début n’est pas une heure locale en minutes entières.</translation>
    </message>
    <message>
        <source>the start year %1 is outside %2–%3.</source>
        <translation>l’année de début %1 est en dehors de %2–%3.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>modalité</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>coût</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>remplaçant</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>benefit</source>
        <translation>bénéfice</translation>
    </message>
    <message>
        <source>access notes</source>
        <translation>notes d’accès</translation>
    </message>
    <message>
        <source>setup checklist</source>
        <translation>liste de mise en place</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>supported direction</source>
        <translation>direction prise en charge</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>énoncé</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>critère de réussite</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>instrument&apos;s name</source>
        <translation>nom de l’instrument</translation>
    </message>
    <message>
        <source>instrument&apos;s description</source>
        <translation>description de l’instrument</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>nom du fichier</translation>
    </message>
    <message>
        <source>the attached file is larger than %1 MB.</source>
        <translation>le fichier joint dépasse %1 Mo.</translation>
    </message>
    <message>
        <source>the file name “%1” is not a plain file name (no folders, no control characters).</source>
        <translation>le nom de fichier «&#xa0;%1&#xa0;» n’est pas un simple nom de fichier (ni dossiers, ni caractères de contrôle).</translation>
    </message>
    <message>
        <source>the attached file has no name.</source>
        <translation>le fichier joint n’a pas de nom.</translation>
    </message>
    <message>
        <source>unit of the recurrence</source>
        <translation>unité de la répétition</translation>
    </message>
    <message>
        <source>the recurrence has no unit but an interval, count or end.</source>
        <translation>la répétition n’a pas d’unité mais a un intervalle, un nombre d’occurrences ou une fin.</translation>
    </message>
    <message>
        <source>the interval</source>
        <translation>l’intervalle</translation>
    </message>
    <message>
        <source>the number of occurrences</source>
        <translation>le nombre d’occurrences</translation>
    </message>
    <message>
        <source>the recurrence has neither a number of occurrences nor an end date.</source>
        <translation>la répétition n’a ni nombre d’occurrences ni date de fin.</translation>
    </message>
    <message>
        <source>the end year %1 is outside %2–%3.</source>
        <translation>l’année de fin %1 est en dehors de %2–%3.</translation>
    </message>
    <message>
        <source>instructions</source>
        <translation>consignes</translation>
    </message>
    <message>
        <source>deliverable</source>
        <translation>livrable</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>direction</translation>
    </message>
    <message>
        <source>grouping</source>
        <translation>modalité de travail</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>animateur</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <source>the duration %1–%2 minutes is outside 0–%3.</source>
        <translation>la durée de %1–%2 minutes est en dehors de 0–%3.</translation>
    </message>
    <message>
        <source>the duration %1–%2 minutes is reversed.</source>
        <translation>la durée de %1–%2 minutes est inversée.</translation>
    </message>
    <message>
        <source>the offset in days</source>
        <translation>le décalage en jours</translation>
    </message>
    <message>
        <source>the tool %1 is not in the project.</source>
        <translation>l’outil %1 ne fait pas partie du projet.</translation>
    </message>
    <message>
        <source>the in-class moment %1 is not in the project.</source>
        <translation>la séance %1 ne fait pas partie du projet.</translation>
    </message>
    <message>
        <source>the activity is marked as without a tool but names the tool %1.</source>
        <translation>l’activité est marquée comme sans outil mais désigne l’outil %1.</translation>
    </message>
    <message>
        <source>leader&apos;s name</source>
        <translation>nom de l’animateur</translation>
    </message>
    <message>
        <source>the role %1 is not in the project.</source>
        <translation>le rôle %1 ne fait pas partie du projet.</translation>
    </message>
    <message>
        <source>the id %1 is also the id of another item.</source>
        <translation>l’identifiant %1 est aussi celui d’un autre élément.</translation>
    </message>
    <message>
        <source>kind of entry</source>
        <translation>type d’élément</translation>
    </message>
    <message>
        <source>the activity %1 is not in the project.</source>
        <translation>l’activité %1 ne fait pas partie du projet.</translation>
    </message>
    <message>
        <source>the activity %1 is in this agenda twice.</source>
        <translation>l’activité %1 figure deux fois dans ce déroulé.</translation>
    </message>
    <message>
        <source>a break or lunch names the activity %1.</source>
        <translation>une pause ou un déjeuner désigne l’activité %1.</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>the version holds no project.</source>
        <translation>la version ne contient aucun projet.</translation>
    </message>
    <message>
        <source>the year</source>
        <translation>l’année</translation>
    </message>
    <message>
        <source>mission</source>
        <translation>mission</translation>
    </message>
    <message>
        <source>the number of members</source>
        <translation>le nombre de membres</translation>
    </message>
    <message>
        <source>the objective %1 is not in the project.</source>
        <translation>l’objectif %1 ne fait pas partie du projet.</translation>
    </message>
    <message>
        <source>duties</source>
        <translation>missions</translation>
    </message>
    <message>
        <source>custom kind</source>
        <translation>type personnalisé</translation>
    </message>
    <message>
        <source>kind of role</source>
        <translation>type de rôle</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a guessed value names no field.</source>
        <translation>une valeur déduite ne désigne aucun champ.</translation>
    </message>
    <message>
        <source>guessed value</source>
        <translation>valeur déduite</translation>
    </message>
</context>
<context>
    <name>bw::RecoveryStore</name>
    <message>
        <source>Cannot write a recovery copy: the folder “%1” cannot be created.</source>
        <translation>Impossible d’écrire une copie de récupération&#xa0;: le dossier «&#xa0;%1&#xa0;» ne peut pas être créé.</translation>
    </message>
    <message>
        <source>Cannot write a recovery copy: another running studio uses the session “%1”.</source>
        <translation>Impossible d’écrire une copie de récupération&#xa0;: un autre studio en cours d’exécution utilise la session «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot write a recovery copy: %1</source>
        <translation>Impossible d’écrire une copie de récupération&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>bw::Recurrence</name>
    <message>
        <source>every week</source>
        <translation>chaque semaine</translation>
    </message>
    <message>
        <source>every %1 weeks</source>
        <translation>toutes les %1 semaines</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>chaque jour</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>tous les %1 jours</translation>
    </message>
    <message>
        <source>%1, once</source>
        <translation>%1, une seule fois</translation>
    </message>
    <message>
        <source>%1, %2 times</source>
        <translation>%1, %2 fois</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 jusqu’au %2</translation>
    </message>
</context>
<context>
    <name>bw::RemoveActivity</name>
    <message>
        <source>Delete activity %1</source>
        <translation>Supprimer l’activité %1</translation>
    </message>
</context>
<context>
    <name>bw::RemoveObjective</name>
    <message>
        <source>Delete objective %1</source>
        <translation>Supprimer l’objectif %1</translation>
    </message>
</context>
<context>
    <name>bw::RemoveTool</name>
    <message>
        <source>Delete tool %1</source>
        <translation>Supprimer l’outil %1</translation>
    </message>
</context>
<context>
    <name>bw::ReplaceTool</name>
    <message>
        <source>Replace %1 with %2</source>
        <translation>Remplacer %1 par %2</translation>
    </message>
</context>
<context>
    <name>bw::SchemaCheck</name>
    <message>
        <source>its format %1 cannot be checked (%2).</source>
        <translation>son format %1 ne peut pas être vérifié (%2).</translation>
    </message>
    <message>
        <source>its table definitions cannot be read (%1).</source>
        <translation>ses définitions de tables ne peuvent pas être lues (%1).</translation>
    </message>
    <message>
        <source>it contains %1 “%2”, which no Blendwise project has.</source>
        <translation>il contient %1 «&#xa0;%2&#xa0;», qu’aucun projet Blendwise ne possède.</translation>
    </message>
    <message>
        <source>its index “%1” belongs to another table than in a Blendwise project.</source>
        <translation>son index «&#xa0;%1&#xa0;» appartient à une autre table que dans un projet Blendwise.</translation>
    </message>
    <message>
        <source>its table “%1” is not a plain table.</source>
        <translation>sa table «&#xa0;%1&#xa0;» n’est pas une table ordinaire.</translation>
    </message>
    <message>
        <source>%1 “%2” of its format is missing.</source>
        <translation>%1 «&#xa0;%2&#xa0;» de son format est manquant.</translation>
    </message>
    <message>
        <source>the columns of its table “%1” differ from a Blendwise project’s.</source>
        <translation>les colonnes de sa table «&#xa0;%1&#xa0;» diffèrent de celles d’un projet Blendwise.</translation>
    </message>
    <message>
        <source>the references of its table “%1” differ from a Blendwise project’s.</source>
        <translation>les références de sa table «&#xa0;%1&#xa0;» diffèrent de celles d’un projet Blendwise.</translation>
    </message>
    <message>
        <source>the indexes of its table “%1” differ from a Blendwise project’s.</source>
        <translation>les index de sa table «&#xa0;%1&#xa0;» diffèrent de ceux d’un projet Blendwise.</translation>
    </message>
    <message>
        <source>a view</source>
        <translation>une vue</translation>
    </message>
    <message>
        <source>a trigger</source>
        <translation>un déclencheur</translation>
    </message>
    <message>
        <source>an index</source>
        <translation>un index</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>une table</translation>
    </message>
</context>
<context>
    <name>bw::TooManyTools</name>
    <message>
        <source>Too many different tools</source>
        <translation>Trop d’outils différents</translation>
    </message>
    <message>
        <source>Each extra tool is another login, another interface and another place to look. The limit is set per project.</source>
        <translation>Chaque outil supplémentaire, c’est un identifiant, une interface et un endroit de plus à consulter. La limite se règle pour chaque projet.</translation>
    </message>
    <message numerus="yes">
        <source>The plan uses %n different tools, more than the limit of %1 set for this project. Fewer tools mean fewer logins and less to learn.</source>
        <translation>
            <numerusform>Le plan utilise %n outil différent, plus que la limite de %1 fixée pour ce projet. Moins d’outils, c’est moins d’identifiants et moins de choses à apprendre.</numerusform>
            <numerusform>Le plan utilise %n outils différents, plus que la limite de %1 fixée pour ce projet. Moins d’outils, c’est moins d’identifiants et moins de choses à apprendre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bw::ToolDirectionMismatch</name>
    <message>
        <source>Tool does not fit the direction</source>
        <translation>Outil inadapté à la direction</translation>
    </message>
    <message>
        <source>A tool built to push content out cannot collect learners&apos; answers, and one built for answers cannot host a discussion: the tool has to carry the activity&apos;s direction.</source>
        <translation>Un outil conçu pour diffuser du contenu ne peut pas recueillir les réponses des apprenants, et un outil conçu pour les réponses ne peut pas accueillir une discussion&#xa0;: l’outil doit porter la direction de l’activité.</translation>
    </message>
    <message>
        <source>%1 cannot carry %2 activities, but %3 uses it that way.</source>
        <translation>%1 ne peut pas porter d’activités de type «&#xa0;%2&#xa0;», mais %3 l’utilise ainsi.</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Passer à %1</translation>
    </message>
</context>
<context>
    <name>bw::ToolNeedsAccount</name>
    <message>
        <source>Tool needs a new account</source>
        <translation>Outil nécessitant un nouveau compte</translation>
    </message>
    <message>
        <source>Every new profile to create is a reason not to start. A one-click tool, or one the client already provides, gets learners going at once.</source>
        <translation>Chaque profil à créer est une raison de ne pas commencer. Un outil accessible en un clic, ou déjà fourni par le client, permet aux apprenants de démarrer tout de suite.</translation>
    </message>
    <message>
        <source>%1 makes every learner create a personal account, while the client already provides %2.</source>
        <translation>%1 oblige chaque apprenant à créer un compte personnel, alors que le client fournit déjà %2.</translation>
    </message>
    <message>
        <source>%1 makes every learner create a personal account, while %2 needs none.</source>
        <translation>%1 oblige chaque apprenant à créer un compte personnel, alors que %2 n’en demande aucun.</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Passer à %1</translation>
    </message>
</context>
<context>
    <name>bw::ToolOftenBlocked</name>
    <message>
        <source>Tool often blocked at work</source>
        <translation>Outil souvent bloqué en entreprise</translation>
    </message>
    <message>
        <source>Many company firewalls block public video, social and file-sharing sites. Learners who cannot reach a tool from their desk simply drop out of the activity.</source>
        <translation>De nombreux pare-feu d’entreprise bloquent les sites publics de vidéo, les réseaux sociaux et les sites de partage de fichiers. Les apprenants qui n’accèdent pas à un outil depuis leur poste abandonnent tout simplement l’activité.</translation>
    </message>
    <message>
        <source>%1 is often blocked on corporate networks, so learners may not reach it from work.</source>
        <translation>%1 est souvent bloqué sur les réseaux d’entreprise&#xa0;: les apprenants risquent de ne pas y accéder depuis leur lieu de travail.</translation>
    </message>
    <message>
        <source>%1 does the same job without that risk.</source>
        <translation>%1 remplit la même fonction sans ce risque.</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Passer à %1</translation>
    </message>
</context>
<context>
    <name>bw::ToolRanking</name>
    <message>
        <source>Retired</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Retired — use %1</source>
        <translation>Abandonné — utilisez %1</translation>
    </message>
    <message>
        <source>Needs a personal account</source>
        <translation>Nécessite un compte personnel</translation>
    </message>
    <message>
        <source>Often blocked on corporate networks</source>
        <translation>Souvent bloqué sur les réseaux d’entreprise</translation>
    </message>
    <message>
        <source>Supports %1</source>
        <translation>Direction prise en charge&#xa0;: %1</translation>
    </message>
    <message>
        <source>Does not support %1</source>
        <translation>Direction non prise en charge&#xa0;: %1</translation>
    </message>
    <message>
        <source>Suits this activity: %1</source>
        <translation>Adapté à cette activité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Provided by the client</source>
        <translation>Fourni par le client</translation>
    </message>
    <message>
        <source>No new account needed</source>
        <translation>Aucun nouveau compte nécessaire</translation>
    </message>
    <message>
        <source>Already used in this plan</source>
        <translation>Déjà utilisé dans ce plan</translation>
    </message>
    <message>
        <source>Reference reading, not made for training or demos</source>
        <translation>Lecture de référence, non conçue pour la formation ni pour les démonstrations</translation>
    </message>
</context>
<context>
    <name>bw::ToolRetired</name>
    <message>
        <source>Tool has been retired</source>
        <translation>Outil abandonné</translation>
    </message>
    <message>
        <source>A retired tool (Skype, Yammer …) may stop working before the course ends, and learners will not find it under its old name. Its replacement carries the same activities.</source>
        <translation>Un outil abandonné (Skype, Yammer…) peut cesser de fonctionner avant la fin de la formation, et les apprenants ne le trouveront plus sous son ancien nom. Son remplaçant porte les mêmes activités.</translation>
    </message>
    <message>
        <source>%1 has been retired; choose another tool for the activities that use it.</source>
        <translation>%1 a été abandonné&#xa0;; choisissez un autre outil pour les activités qui l’utilisent.</translation>
    </message>
    <message>
        <source>%1 has been retired; %2 replaces it.</source>
        <translation>%1 a été abandonné&#xa0;; %2 le remplace.</translation>
    </message>
    <message>
        <source>Replace with %1 everywhere</source>
        <translation>Remplacer partout par %1</translation>
    </message>
    <message>
        <source>Replace %1 with %2</source>
        <translation>Remplacer %1 par %2</translation>
    </message>
</context>
<context>
    <name>bw::VersionSnapshot</name>
    <message>
        <source>Cannot mark the version: no temporary folder to write it in.</source>
        <translation>Impossible de marquer la version&#xa0;: aucun dossier temporaire où l’écrire.</translation>
    </message>
    <message>
        <source>Cannot mark the version: %1</source>
        <translation>Impossible de marquer la version&#xa0;: %1</translation>
    </message>
    <message>
        <source>The version “%1” is damaged and cannot be opened.</source>
        <translation>La version «&#xa0;%1&#xa0;» est endommagée et ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>Cannot open the version “%1”: no temporary folder.</source>
        <translation>Impossible d’ouvrir la version «&#xa0;%1&#xa0;»&#xa0;: aucun dossier temporaire.</translation>
    </message>
    <message>
        <source>Cannot open the version “%1”: %2</source>
        <translation>Impossible d’ouvrir la version «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The version “%1” cannot be opened: %2</source>
        <translation>La version «&#xa0;%1&#xa0;» ne peut pas être ouverte&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>bw::XlsxExporter</name>
    <message>
        <source>Excel workbook (XLSX: activities, blend, schedule)</source>
        <translation>Classeur Excel (XLSX&#xa0;: activités, hybridation, calendrier)</translation>
    </message>
    <message>
        <source>The spreadsheet library (libxlsxwriter) cannot be loaded: %1.</source>
        <translation>La bibliothèque de tableur (libxlsxwriter) ne peut pas être chargée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The spreadsheet library (libxlsxwriter) lacks the function %1.</source>
        <translation>Il manque à la bibliothèque de tableur (libxlsxwriter) la fonction %1.</translation>
    </message>
    <message>
        <source>Could not make a temporary folder for the workbook: %1.</source>
        <translation>Impossible de créer un dossier temporaire pour le classeur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Could not start the workbook.</source>
        <translation>Impossible de créer le classeur.</translation>
    </message>
    <message>
        <source>Could not add a sheet to the workbook.</source>
        <translation>Impossible d’ajouter une feuille au classeur.</translation>
    </message>
    <message>
        <source>Could not finish the workbook: %1.</source>
        <translation>Impossible de terminer le classeur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Could not read the finished workbook back: %1.</source>
        <translation>Impossible de relire le classeur terminé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The spreadsheet library wrote an empty workbook.</source>
        <translation>La bibliothèque de tableur a écrit un classeur vide.</translation>
    </message>
</context>
<context>
    <name>bw::cli</name>
    <message>
        <source> (%1 characters in all)</source>
        <translation> (%1 caractères au total)</translation>
    </message>
    <message>
        <source>%1: a symbolic link that leads back to itself (a link loop)</source>
        <translation>%1&#xa0;: un lien symbolique qui renvoie vers lui-même (une boucle de liens)</translation>
    </message>
    <message>
        <source>%1: a symbolic link to a file that does not exist</source>
        <translation>%1&#xa0;: un lien symbolique vers un fichier qui n’existe pas</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1&#xa0;: lecture impossible (%2)</translation>
    </message>
    <message>
        <source>%1: a folder, not a file</source>
        <translation>%1&#xa0;: un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>%1: a named pipe (FIFO), not a file</source>
        <translation>%1&#xa0;: un tube nommé (FIFO), pas un fichier</translation>
    </message>
    <message>
        <source>%1: a device or special file, not a file</source>
        <translation>%1&#xa0;: un périphérique ou un fichier spécial, pas un fichier</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1.</source>
        <translation>Impossible d’écrire sur la sortie standard&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Try &apos;blendwise --help&apos; for more information.</source>
        <translation>Essayez «&#xa0;blendwise --help&#xa0;» pour plus d’informations.</translation>
    </message>
    <message>
        <source>missing argument</source>
        <translation>argument manquant</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 already exists; use --force to replace it</source>
        <translation>%1 existe déjà&#xa0;; utilisez --force pour le remplacer</translation>
    </message>
    <message>
        <source>blendwise new FILE [--template NAME] [--force]</source>
        <translation>blendwise new FICHIER [--template NOM] [--force]</translation>
    </message>
    <message>
        <source>unknown template &quot;%1&quot; (available: %2)</source>
        <translation>modèle inconnu «&#xa0;%1&#xa0;» (disponibles&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Created %1 (objectives: %2, activities: %3).</source>
        <translation>%1 créé (objectifs&#xa0;: %2, activités&#xa0;: %3).</translation>
    </message>
    <message>
        <source>%1 is the input; choose another output file</source>
        <translation>%1 est le fichier d’entrée&#xa0;; choisissez un autre fichier de sortie</translation>
    </message>
    <message>
        <source>Importing… reading %1</source>
        <translation>Importation… lecture de %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1&#xa0;: avertissement&#xa0;: %2</translation>
    </message>
    <message>
        <source>Importing… writing %1 (activities: %2)</source>
        <translation>Importation… écriture de %1 (activités&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Imported %1 into %2.</source>
        <translation>%1 importé dans %2.</translation>
    </message>
    <message>
        <source>missing --format (one of %1)</source>
        <translation>--format manquant (l’un de %1)</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected one of %2)</source>
        <translation>format inconnu «&#xa0;%1&#xa0;» (l’un de %2 attendu)</translation>
    </message>
    <message>
        <source>unknown paper size &quot;%1&quot; (expected a4 or letter)</source>
        <translation>format de papier inconnu «&#xa0;%1&#xa0;» (a4 ou letter attendu)</translation>
    </message>
    <message>
        <source>%1 is the input; export never writes over it, choose another output with -o</source>
        <translation>%1 est le fichier d’entrée&#xa0;; l’export ne l’écrase jamais, choisissez une autre sortie avec -o</translation>
    </message>
    <message>
        <source>Exporting… %1/%2 pages</source>
        <translation>Export… %1/%2 pages</translation>
    </message>
    <message>
        <source>Exporting… %1/%2 rows</source>
        <translation>Export… %1/%2 lignes</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <source>blendwise check FILE [--json]</source>
        <translation>blendwise check FICHIER [--json]</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>correction&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: errors: %2, warnings: %3, suggestions: %4</source>
        <translation>%1&#xa0;: erreurs&#xa0;: %2, avertissements&#xa0;: %3, suggestions&#xa0;: %4</translation>
    </message>
    <message>
        <source>blendwise templates</source>
        <translation>blendwise templates</translation>
    </message>
    <message>
        <source>no space left on the device</source>
        <translation>il n’y a plus d’espace libre sur le périphérique</translation>
    </message>
    <message>
        <source>%1 takes no arguments</source>
        <translation>%1 n’accepte aucun argument</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>option inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: no version &quot;%2&quot; (the file has no versions)</source>
        <translation>%1&#xa0;: pas de version «&#xa0;%2&#xa0;» (le fichier n’a aucune version)</translation>
    </message>
    <message>
        <source>%1: no version &quot;%2&quot; (it has: %3)</source>
        <translation>%1&#xa0;: pas de version «&#xa0;%2&#xa0;» (versions disponibles&#xa0;: %3)</translation>
    </message>
    <message>
        <source>blendwise diff A B [--json]</source>
        <translation>blendwise diff A B [--json]</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Aucune différence.</translation>
    </message>
    <message>
        <source>blendwise versions FILE</source>
        <translation>blendwise versions FICHIER</translation>
    </message>
    <message>
        <source>%1 has no versions yet; mark one with &apos;blendwise mark&apos;.</source>
        <translation>%1 n’a pas encore de version&#xa0;; marquez-en une avec «&#xa0;blendwise mark&#xa0;».</translation>
    </message>
    <message>
        <source>blendwise mark FILE --name NAME [--note TEXT]</source>
        <translation>blendwise mark FICHIER --name NOM [--note TEXTE]</translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation>--name est obligatoire</translation>
    </message>
    <message>
        <source>%1 is open in Blendwise (locked by %2); mark the version there.</source>
        <translation>%1 est ouvert dans Blendwise (verrouillé par %2)&#xa0;; marquez la version depuis le studio.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <source>Marked version &quot;%1&quot; in %2.</source>
        <translation>Version «&#xa0;%1&#xa0;» marquée dans %2.</translation>
    </message>
    <message>
        <source>blendwise export FILE --format F [-o OUT] [--paper a4|letter] [--client] [--bom] [--changes-since VERSION] [--tracked-changes VERSION]</source>
        <translation>blendwise export FICHIER --format F [-o SORTIE] [--paper a4|letter] [--client] [--bom] [--changes-since VERSION] [--tracked-changes VERSION]</translation>
    </message>
    <message>
        <source>--tracked-changes needs --format docx (Word revisions)</source>
        <translation>--tracked-changes nécessite --format docx (révisions Word)</translation>
    </message>
    <message>
        <source>blendwise import INPUT [-o FILE] [--from FORMAT] [--map FIELD=COLUMN,...] [--force]</source>
        <translation>blendwise import ENTRÉE [-o FICHIER] [--from FORMAT] [--map CHAMP=COLONNE,...] [--force]</translation>
    </message>
    <message>
        <source>--map expects FIELD=COLUMN pairs separated by commas</source>
        <translation>--map attend des paires CHAMP=COLONNE séparées par des virgules</translation>
    </message>
    <message>
        <source>%1: larger than %2 MB, the limit for an import</source>
        <translation>%1 : dépasse %2 Mo, la limite pour une importation</translation>
    </message>
    <message>
        <source>cannot tell the format of %1; use --from (one of %2)</source>
        <translation>impossible de déterminer le format de %1 ; utilisez --from (parmi %2)</translation>
    </message>
    <message>
        <source>guessed</source>
        <translation>déduit</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1 : %2 : %3</translation>
    </message>
    <message>
        <source>Imported %1 objectives and %2 activities; %3 values guessed, %4 rows skipped.</source>
        <translation>%1 objectifs et %2 activités importés ; %3 valeurs déduites, %4 lignes ignorées.</translation>
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
        <translation>Utilisation&#xa0;:
  blendwise [FICHIER]                                ouvrir le studio
  blendwise new FICHIER [--template NOM] [--force]   créer un fichier de projet
  blendwise import ENTRÉE [-o FICHIER] [--from FORMAT] un plan d’ailleurs -&gt; fichier de projet
                   [--map CHAMP=COLONNE,...] [--force]  (FORMAT&#xa0;: %2)
  blendwise export FICHIER --format F [-o SORTIE]    F&#xa0;: %1
                   [--paper a4|letter] [--client] [--bom]
                   [--changes-since VERSION] [--tracked-changes VERSION]
  blendwise check FICHIER [--json]                   lancer le conseiller de conception
  blendwise diff A B [--json]                        ce qui a changé du projet A au projet B
  blendwise versions FICHIER                         lister les versions nommées de FICHIER
  blendwise mark FICHIER --name NOM [--note TEXTE]   conserver le plan en l’état comme version nommée
  blendwise update FICHIER CSV [--remove-missing]    appliquer à FICHIER les modifications d’un tableur
                   [--dry-run]                       (le CSV écrit par «&#xa0;export --format csv&#xa0;»)
  blendwise templates                                lister les modèles intégrés
  blendwise library init|status [CONNEXION]          créer/migrer la bibliothèque d’équipe&#xa0;; l’afficher
  blendwise library list tools|templates|patterns|clients [--search TEXTE] [--json]
  blendwise library publish FICHIER [--template NOM] [--tools] [--patterns]
  blendwise library publish --retire OUTIL [--replacement OUTIL]
  blendwise library pull --template NOM -o FICHIER [--force] | pull FICHIER
    CONNEXION&#xa0;: [--service NOM] [--host H] [--port P] [--dbname BD] [--user U]
                [--sslmode MODE] [--schema S]&#xa0;; les variables PG* et ~/.pgpass fonctionnent aussi
  blendwise --help | --version

export écrit SORTIE à côté de FICHIER (nom de FICHIER, extension du format) sauf si -o est indiqué&#xa0;;
-o - écrit sur la sortie standard.
FICHIER@VERSION (export, diff) lit une version nommée de FICHIER, par nom ou numéro&#xa0;: plan.blendwise@1.0.
--client omet la revue de conception, --bom ajoute une marque d’ordre des octets (BOM) au CSV pour Excel.
--changes-since VERSION ajoute une section «&#xa0;Modifications depuis VERSION&#xa0;» (une version nommée de FICHIER)&#xa0;;
--tracked-changes VERSION (docx uniquement) marque les modifications depuis VERSION comme révisions Word,
à accepter ou refuser une par une dans Word ou LibreOffice.
update affiche les modifications&#xa0;; --dry-run laisse FICHIER inchangé, --remove-missing supprime les
activités qui n’ont pas de ligne dans le CSV (sans cette option, elles sont seulement signalées).
export, check et diff n’écrivent jamais dans FICHIER&#xa0;; mark y ajoute une version&#xa0;; new et import ne
remplacent jamais un fichier sans --force.

Codes de sortie&#xa0;: 0 succès, 1 erreur d’utilisation, 2 l’entrée ne peut pas être lue,
3 check a trouvé des erreurs, 4 la sortie n’a pas pu être écrite, 5 diff a trouvé des différences,
6 conflit de bibliothèque (un collègue a modifié l’élément&#xa0;: récupérez-le, puis publiez de nouveau),
7 le serveur de la bibliothèque est injoignable.</translation>
    </message>
    <message>
        <source>blendwise update FILE CSV [--remove-missing] [--dry-run]</source>
        <translation>blendwise update FICHIER CSV [--remove-missing] [--dry-run]</translation>
    </message>
    <message>
        <source>%1 is open in Blendwise (locked by %2); update it there (File ▸ Update from CSV…).</source>
        <translation>%1 est ouvert dans Blendwise (verrouillé par %2)&#xa0;; mettez-le à jour dans l’application (Fichier ▸ Mettre à jour depuis un CSV…).</translation>
    </message>
    <message>
        <source>No changes: %1 already says what %2 says.</source>
        <translation>Aucune modification&#xa0;: %1 contient déjà ce que contient %2.</translation>
    </message>
    <message>
        <source>1 change; --dry-run: %1 is left as it is.</source>
        <translation>1 modification&#xa0;; --dry-run&#xa0;: %1 reste inchangé.</translation>
    </message>
    <message>
        <source>%1 changes; --dry-run: %2 is left as it is.</source>
        <translation>%1 modifications&#xa0;; --dry-run&#xa0;: %2 reste inchangé.</translation>
    </message>
    <message>
        <source>Updated %1 from %2 (1 change).</source>
        <translation>%1 mis à jour depuis %2 (1 modification).</translation>
    </message>
    <message>
        <source>Updated %1 from %2 (%3 changes).</source>
        <translation>%1 mis à jour depuis %2 (%3 modifications).</translation>
    </message>
    <message>
        <source>blendwise library init|status|publish|pull|list [CONNECTION] ...</source>
        <translation>blendwise library init|status|publish|pull|list [CONNEXION] ...</translation>
    </message>
    <message>
        <source>missing library command</source>
        <translation>commande de bibliothèque manquante</translation>
    </message>
    <message>
        <source>--port needs a number</source>
        <translation>--port attend un nombre</translation>
    </message>
    <message>
        <source>blendwise library init [CONNECTION]</source>
        <translation>blendwise library init [CONNEXION]</translation>
    </message>
    <message>
        <source>The library at %1 is up to date (schema version %2).</source>
        <translation>La bibliothèque %1 est à jour (version de schéma %2).</translation>
    </message>
    <message>
        <source>The library at %1 is at schema version %2 (was %3).</source>
        <translation>La bibliothèque %1 est en version de schéma %2 (auparavant %3).</translation>
    </message>
    <message>
        <source>blendwise library status [CONNECTION]</source>
        <translation>blendwise library status [CONNEXION]</translation>
    </message>
    <message>
        <source>server: %1 (PostgreSQL %2)</source>
        <translation>serveur&#xa0;: %1 (PostgreSQL %2)</translation>
    </message>
    <message>
        <source>schema: %1 version %2 (this Blendwise: %3)</source>
        <translation>schéma&#xa0;: %1 version %2 (ce Blendwise&#xa0;: %3)</translation>
    </message>
    <message>
        <source>items: %1 tools, %2 clients, %3 templates, %4 patterns</source>
        <translation>éléments&#xa0;: %1 outils, %2 clients, %3 modèles, %4 patrons</translation>
    </message>
    <message>
        <source>your roles: %1</source>
        <translation>vos rôles&#xa0;: %1</translation>
    </message>
    <message>
        <source>none (ask an administrator for blendwise_member)</source>
        <translation>aucun (demandez blendwise_member à un administrateur)</translation>
    </message>
    <message>
        <source>blendwise library list tools|templates|patterns|clients [--search TEXT] [--json]</source>
        <translation>blendwise library list tools|templates|patterns|clients [--search TEXTE] [--json]</translation>
    </message>
    <message>
        <source>missing what to list</source>
        <translation>précisez ce qu’il faut lister</translation>
    </message>
    <message>
        <source>cannot list &quot;%1&quot;</source>
        <translation>impossible de lister «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>blendwise library publish FILE [--template NAME [--description TEXT]] [--tools] [--patterns]
       blendwise library publish --retire TOOL [--replacement TOOL]</source>
        <translation>blendwise library publish FICHIER [--template NOM [--description TEXTE]] [--tools] [--patterns]
       blendwise library publish --retire OUTIL [--replacement OUTIL]</translation>
    </message>
    <message>
        <source>Retired &quot;%1&quot; in the library.</source>
        <translation>«&#xa0;%1&#xa0;» retiré de la bibliothèque.</translation>
    </message>
    <message>
        <source>Retired &quot;%1&quot; in the library; replaced by &quot;%2&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» retiré de la bibliothèque&#xa0;; remplacé par «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>say what to publish: --template NAME, --tools, --patterns</source>
        <translation>indiquez ce qu’il faut publier&#xa0;: --template NOM, --tools, --patterns</translation>
    </message>
    <message numerus="yes">
        <source>Published %n tool(s).</source>
        <translation>
            <numerusform>%n outil publié.</numerusform>
            <numerusform>%n outils publiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %n pattern(s).</source>
        <translation>
            <numerusform>%n patron publié.</numerusform>
            <numerusform>%n patrons publiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Published template &quot;%1&quot; (version %2).</source>
        <translation>Modèle «&#xa0;%1&#xa0;» publié (version %2).</translation>
    </message>
    <message>
        <source>blendwise library pull --template NAME -o FILE [--force]
       blendwise library pull FILE      (updates FILE&apos;s tools from the library)</source>
        <translation>blendwise library pull --template NOM -o FICHIER [--force]
       blendwise library pull FICHIER      (met à jour les outils de FICHIER depuis la bibliothèque)</translation>
    </message>
    <message>
        <source>--template needs -o FILE</source>
        <translation>--template exige -o FICHIER</translation>
    </message>
    <message>
        <source>%1 already exists; use --force to replace it.</source>
        <translation>%1 existe déjà&#xa0;; utilisez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>the library has no template named &quot;%1&quot;</source>
        <translation>la bibliothèque ne contient aucun modèle nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Wrote %1 from template &quot;%2&quot;.</source>
        <translation>%1 écrit à partir du modèle «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is open in Blendwise (locked by %2); pull the library there.</source>
        <translation>%1 est ouvert dans Blendwise (verrouillé par %2)&#xa0;; récupérez la bibliothèque dans l’application.</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n tool(s) of %1 from the library.</source>
        <translation>
            <numerusform>%n outil de %1 mis à jour depuis la bibliothèque.</numerusform>
            <numerusform>%n outils de %1 mis à jour depuis la bibliothèque.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown library command &quot;%1&quot;</source>
        <translation>commande de bibliothèque inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>bw::plan::PlanBuilder</name>
    <message>
        <source>Whole programme</source>
        <translation>Programme complet</translation>
    </message>
    <message>
        <source>Objective %1</source>
        <translation>Objectif %1</translation>
    </message>
    <message>
        <source>Learners need to create a personal account.</source>
        <translation>Les apprenants doivent créer un compte personnel.</translation>
    </message>
    <message>
        <source>No new account needed.</source>
        <translation>Aucun nouveau compte nécessaire.</translation>
    </message>
    <message>
        <source>Already provided by the client&apos;s IT.</source>
        <translation>Déjà fourni par le service informatique du client.</translation>
    </message>
    <message>
        <source>Often blocked on corporate networks: check access with IT before launch.</source>
        <translation>Souvent bloqué sur les réseaux d’entreprise&#xa0;: vérifiez l’accès avec le service informatique avant le lancement.</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Coût&#xa0;: %1</translation>
    </message>
    <message>
        <source>Retired by its vendor.</source>
        <translation>Abandonné par son éditeur.</translation>
    </message>
    <message>
        <source>Retired by its vendor; replaced by %1.</source>
        <translation>Abandonné par son éditeur&#xa0;; remplacé par %1.</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Learning time</source>
        <translation>Temps d’apprentissage</translation>
    </message>
    <message>
        <source>date to be set</source>
        <translation>date à fixer</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>In-class moment</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Where learning time goes: minutes per phase, split by who talks to whom. Class time is best spent on exchange and practice; content delivery belongs before class.</source>
        <translation>Où va le temps d’apprentissage&#xa0;: minutes par phase, réparties selon qui s’adresse à qui. Le temps en séance est mieux employé pour l’échange et la pratique&#xa0;; la transmission de contenu a sa place avant la séance.</translation>
    </message>
    <message>
        <source>Minutes per phase and direction</source>
        <translation>Minutes par phase et par direction</translation>
    </message>
    <message>
        <source>Per objective</source>
        <translation>Par objectif</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Each objective&apos;s activities by phase, in learning order, with their direction.</source>
        <translation>Les activités de chaque objectif par phase, dans l’ordre d’apprentissage, avec leur direction.</translation>
    </message>
    <message>
        <source>Success measure</source>
        <translation>Critère de réussite</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No activities planned yet.</source>
        <translation>Aucune activité prévue pour l’instant.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Grouping · led by</source>
        <translation>Modalité de travail · animé par</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Livrable</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>grouping · led by</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>In-class moments</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>to be set</source>
        <translation>à fixer</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Tool or place</source>
        <translation>Outil ou lieu</translation>
    </message>
    <message>
        <source>Pre- or post-class activities not dated yet: %1. Link them to an in-class moment to place them on the timeline.</source>
        <translation>Activités avant ou après la séance pas encore datées&#xa0;: %1. Rattachez-les à une séance pour les placer sur la chronologie.</translation>
    </message>
    <message>
        <source>Every tool this plan uses, what learners gain from it and what to prepare before launch.</source>
        <translation>Tous les outils utilisés dans ce plan, ce que les apprenants y gagnent et ce qu’il faut préparer avant le lancement.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Directions</translation>
    </message>
    <message>
        <source>(%1 more in the learning sequences)</source>
        <translation>(%1 de plus dans les séquences d’apprentissage)</translation>
    </message>
    <message>
        <source>Learner benefit</source>
        <translation>Bénéfice pour l’apprenant</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Setup checklist</source>
        <translation>Liste de mise en place</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Rules of use</source>
        <translation>Règles d’usage</translation>
    </message>
    <message>
        <source>Sub-groups</source>
        <translation>Sous-groupes</translation>
    </message>
    <message>
        <source>Sub-group</source>
        <translation>Sous-groupe</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Assessed activities</source>
        <translation>Activités évaluées</translation>
    </message>
    <message>
        <source>No measure defined yet.</source>
        <translation>Aucun critère de réussite défini pour l’instant.</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucune pour l’instant</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Le plan</translation>
    </message>
    <message>
        <source>Activity %1 %2</source>
        <translation>Activité %1 %2</translation>
    </message>
    <message>
        <source>Tool %1</source>
        <translation>Outil %1</translation>
    </message>
    <message>
        <source>The design advisor found nothing to improve in this plan.</source>
        <translation>Le conseiller de conception n’a rien trouvé à améliorer dans ce plan.</translation>
    </message>
    <message>
        <source>The design advisor checked the plan against the method.</source>
        <translation>Le conseiller de conception a vérifié le plan au regard de la méthode.</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>activity numbers: learner benefit</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1–%2 min</source>
        <comment>minutes from the start of the moment</comment>
        <translation>%1–%2 min</translation>
    </message>
    <message>
        <source>Minutes, with the number of activities in brackets. A range such as 10–15 minutes counts as its midpoint in whole minutes (13); a recurring activity counts every time it happens.</source>
        <translation>Minutes, avec le nombre d’activités entre parenthèses. Une plage comme 10–15 minutes compte pour son milieu, en minutes entières (13)&#xa0;; une activité récurrente compte chaque fois qu’elle a lieu.</translation>
    </message>
    <message>
        <source>By phase</source>
        <translation>Par phase</translation>
    </message>
    <message>
        <source>By direction</source>
        <translation>Par direction</translation>
    </message>
    <message>
        <source>Assessment instrument</source>
        <translation>Instrument d’évaluation</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <comment>title (occurrence of occurrences)</comment>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>%1 of %2 minutes planned: %3 minutes more than the moment lasts.</source>
        <translation>%1 minutes planifiées sur %2&#xa0;: %3 minutes de plus que la durée de la séance.</translation>
    </message>
    <message>
        <source>%1 of %2 minutes planned: %3 minutes not planned yet.</source>
        <translation>%1 minutes planifiées sur %2&#xa0;: %3 minutes restent à planifier.</translation>
    </message>
    <message>
        <source>%1 of %2 minutes planned.</source>
        <translation>%1 minutes planifiées sur %2.</translation>
    </message>
    <message>
        <source>Activities without a duration take no time until they are estimated.</source>
        <translation>Les activités sans durée ne comptent pas tant qu’elles ne sont pas estimées.</translation>
    </message>
    <message>
        <source>No in-class activities planned yet.</source>
        <translation>Aucune activité en séance prévue pour l’instant.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <source>Instrument: %1</source>
        <translation>Instrument&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attached file: %1</source>
        <translation>Fichier joint&#xa0;: %1</translation>
    </message>
    <message>
        <source>The files attached to the objectives&apos; assessment instruments, delivered with this plan.</source>
        <translation>Les fichiers joints aux instruments d’évaluation des objectifs, fournis avec ce plan.</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size (KB)</source>
        <translation>Taille (Ko)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>the previous version</source>
        <translation>la version précédente</translation>
    </message>
    <message>
        <source>Nothing has changed since %1.</source>
        <translation>Rien n’a changé depuis %1.</translation>
    </message>
    <message>
        <source>What changed since %1, item by item.</source>
        <translation>Ce qui a changé depuis %1, élément par élément.</translation>
    </message>
    <message>
        <source>The plan as a whole</source>
        <translation>Le plan dans son ensemble</translation>
    </message>
    <message>
        <source>Removed objective: %1</source>
        <translation>Objectif supprimé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>bw::plan::PlanText</name>
    <message>
        <source>Cover</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>The blend at a glance</source>
        <translation>L’hybridation en un coup d’œil</translation>
    </message>
    <message>
        <source>Flow overview</source>
        <translation>Vue d’ensemble du déroulé</translation>
    </message>
    <message>
        <source>Learning sequences</source>
        <translation>Séquences d’apprentissage</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <source>Evaluation plan</source>
        <translation>Plan d’évaluation</translation>
    </message>
    <message>
        <source>Design review</source>
        <translation>Revue de conception</translation>
    </message>
    <message>
        <source>Blended-learning plan</source>
        <translation>Plan de formation hybride</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>Préparé pour</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Préparé par</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Made with Blendwise</source>
        <translation>Réalisé avec Blendwise</translation>
    </message>
    <message>
        <source>Objective no.</source>
        <translation>N° objectif</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Activity no.</source>
        <translation>N° activité</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Modalité de travail</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Animé par</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Livrable</translation>
    </message>
    <message>
        <source>Learner benefit</source>
        <translation>Bénéfice pour l’apprenant</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>In-class moment</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Offset (days)</source>
        <translation>Décalage (jours)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation>Documents joints</translation>
    </message>
    <message>
        <source>No tool — in the room</source>
        <translation>Sans outil — en salle</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Minutes in all</source>
        <translation>Minutes au total</translation>
    </message>
    <message>
        <source>Revision history</source>
        <translation>Historique des versions</translation>
    </message>
    <message>
        <source>Changes since the previous version</source>
        <translation>Modifications depuis la version précédente</translation>
    </message>
    <message>
        <source>Changes since %1</source>
        <translation>Modifications depuis %1</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
</context>
<context>
    <name>bw::ui::ActivityBoard</name>
    <message>
        <source>Activity board</source>
        <translation>Tableau des activités</translation>
    </message>
    <message>
        <source>Direction legend</source>
        <translation>Légende des directions</translation>
    </message>
    <message>
        <source>Content goes out from the trainer to the learners</source>
        <translation>Le contenu va du formateur vers les apprenants</translation>
    </message>
    <message>
        <source>Learners report back to the trainer</source>
        <translation>Les apprenants rendent compte au formateur</translation>
    </message>
    <message>
        <source>Learners share with each other</source>
        <translation>Les apprenants échangent entre eux</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>Non placées</translation>
    </message>
    <message>
        <source>%1 lane</source>
        <translation>Couloir %1</translation>
    </message>
    <message>
        <source>No %1 activities.
Press Ins to add one, or drop a card here.</source>
        <translation>Aucune activité «&#xa0;%1&#xa0;».
Appuyez sur Inser pour en ajouter une, ou déposez une carte ici.</translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation>1 activité</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n activité</numerusform>
            <numerusform>%n activités</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 min</source>
        <translation>%1 · %2 min</translation>
    </message>
    <message>
        <source>Start with an objective: press Ctrl+Shift+N</source>
        <translation>Commencez par un objectif&#xa0;: appuyez sur Ctrl+Maj+N</translation>
    </message>
    <message>
        <source>Select an objective</source>
        <translation>Sélectionnez un objectif</translation>
    </message>
    <message>
        <source>Objective %1: %2</source>
        <translation>Objectif %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nouvelle activité</translation>
    </message>
</context>
<context>
    <name>bw::ui::ActivityCardDelegate</name>
    <message>
        <source>No tool yet</source>
        <translation>Pas encore d’outil</translation>
    </message>
    <message>
        <source>Activity title</source>
        <translation>Titre de l’activité</translation>
    </message>
    <message>
        <source>What do learners do?</source>
        <translation>Que font les apprenants&#xa0;?</translation>
    </message>
</context>
<context>
    <name>bw::ui::ActivityInspector</name>
    <message>
        <source>What learners do, e.g. “Share a risk you met”</source>
        <translation>Ce que font les apprenants, par ex. «&#xa0;Partager un risque rencontré&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>A short name for the activity, shown on the board and in the plan.</source>
        <translation>Un nom court pour l’activité, affiché dans le tableau et dans le plan.</translation>
    </message>
    <message>
        <source>Step-by-step instructions for learners</source>
        <translation>Consignes pas à pas pour les apprenants</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>&amp;Consignes&#xa0;:</translation>
    </message>
    <message>
        <source>What learners are asked to do, printed in the plan.</source>
        <translation>Ce qui est demandé aux apprenants, imprimé dans le plan.</translation>
    </message>
    <message>
        <source>Before learners meet: preparation that needs no trainer in the room</source>
        <translation>Avant que les apprenants se retrouvent&#xa0;: une préparation qui ne demande pas de formateur dans la salle</translation>
    </message>
    <message>
        <source>While learners are together: coaching, feedback and practice</source>
        <translation>Quand les apprenants sont ensemble&#xa0;: accompagnement, retours et pratique</translation>
    </message>
    <message>
        <source>After the class: follow-up, application and reflection</source>
        <translation>Après la séance&#xa0;: suivi, mise en application et réflexion</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Phase&#xa0;:</translation>
    </message>
    <message>
        <source>When the activity happens. Arrow keys move between the choices.</source>
        <translation>Quand l’activité a lieu. Les touches fléchées passent d’un choix à l’autre.</translation>
    </message>
    <message>
        <source>Content goes out from the trainer to the learners (Alt+1)</source>
        <translation>Le contenu va du formateur vers les apprenants (Alt+1)</translation>
    </message>
    <message>
        <source>Learners report back to the trainer (Alt+2)</source>
        <translation>Les apprenants rendent compte au formateur (Alt+2)</translation>
    </message>
    <message>
        <source>Learners share with each other (Alt+3)</source>
        <translation>Les apprenants échangent entre eux (Alt+3)</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Direction&#xa0;:</translation>
    </message>
    <message>
        <source>Who talks to whom. Alt+1, Alt+2 and Alt+3 choose while the inspector has the focus.</source>
        <translation>Qui s’adresse à qui. Alt+1, Alt+2 et Alt+3 permettent de choisir quand l’inspecteur a le focus.</translation>
    </message>
    <message>
        <source>T&amp;ool:</source>
        <translation>&amp;Outil&#xa0;:</translation>
    </message>
    <message>
        <source>The tool that carries the activity. Type to search; tools that fit come first.</source>
        <translation>L’outil qui porte l’activité. Tapez pour rechercher&#xa0;; les outils adaptés apparaissent en premier.</translation>
    </message>
    <message>
        <source>Minutes, e.g. 30 or 10-15</source>
        <translation>Minutes, par ex. 30 ou 10-15</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source>Minutes learners spend on it: a number (30) or a range (10-15).</source>
        <translation>Minutes que les apprenants y consacrent&#xa0;: un nombre (30) ou une plage (10-15).</translation>
    </message>
    <message>
        <source>&amp;Grouping:</source>
        <translation>&amp;Modalité de travail&#xa0;:</translation>
    </message>
    <message>
        <source>How learners work: alone, in pairs, in sub-groups or as a whole group.</source>
        <translation>Comment les apprenants travaillent&#xa0;: seuls, en binôme, en sous-groupes ou en groupe entier.</translation>
    </message>
    <message>
        <source>&amp;Led by:</source>
        <translation>&amp;Animé par&#xa0;:</translation>
    </message>
    <message>
        <source>What learners hand in or produce</source>
        <translation>Ce que les apprenants rendent ou produisent</translation>
    </message>
    <message>
        <source>Delive&amp;rable:</source>
        <translation>&amp;Livrable&#xa0;:</translation>
    </message>
    <message>
        <source>The tangible result of the activity, if any.</source>
        <translation>Le résultat concret de l’activité, s’il y en a un.</translation>
    </message>
    <message>
        <source>Why this tool helps the learner</source>
        <translation>En quoi cet outil aide l’apprenant</translation>
    </message>
    <message>
        <source>U&amp;se the tool&apos;s suggested benefit</source>
        <translation>&amp;Reprendre le bénéfice suggéré par l’outil</translation>
    </message>
    <message>
        <source>Learner &amp;benefit:</source>
        <translation>&amp;Bénéfice pour l’apprenant&#xa0;:</translation>
    </message>
    <message>
        <source>Learner benefit</source>
        <translation>Bénéfice pour l’apprenant</translation>
    </message>
    <message>
        <source>Told to learners so that they see why the tool is worth their time.</source>
        <translation>Communiqué aux apprenants pour qu’ils voient en quoi l’outil vaut le temps qu’ils y passent.</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>É&amp;valuation&#xa0;:</translation>
    </message>
    <message>
        <source>Whether the activity is assessed, and how.</source>
        <translation>Si l’activité est évaluée, et comment.</translation>
    </message>
    <message>
        <source>In-class &amp;moment:</source>
        <translation>&amp;Séance&#xa0;:</translation>
    </message>
    <message>
        <source>The class session the activity belongs to or prepares for.</source>
        <translation>La séance à laquelle l’activité appartient ou qu’elle prépare.</translation>
    </message>
    <message>
        <source>Whe&amp;n due:</source>
        <translation>Éc&amp;héance&#xa0;:</translation>
    </message>
    <message>
        <source>Due, in days before or after the moment</source>
        <translation>Échéance, en jours avant ou après la séance</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Only pre-class and post-class activities are due some days before or after their moment.</source>
        <translation>Seules les activités avant et après la séance ont une échéance quelques jours avant ou après leur séance.</translation>
    </message>
    <message>
        <source>Choose the in-class moment first; the due date counts from it.</source>
        <translation>Choisissez d’abord la séance&#xa0;; l’échéance se compte à partir d’elle.</translation>
    </message>
    <message>
        <source>When the activity is due, counted from its in-class moment.</source>
        <translation>Quand l’activité est à rendre, compté à partir de sa séance.</translation>
    </message>
    <message>
        <source>Replace the text with the benefit suggested for %1: “%2”</source>
        <translation>Remplacer le texte par le bénéfice suggéré pour %1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Enter minutes as a number (30) or a range (10-15).</source>
        <translation>Saisissez les minutes sous forme de nombre (30) ou de plage (10-15).</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nothing selected&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Select an objective to write its measure and assessment here, or an activity on the board to set its phase, direction, tool, duration and texts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucune sélection&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sélectionnez un objectif pour rédiger ici son critère de réussite et son évaluation, ou une activité du tableau pour définir sa phase, sa direction, son outil, sa durée et ses textes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Who runs the activity: a fixed leader, one of the project&apos;s community roles, or any other role.</source>
        <translation>Qui anime l’activité&#xa0;: un animateur attitré, l’un des rôles de la communauté du projet, ou tout autre rôle.</translation>
    </message>
    <message>
        <source>e.g. Sales director, L&amp;D contact</source>
        <translation>par ex. Directeur commercial, contact L&amp;D</translation>
    </message>
    <message>
        <source>Ot&amp;her role:</source>
        <translation>Autr&amp;e rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Other role that leads the activity</source>
        <translation>Autre rôle qui anime l’activité</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Ne se répète pas</translation>
    </message>
    <message>
        <source>Every N days</source>
        <translation>Tous les N jours</translation>
    </message>
    <message>
        <source>Every N weeks</source>
        <translation>Toutes les N semaines</translation>
    </message>
    <message>
        <source>every </source>
        <translation>intervalle de </translation>
    </message>
    <message>
        <source>Repeat every N days or weeks</source>
        <translation>Répéter tous les N jours ou toutes les N semaines</translation>
    </message>
    <message>
        <source>How many days or weeks lie between two occurrences.</source>
        <translation>Le nombre de jours ou de semaines entre deux occurrences.</translation>
    </message>
    <message>
        <source>R&amp;epeats:</source>
        <translation>Répét&amp;ition&#xa0;:</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Whether the activity happens once or repeats, e.g. every week for 8 weeks.</source>
        <translation>Si l’activité a lieu une seule fois ou se répète, par ex. chaque semaine pendant 8 semaines.</translation>
    </message>
    <message>
        <source>a&amp;fter</source>
        <translation>a&amp;près</translation>
    </message>
    <message>
        <source>Ends after a number of times</source>
        <translation>Se termine après un nombre de fois</translation>
    </message>
    <message>
        <source>Number of times in all</source>
        <translation>Nombre de fois au total</translation>
    </message>
    <message>
        <source>How many times the activity happens in all, the first one included.</source>
        <translation>Combien de fois l’activité a lieu au total, la première comprise.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>le</translation>
    </message>
    <message>
        <source>Ends on a date</source>
        <translation>Se termine à une date</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Dernière date</translation>
    </message>
    <message>
        <source>The last day the activity can happen.</source>
        <translation>Le dernier jour où l’activité peut avoir lieu.</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Fin&#xa0;:</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>The activity ends after a number of times.</source>
        <translation>L’activité se termine après un nombre de fois.</translation>
    </message>
    <message>
        <source>The activity repeats until a date.</source>
        <translation>L’activité se répète jusqu’à une date.</translation>
    </message>
    <message>
        <source>Unnamed role</source>
        <translation>Rôle sans nom</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>role name (role kind)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A role no longer in the project</source>
        <translation>Un rôle qui ne fait plus partie du projet</translation>
    </message>
    <message>
        <source>Other role…</source>
        <translation>Autre rôle…</translation>
    </message>
    <message>
        <source>Name any other role below, e.g. a sales director</source>
        <translation>Nommez tout autre rôle ci-dessous, par ex. un directeur commercial</translation>
    </message>
    <message>
        <source> week</source>
        <translation> semaine</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <source> day</source>
        <translation> jour</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source> time</source>
        <translation> fois</translation>
    </message>
    <message>
        <source> times</source>
        <translation> fois</translation>
    </message>
    <message>
        <source>The role that runs the activity, e.g. sales director or L&amp;D contact.</source>
        <translation>Le rôle qui anime l’activité, par ex. directeur commercial ou contact L&amp;D.</translation>
    </message>
    <message>
        <source>Choose “Other role…” under Led by to name a role that is not in the list.</source>
        <translation>Choisissez «&#xa0;Autre rôle…&#xa0;» sous «&#xa0;Animé par&#xa0;» pour nommer un rôle absent de la liste.</translation>
    </message>
    <message>
        <source>The activity&apos;s tool suggests no benefit.</source>
        <translation>L’outil de l’activité ne suggère aucun bénéfice.</translation>
    </message>
</context>
<context>
    <name>bw::ui::ActivityLaneModel</name>
    <message>
        <source>no tool</source>
        <translation>pas d’outil</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Changed since the version you compare with</source>
        <translation>Modifiée depuis la version de comparaison</translation>
    </message>
    <message>
        <source>in the room, no tool</source>
        <translation>en salle, sans outil</translation>
    </message>
    <message>
        <source>, changed</source>
        <translation>, modifiée</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>En salle</translation>
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
        <translation>Déplacer «&#xa0;%1&#xa0;» dans le déroulé</translation>
    </message>
    <message>
        <source>Add lunch to the agenda</source>
        <translation>Ajouter un déjeuner au déroulé</translation>
    </message>
    <message>
        <source>Add a break to the agenda</source>
        <translation>Ajouter une pause au déroulé</translation>
    </message>
    <message>
        <source>Change “%1” in the agenda</source>
        <translation>Modifier «&#xa0;%1&#xa0;» dans le déroulé</translation>
    </message>
    <message>
        <source>Remove “%1” from the agenda</source>
        <translation>Retirer «&#xa0;%1&#xa0;» du déroulé</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Untitled activity</source>
        <translation>Activité sans titre</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>durée non estimée</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Enter or double-click selects the activity; Ctrl+Up and Ctrl+Down move it</source>
        <translation>Entrée ou un double-clic sélectionne l’activité&#xa0;; Ctrl+Up et Ctrl+Down la déplacent</translation>
    </message>
    <message>
        <source>F2 renames the break; Delete removes it; Ctrl+Up and Ctrl+Down move it</source>
        <translation>F2 renomme la pause&#xa0;; Suppr la retire&#xa0;; Ctrl+Up et Ctrl+Down la déplacent</translation>
    </message>
</context>
<context>
    <name>bw::ui::BlendOverview</name>
    <message>
        <source>Blend overview</source>
        <translation>Vue d’ensemble de l’hybridation</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Which activities the figures cover</source>
        <translation>Les activités prises en compte dans les chiffres</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Add up the estimated minutes (the middle of a range)</source>
        <translation>Additionner les minutes estimées (le milieu d’une plage)</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Count the activities</source>
        <translation>Compter les activités</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>No direction</source>
        <translation>Sans direction</translation>
    </message>
    <message>
        <source>Blend chart</source>
        <translation>Graphique de l’hybridation</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Blend figures</source>
        <translation>Chiffres de l’hybridation</translation>
    </message>
    <message>
        <source>Follow the selected objective</source>
        <translation>Suivre l’objectif sélectionné</translation>
    </message>
    <message>
        <source>Whole programme</source>
        <translation>Programme complet</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Time in class: %1% of %2 minutes. Flipped classrooms keep class time for practice and feedback, and move content before and after.</source>
        <translation>Temps en séance&#xa0;: %1 % de %2 minutes. La classe inversée réserve le temps de séance à la pratique et aux retours, et place le contenu avant et après.</translation>
    </message>
    <message>
        <source>No minutes estimated yet: give activities a duration to see how the time is spent.</source>
        <translation>Aucune durée estimée pour l’instant&#xa0;: donnez une durée aux activités pour voir comment le temps se répartit.</translation>
    </message>
    <message>
        <source>1 activity has no phase and is not counted.</source>
        <translation>1 activité n’a pas de phase et n’est pas comptée.</translation>
    </message>
    <message>
        <source>%1 activities have no phase and are not counted.</source>
        <translation>%1 activités n’ont pas de phase et ne sont pas comptées.</translation>
    </message>
</context>
<context>
    <name>bw::ui::BoardOverview</name>
    <message>
        <source>Overview of all objectives and their lanes</source>
        <translation>Vue d’ensemble de tous les objectifs et de leurs couloirs</translation>
    </message>
    <message>
        <source>%1
%2 · %3 · %4</source>
        <translation>%1
%2 · %3 · %4</translation>
    </message>
    <message>
        <source>no tool</source>
        <translation>pas d’outil</translation>
    </message>
    <message>
        <source>no duration</source>
        <translation>pas de durée</translation>
    </message>
</context>
<context>
    <name>bw::ui::ChangesPanel</name>
    <message>
        <source>Added</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacement</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Comparer avec&#xa0;:</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>The state of the plan that the changes are counted from.</source>
        <translation>L’état du plan à partir duquel les modifications sont comptées.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Double-click or press Enter to go to the item.</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour aller à l’élément.</translation>
    </message>
    <message>
        <source>The file as last saved</source>
        <translation>Le dernier enregistrement</translation>
    </message>
    <message>
        <source>The plan has not been saved yet: every item is new.</source>
        <translation>Le plan n’a pas encore été enregistré&#xa0;: tous les éléments sont nouveaux.</translation>
    </message>
    <message>
        <source>Objective %1: %2</source>
        <translation>Objectif %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Removed objectives</source>
        <translation>Objectifs supprimés</translation>
    </message>
    <message>
        <source>Project and community rules</source>
        <translation>Projet et règles de la communauté</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>In-class moments</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>Comparaison impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>No changes since %1.</source>
        <translation>Aucune modification depuis %1.</translation>
    </message>
    <message>
        <source>1 change since %1.</source>
        <translation>1 modification depuis %1.</translation>
    </message>
    <message>
        <source>%1 changes since %2.</source>
        <translation>%1 modifications depuis %2.</translation>
    </message>
</context>
<context>
    <name>bw::ui::ClientProfileDialog</name>
    <message>
        <source>Apply Client Profile</source>
        <translation>Appliquer un profil client</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>No team library is set up (Edit ▸ Team Library Settings…).</source>
        <translation>Aucune bibliothèque d’équipe n’est configurée (Édition ▸ Paramètres de la bibliothèque d’équipe…).</translation>
    </message>
    <message>
        <source>Asking the team library…</source>
        <translation>Interrogation de la bibliothèque d’équipe…</translation>
    </message>
    <message>
        <source>The team library is offline: nothing was changed.</source>
        <translation>La bibliothèque d’équipe est hors ligne&#xa0;: rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The team library could not be read: %1</source>
        <translation>Impossible de lire la bibliothèque d’équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Provides: %1
Blocks: %2</source>
        <translation>Fournit&#xa0;: %1
Bloque&#xa0;: %2</translation>
    </message>
    <message>
        <source>The team library has no client profiles yet.</source>
        <translation>La bibliothèque d’équipe ne contient encore aucun profil client.</translation>
    </message>
    <message>
        <source>Choose the client whose IT landscape this course meets:</source>
        <translation>Choisissez le client dont l’environnement informatique accueille cette formation&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a client.</source>
        <translation>Choisissez un client.</translation>
    </message>
    <message>
        <source>Apply client profile %1</source>
        <translation>Appliquer le profil client %1</translation>
    </message>
    <message>
        <source>The profile could not be applied: %1</source>
        <translation>Impossible d’appliquer le profil&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>bw::ui::ColumnMapDialog</name>
    <message>
        <source>Import Spreadsheet — Columns</source>
        <translation>Importer un tableur — Colonnes</translation>
    </message>
    <message>
        <source>“%1” is not a spreadsheet exported by Blendwise. Choose the column that holds each field of an activity; one row becomes one activity. Only the title is required.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un tableur exporté par Blendwise. Choisissez la colonne qui contient chaque champ d’une activité&#xa0;; chaque ligne devient une activité. Seul le titre est obligatoire.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>— choose a column —</source>
        <translation>— choisissez une colonne —</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— non importé —</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Preview of the first rows:</source>
        <translation>Aperçu des premières lignes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Choose the column that holds the activities’ titles.</source>
        <translation>Choisissez la colonne qui contient les titres des activités.</translation>
    </message>
    <message>
        <source>The column “%1” is chosen for more than one field; each field then gets the same value.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» est choisie pour plusieurs champs&#xa0;; chacun de ces champs reçoit alors la même valeur.</translation>
    </message>
</context>
<context>
    <name>bw::ui::CsvUpdateDialog</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the limit for an import</source>
        <translation>%1 dépasse %2 Mo, la limite pour une importation</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lu</translation>
    </message>
    <message>
        <source>guessed</source>
        <translation>déduit</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>Update from CSV</source>
        <translation>Mettre à jour depuis un CSV</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv);;All files (*)</source>
        <translation>Tableurs (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Apply the changes made in a spreadsheet to this plan. The spreadsheet must be a CSV that Blendwise exported (File ▸ Export…, CSV): its “Key” column tells which activity each row is. Rows without a key are added.</source>
        <translation>Appliquez à ce plan les modifications faites dans un tableur. Le tableur doit être un CSV exporté par Blendwise (Fichier ▸ Exporter…, CSV)&#xa0;: sa colonne «&#xa0;Clé&#xa0;» indique à quelle activité correspond chaque ligne. Les lignes sans clé sont ajoutées.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Type a path or choose the file</source>
        <translation>Saisissez un chemin ou choisissez le fichier</translation>
    </message>
    <message>
        <source>Spreadsheet file</source>
        <translation>Fichier tableur</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Reading the spreadsheet</source>
        <translation>Lecture du tableur</translation>
    </message>
    <message>
        <source>C&amp;hanges that will be applied:</source>
        <translation>&amp;Modifications qui seront appliquées&#xa0;:</translation>
    </message>
    <message>
        <source>Changes that will be applied</source>
        <translation>Modifications qui seront appliquées</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Notes on the spreadsheet</source>
        <translation>Remarques sur le tableur</translation>
    </message>
    <message>
        <source>&amp;Remove activities missing from the spreadsheet</source>
        <translation>&amp;Supprimer les activités absentes du tableur</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Choose the CSV file to update from.</source>
        <translation>Choisissez le fichier CSV à partir duquel mettre à jour.</translation>
    </message>
    <message>
        <source>Nothing can be applied: %1</source>
        <translation>Rien ne peut être appliqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The plan already says what %1 says: nothing to apply.</source>
        <translation>Le plan contient déjà ce que contient %1&#xa0;: rien à appliquer.</translation>
    </message>
    <message>
        <source>1 change from %1.</source>
        <translation>1 modification provenant de %1.</translation>
    </message>
    <message>
        <source>%1 changes from %2.</source>
        <translation>%1 modifications provenant de %2.</translation>
    </message>
    <message>
        <source>Update from %1</source>
        <translation>Mise à jour depuis %1</translation>
    </message>
</context>
<context>
    <name>bw::ui::DayView</name>
    <message>
        <source>In-class moment %1</source>
        <translation>Séance %1</translation>
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
        <translation>Vue de la journée</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>&amp;Séance&#xa0;:</translation>
    </message>
    <message>
        <source>In-class moment shown</source>
        <translation>Séance affichée</translation>
    </message>
    <message>
        <source>The in-class moment whose running order is shown</source>
        <translation>La séance dont le déroulé est affiché</translation>
    </message>
    <message>
        <source>Agenda of the moment</source>
        <translation>Déroulé de la séance</translation>
    </message>
    <message>
        <source>Drag an entry, or press Ctrl+Up or Ctrl+Down, to change the running order. Enter selects the activity on the board.</source>
        <translation>Faites glisser un élément, ou appuyez sur Ctrl+Up ou Ctrl+Down, pour modifier l’ordre du déroulé. Entrée sélectionne l’activité sur le tableau.</translation>
    </message>
    <message>
        <source>Planned time</source>
        <translation>Temps planifié</translation>
    </message>
    <message>
        <source>Add brea&amp;k</source>
        <translation>Ajouter une &amp;pause</translation>
    </message>
    <message>
        <source>Add a %1-minute break after the selected entry</source>
        <translation>Ajouter une pause de %1 minutes après l’élément sélectionné</translation>
    </message>
    <message>
        <source>Add lun&amp;ch</source>
        <translation>Ajouter un &amp;déjeuner</translation>
    </message>
    <message>
        <source>Add a %1-minute lunch after the selected entry</source>
        <translation>Ajouter un déjeuner de %1 minutes après l’élément sélectionné</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected break or lunch (Delete)</source>
        <translation>Retirer la pause ou le déjeuner sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move the selected entry earlier in the day (Ctrl+Up)</source>
        <translation>Placer l’élément sélectionné plus tôt dans la journée (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>D&amp;escendre</translation>
    </message>
    <message>
        <source>Move the selected entry later in the day (Ctrl+Down)</source>
        <translation>Placer l’élément sélectionné plus tard dans la journée (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Break &amp;title:</source>
        <translation>&amp;Titre de la pause&#xa0;:</translation>
    </message>
    <message>
        <source>Title of the break</source>
        <translation>Titre de la pause</translation>
    </message>
    <message>
        <source>What the agenda calls the selected break; empty shows “Break” or “Lunch”</source>
        <translation>Le nom de la pause sélectionnée dans le déroulé&#xa0;; vide, il affiche «&#xa0;Pause&#xa0;» ou «&#xa0;Déjeuner&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>Min&amp;utes&#xa0;:</translation>
    </message>
    <message>
        <source>Length of the break in minutes</source>
        <translation>Durée de la pause en minutes</translation>
    </message>
    <message>
        <source>How long the selected break or lunch lasts</source>
        <translation>Durée de la pause ou du déjeuner sélectionné</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>%1 minutes planned; the moment has no length set</source>
        <translation>%1 minutes planifiées&#xa0;; la séance n’a pas de durée définie</translation>
    </message>
    <message>
        <source>%1 of %2 minutes planned</source>
        <translation>%1 minutes planifiées sur %2</translation>
    </message>
    <message>
        <source>%1 — overruns by %2</source>
        <translation>%1 — dépassement de %2</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>%1 — the day is full</source>
        <translation>%1 — la journée est complète</translation>
    </message>
    <message>
        <source>%1 — %2 free</source>
        <translation>%1 — temps libre&#xa0;: %2</translation>
    </message>
    <message>
        <source>No in-class moments yet. Add the days the group meets in Project Properties (Ctrl+I).</source>
        <translation>Aucune séance pour l’instant. Ajoutez les journées où le groupe se réunit dans les propriétés du projet (Ctrl+I).</translation>
    </message>
    <message>
        <source>No in-class activities in this moment yet. Give activities of the in-class phase this moment in the inspector, or add a break.</source>
        <translation>Aucune activité prévue dans cette séance pour l’instant. Dans l’inspecteur, rattachez à cette séance des activités de la phase «&#xa0;Pendant la séance&#xa0;», ou ajoutez une pause.</translation>
    </message>
    <message>
        <source>No break selected</source>
        <translation>Aucune pause sélectionnée</translation>
    </message>
</context>
<context>
    <name>bw::ui::ExportDialog</name>
    <message>
        <source>Export Plan</source>
        <translation>Exporter le plan</translation>
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
        <translation>Choisir où enregistrer le plan exporté</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>Enre&amp;gistrer dans&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>The client version never includes the design review</source>
        <translation>La version client n’inclut jamais la revue de conception</translation>
    </message>
    <message>
        <source>That is the project file itself. Choose another name for the export.</source>
        <translation>C’est le fichier du projet lui-même. Choisissez un autre nom pour l’export.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Choose another place for the export.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’existe pas. Choisissez un autre emplacement pour l’export.</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Voulez-vous le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Leave out the design review (&amp;client version)</source>
        <translation>Omettre la revue de conception (version &amp;client)</translation>
    </message>
    <message>
        <source>Help Excel show accented letters correctly (adds a byte-order &amp;mark)</source>
        <translation>Aider Excel à afficher correctement les lettres accentuées (ajoute une &amp;marque d’ordre des octets)</translation>
    </message>
    <message>
        <source>Sections to include</source>
        <translation>Sections à inclure</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Taille du papier&#xa0;:</translation>
    </message>
    <message>
        <source>Show the changes as &amp;tracked changes in Word</source>
        <translation>Afficher les modifications avec le &amp;suivi des modifications de Word</translation>
    </message>
    <message>
        <source>Adds a section listing what changed since the chosen version</source>
        <translation>Ajoute une section qui liste ce qui a changé depuis la version choisie</translation>
    </message>
    <message>
        <source>Include what changed since</source>
        <translation>Inclure ce qui a changé depuis</translation>
    </message>
    <message>
        <source>The Word document marks every difference from the chosen version as a revision the client can accept or reject</source>
        <translation>Le document Word marque chaque différence avec la version choisie comme une révision que le client peut accepter ou refuser</translation>
    </message>
    <message>
        <source>Nothing (no comparison)</source>
        <translation>Rien (aucune comparaison)</translation>
    </message>
    <message>
        <source>Include &amp;what changed since:</source>
        <translation>Inclure ce qui a changé &amp;depuis&#xa0;:</translation>
    </message>
    <message>
        <source>That version is no longer in the project.</source>
        <translation>Cette version ne figure plus dans le projet.</translation>
    </message>
</context>
<context>
    <name>bw::ui::ExportRunner</name>
    <message>
        <source>Print Plan</source>
        <translation>Imprimer le plan</translation>
    </message>
    <message>
        <source>Export Plan</source>
        <translation>Exporter le plan</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>Export de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Preparing the printout…</source>
        <translation>Préparation de l’impression…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 of %2 pages</source>
        <translation>%1 pages sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 lignes sur %2</translation>
    </message>
    <message>
        <source>Exporting “%1”… %2</source>
        <translation>Export de «&#xa0;%1&#xa0;»… %2</translation>
    </message>
    <message>
        <source>Printing… %1</source>
        <translation>Impression… %1</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Impression annulée.</translation>
    </message>
    <message>
        <source>The plan was sent to %1.</source>
        <translation>Le plan a été envoyé à %1.</translation>
    </message>
    <message>
        <source>The plan was exported to “%1”.</source>
        <translation>Le plan a été exporté dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” was exported, but some characters cannot be shown.</source>
        <translation>«&#xa0;%1&#xa0;» a été exporté, mais certains caractères ne peuvent pas être affichés.</translation>
    </message>
    <message>
        <source>Install a font that has them, or change the text.</source>
        <translation>Installez une police qui les contient, ou modifiez le texte.</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Export cancelled. “%1” was left as it was.</source>
        <translation>Export annulé. «&#xa0;%1&#xa0;» n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>Export annulé. Aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
    <message>
        <source>The plan was exported to %1.</source>
        <translation>Le plan a été exporté dans %1.</translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation>&amp;Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Open %1 in the program your desktop uses for it</source>
        <translation>Ouvrir %1 dans le programme associé par votre bureau</translation>
    </message>
    <message>
        <source>Show the folder %1 in the file manager</source>
        <translation>Afficher le dossier %1 dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>The plan could not be exported to “%1”.</source>
        <translation>Le plan n’a pas pu être exporté dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The plan could not be printed on %1.</source>
        <translation>Le plan n’a pas pu être imprimé sur %1.</translation>
    </message>
    <message>
        <source>No program could be found to open %1.</source>
        <translation>Aucun programme n’a été trouvé pour ouvrir %1.</translation>
    </message>
</context>
<context>
    <name>bw::ui::FindingsPanel</name>
    <message>
        <source>Design advisor</source>
        <translation>Conseiller de conception</translation>
    </message>
    <message>
        <source>Advisor summary</source>
        <translation>Synthèse du conseiller</translation>
    </message>
    <message>
        <source>Advisor findings</source>
        <translation>Constats du conseiller</translation>
    </message>
    <message>
        <source>Double-click or press Enter to go to the item a finding is about</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour aller à l’élément concerné par un constat</translation>
    </message>
    <message>
        <source>Mute this rule</source>
        <translation>Désactiver cette règle</translation>
    </message>
    <message>
        <source>Stop reporting this rule for this plan (stored in the file; undo brings it back)</source>
        <translation>Ne plus signaler cette règle pour ce plan (enregistré dans le fichier&#xa0;; l’annulation la rétablit)</translation>
    </message>
    <message>
        <source>Rules muted for this plan; choose one to report it again</source>
        <translation>Règles désactivées pour ce plan&#xa0;; choisissez-en une pour la signaler à nouveau</translation>
    </message>
    <message>
        <source>Show muted rules</source>
        <translation>Afficher les règles désactivées</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correction&#xa0;: %1</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>1 suggestion</source>
        <translation>1 suggestion</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestions</source>
        <translation>
            <numerusform>%n suggestion</numerusform>
            <numerusform>%n suggestions</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings: the plan follows the method</source>
        <translation>Aucun constat&#xa0;: le plan suit la méthode</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <source>%1 (one step; undo reverts it)</source>
        <translation>%1 (une seule étape d’annulation)</translation>
    </message>
    <message>
        <source>The selected finding has no automatic fix</source>
        <translation>Le constat sélectionné n’a pas de correction automatique</translation>
    </message>
    <message>
        <source>Report again: %1</source>
        <translation>Signaler à nouveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Show muted rules…</source>
        <translation>Afficher les règles désactivées…</translation>
    </message>
    <message>
        <source>Show muted rules (%1)…</source>
        <translation>Afficher les règles désactivées (%1)…</translation>
    </message>
</context>
<context>
    <name>bw::ui::ImportReportDialog</name>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Guessed — check this</source>
        <translation>Déduit — à vérifier</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Import Report — %1</source>
        <translation>Rapport d’importation — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;“%1”&lt;/b&gt; was read as %2.</source>
        <translation>&lt;b&gt;«&#xa0;%1&#xa0;»&lt;/b&gt; a été lu comme %2.</translation>
    </message>
    <message>
        <source>It holds %1, %2, %3 and %4.</source>
        <translation>Il contient %1, %2, %3 et %4.</translation>
    </message>
    <message>
        <source>1 objective</source>
        <translation>1 objectif</translation>
    </message>
    <message>
        <source>%1 objectives</source>
        <translation>%1 objectifs</translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation>1 activité</translation>
    </message>
    <message>
        <source>%1 activities</source>
        <translation>%1 activités</translation>
    </message>
    <message>
        <source>1 tool</source>
        <translation>1 outil</translation>
    </message>
    <message>
        <source>%1 tools</source>
        <translation>%1 outils</translation>
    </message>
    <message>
        <source>1 in-class moment</source>
        <translation>1 séance</translation>
    </message>
    <message>
        <source>%1 in-class moments</source>
        <translation>%1 séances</translation>
    </message>
    <message>
        <source>1 value was guessed: the advisor lists it so that you can check it.</source>
        <translation>1 valeur a été déduite&#xa0;: le conseiller l’indique pour que vous puissiez la vérifier.</translation>
    </message>
    <message>
        <source>%1 values were guessed: the advisor lists them so that you can check each one.</source>
        <translation>%1 valeurs ont été déduites&#xa0;: le conseiller les indique pour que vous puissiez vérifier chacune d’elles.</translation>
    </message>
    <message>
        <source>1 part of the file was skipped.</source>
        <translation>1 partie du fichier a été ignorée.</translation>
    </message>
    <message>
        <source>%1 parts of the file were skipped.</source>
        <translation>%1 parties du fichier ont été ignorées.</translation>
    </message>
    <message>
        <source>1 warning.</source>
        <translation>1 avertissement.</translation>
    </message>
    <message>
        <source>%1 warnings.</source>
        <translation>%1 avertissements.</translation>
    </message>
    <message>
        <source>Nothing was guessed or skipped.</source>
        <translation>Rien n’a été déduit ni ignoré.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Remarques sur l’importation</translation>
    </message>
    <message>
        <source>&amp;Open as New Project</source>
        <translation>&amp;Ouvrir comme nouveau projet</translation>
    </message>
</context>
<context>
    <name>bw::ui::ImportRunner</name>
    <message>
        <source>Plans from other tools (%1)</source>
        <translation>Plans d’autres outils (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import Plan</source>
        <translation>Importer un plan</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>ce n’est pas un fichier</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>il n’existe pas</translation>
    </message>
    <message>
        <source>it is larger than %1 MB, the limit for an import</source>
        <translation>il dépasse %1 Mo, la limite pour une importation</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>il ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Blendwise cannot tell what kind of plan it holds. It imports: %1.</source>
        <translation>Blendwise ne peut pas déterminer quel type de plan il contient. Formats importés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Importation annulée.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Lecture de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was opened.</source>
        <translation>Importation annulée. Rien n’a été ouvert.</translation>
    </message>
    <message>
        <source>Import cancelled. The open project was kept.</source>
        <translation>Importation annulée. Le projet ouvert a été conservé.</translation>
    </message>
    <message>
        <source>Imported “%1”: %2 objectives, %3 activities. Save it to keep it.</source>
        <translation>«&#xa0;%1&#xa0;» importé&#xa0;: %2 objectifs, %3 activités. Enregistrez-le pour le conserver.</translation>
    </message>
    <message>
        <source>“%1” could not be imported: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import of “%1” failed. Nothing was changed.</source>
        <translation>L’importation de «&#xa0;%1&#xa0;» a échoué. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>bw::ui::LibraryKeychain</name>
    <message>
        <source>this Blendwise was built without keychain support</source>
        <translation>ce Blendwise a été compilé sans prise en charge du trousseau</translation>
    </message>
</context>
<context>
    <name>bw::ui::LibraryPasswordDialog</name>
    <message>
        <source>Team Library Password</source>
        <translation>Mot de passe de la bibliothèque d’équipe</translation>
    </message>
    <message>
        <source>The team library at %1 asks for your password.</source>
        <translation>La bibliothèque d’équipe sur %1 demande votre mot de passe.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system keychain</source>
        <translation>&amp;Garder le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Keeping the password in the system keychain…</source>
        <translation>Enregistrement du mot de passe dans le trousseau du système…</translation>
    </message>
    <message>
        <source>The system keychain could not keep the password (%1). It is kept for this session only; press Sign In to go on without the keychain.</source>
        <translation>Le trousseau du système n’a pas pu garder le mot de passe (%1). Il est conservé pour cette session seulement&#xa0;; appuyez sur «&#xa0;Se connecter&#xa0;» pour continuer sans le trousseau.</translation>
    </message>
</context>
<context>
    <name>bw::ui::LibrarySettingsDialog</name>
    <message>
        <source>Team Library Settings</source>
        <translation>Paramètres de la bibliothèque d’équipe</translation>
    </message>
    <message>
        <source>A team library is a PostgreSQL database your consultancy shares: tools, client profiles, templates and activity patterns. Name a libpq service, or the server, database and user. Leave everything empty to work without one.</source>
        <translation>Une bibliothèque d’équipe est une base de données PostgreSQL partagée par votre cabinet&#xa0;: outils, profils client, modèles et patrons d’activité. Indiquez un service libpq, ou le serveur, la base de données et l’utilisateur. Laissez tout vide pour travailler sans bibliothèque.</translation>
    </message>
    <message>
        <source>from pg_service.conf, e.g. blendwise</source>
        <translation>depuis pg_service.conf, par ex. blendwise</translation>
    </message>
    <message>
        <source>e.g. db.example.com</source>
        <translation>par ex. db.example.com</translation>
    </message>
    <message>
        <source>default (5432)</source>
        <translation>par défaut (5432)</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>votre nom de connexion</translation>
    </message>
    <message>
        <source>from ~/.pgpass when empty</source>
        <translation>depuis ~/.pgpass si vide</translation>
    </message>
    <message>
        <source>Kept for this session only, never saved. ~/.pgpass keeps it across sessions.</source>
        <translation>Conservé pour cette session uniquement, jamais enregistré. ~/.pgpass le conserve d’une session à l’autre.</translation>
    </message>
    <message>
        <source>libpq’s default</source>
        <translation>valeur par défaut de libpq</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>SS&amp;L mode:</source>
        <translation>Mode SS&amp;L&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;chema:</source>
        <translation>S&amp;chéma&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Non connecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connected (PostgreSQL %1). Your roles: %2. The library holds %3 tools, %4 client profiles, %5 templates and %6 patterns.</source>
        <translation>Connecté (PostgreSQL %1). Vos rôles&#xa0;: %2. La bibliothèque contient %3 outils, %4 profils client, %5 modèles et %6 patrons.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Kept for this session only, unless the system keychain keeps it. Never in Blendwise&apos;s settings.</source>
        <translation>Conservé pour cette session seulement, sauf si le trousseau du système le garde. Jamais dans les paramètres de Blendwise.</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system keychain</source>
        <translation>&amp;Garder le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>GNOME Keyring, KWallet or your system&apos;s own keychain keeps it, locked with your login</source>
        <translation>Le trousseau GNOME, KWallet ou le trousseau de votre système le garde, verrouillé par votre session</translation>
    </message>
    <message>
        <source>Keeping the password in the system keychain…</source>
        <translation>Enregistrement du mot de passe dans le trousseau du système…</translation>
    </message>
    <message>
        <source>The system keychain could not keep the password (%1). It is kept for this session only; press OK to go on without the keychain.</source>
        <translation>Le trousseau du système n’a pas pu garder le mot de passe (%1). Il est conservé pour cette session seulement&#xa0;; appuyez sur OK pour continuer sans le trousseau.</translation>
    </message>
</context>
<context>
    <name>bw::ui::LibraryStatusLabel</name>
    <message>
        <source>Team library: offline</source>
        <translation>Bibliothèque d’équipe : hors ligne</translation>
    </message>
    <message>
        <source>%1: %2
The studio works as before; library commands say when they cannot reach it.</source>
        <translation>%1 : %2
Le studio fonctionne comme avant ; les commandes de la bibliothèque signalent quand elles ne peuvent pas l’atteindre.</translation>
    </message>
    <message>
        <source>no library role</source>
        <translation>aucun rôle dans la bibliothèque</translation>
    </message>
    <message>
        <source>Team library: connected (%1)</source>
        <translation>Bibliothèque d’équipe : connectée (%1)</translation>
    </message>
    <message>
        <source>Team library: sign-in needed</source>
        <translation>Bibliothèque d’équipe&#xa0;: connexion requise</translation>
    </message>
    <message>
        <source>%1: %2
Click to enter your password.</source>
        <translation>%1&#xa0;: %2
Cliquez pour saisir votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>bw::ui::LibrarySyncDialog</name>
    <message>
        <source>Update from Team Library</source>
        <translation>Mettre à jour depuis la bibliothèque d’équipe</translation>
    </message>
    <message>
        <source>&amp;Apply Selected</source>
        <translation>&amp;Appliquer la sélection</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>No team library is set up (Edit ▸ Team Library Settings…).</source>
        <translation>Aucune bibliothèque d’équipe n’est configurée (Édition ▸ Paramètres de la bibliothèque d’équipe…).</translation>
    </message>
    <message>
        <source>Asking the team library…</source>
        <translation>Interrogation de la bibliothèque d’équipe…</translation>
    </message>
    <message>
        <source>The team library is offline: nothing was changed. Your project keeps working and saving; try again later.</source>
        <translation>La bibliothèque d’équipe est hors ligne&#xa0;: rien n’a été modifié. Votre projet reste utilisable et enregistrable&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The team library could not be read: %1</source>
        <translation>Impossible de lire la bibliothèque d’équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>The project is up to date with the team library.</source>
        <translation>Le projet est à jour par rapport à la bibliothèque d’équipe.</translation>
    </message>
    <message>
        <source>Nothing is checked.</source>
        <translation>Rien n’est coché.</translation>
    </message>
    <message>
        <source>Update from team library</source>
        <translation>Mettre à jour depuis la bibliothèque d’équipe</translation>
    </message>
    <message>
        <source>The update could not be applied: %1</source>
        <translation>Impossible d’appliquer la mise à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>1 change in the team library since this project took its items. Apply it if it is checked:</source>
        <translation>1 modification dans la bibliothèque d’équipe depuis que ce projet en a récupéré les éléments. Appliquez-la si elle est cochée&#xa0;:</translation>
    </message>
    <message>
        <source>%1 changes in the team library since this project took its items. Apply the checked ones:</source>
        <translation>%1 modifications dans la bibliothèque d’équipe depuis que ce projet en a récupéré les éléments. Appliquez celles qui sont cochées&#xa0;:</translation>
    </message>
</context>
<context>
    <name>bw::ui::MainWindow</name>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Another Blendwise window is editing this file. Use Save As to keep your changes.</source>
        <translation>Une autre fenêtre de Blendwise modifie ce fichier. Utilisez «&#xa0;Enregistrer sous&#xa0;» pour conserver vos modifications.</translation>
    </message>
    <message>
        <source>Recovery copy written at %1</source>
        <translation>Copie de récupération écrite à %1</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Start a project, empty or from a template</source>
        <translation>Créer un projet, vide ou à partir d’un modèle</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>Ouvrir un fichier de projet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the project under another name</source>
        <translation>Enregistrer le projet sous un autre nom</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Write the plan as PDF, Word, OpenDocument, HTML, Markdown, CSV or JSON</source>
        <translation>Écrire le plan en PDF, Word, OpenDocument, HTML, Markdown, CSV ou JSON</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the plan document</source>
        <translation>Imprimer le document du plan</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>See the printed pages before printing</source>
        <translation>Voir les pages imprimées avant d’imprimer</translation>
    </message>
    <message>
        <source>Project &amp;Properties…</source>
        <translation>&amp;Propriétés du projet…</translation>
    </message>
    <message>
        <source>Title, client, brand, in-class moments, community</source>
        <translation>Titre, client, identité visuelle, séances, communauté</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the project</source>
        <translation>Fermer le projet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Blendwise</source>
        <translation>Quitter Blendwise</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Add &amp;Objective</source>
        <translation>Ajouter un &amp;objectif</translation>
    </message>
    <message>
        <source>Add a learning objective after the selected one</source>
        <translation>Ajouter un objectif pédagogique après celui qui est sélectionné</translation>
    </message>
    <message>
        <source>Add &amp;Activity</source>
        <translation>Ajouter une ac&amp;tivité</translation>
    </message>
    <message>
        <source>Add an activity to the focused lane</source>
        <translation>Ajouter une activité au couloir qui a le focus</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insérer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected objective or activity</source>
        <translation>Supprimer l’objectif ou l’activité sélectionnés</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move the selected objective or card up</source>
        <translation>Monter l’objectif ou la carte sélectionnés</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Move the selected objective or card down</source>
        <translation>Descendre l’objectif ou la carte sélectionnés</translation>
    </message>
    <message>
        <source>Move to &amp;Previous Phase</source>
        <translation>Vers la &amp;phase précédente</translation>
    </message>
    <message>
        <source>Move the card to the phase before (e.g. in-class → pre-class)</source>
        <translation>Déplacer la carte vers la phase précédente (par ex. pendant la séance → avant la séance)</translation>
    </message>
    <message>
        <source>Move to &amp;Next Phase</source>
        <translation>Vers la phase suiva&amp;nte</translation>
    </message>
    <message>
        <source>Move the card to the phase after (e.g. in-class → post-class)</source>
        <translation>Déplacer la carte vers la phase suivante (par ex. pendant la séance → après la séance)</translation>
    </message>
    <message>
        <source>Move to Previous Ob&amp;jective</source>
        <translation>Vers l’ob&amp;jectif précédent</translation>
    </message>
    <message>
        <source>Move the card to the objective above</source>
        <translation>Déplacer la carte vers l’objectif du dessus</translation>
    </message>
    <message>
        <source>Move to Next Objecti&amp;ve</source>
        <translation>Vers l’objectif sui&amp;vant</translation>
    </message>
    <message>
        <source>Move the card to the objective below</source>
        <translation>Déplacer la carte vers l’objectif du dessous</translation>
    </message>
    <message>
        <source>&amp;Tool Catalogue…</source>
        <translation>&amp;Catalogue d’outils…</translation>
    </message>
    <message>
        <source>The tools this project can use</source>
        <translation>Les outils que ce projet peut utiliser</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>&amp;Couloirs</translation>
    </message>
    <message>
        <source>The selected objective&apos;s activities in three lanes</source>
        <translation>Les activités de l’objectif sélectionné, réparties en trois couloirs</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
        <source>All objectives and their lanes at once</source>
        <translation>Tous les objectifs et leurs couloirs d’un seul coup d’œil</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every key the studio knows</source>
        <translation>Toutes les touches que connaît le studio</translation>
    </message>
    <message>
        <source>&amp;About Blendwise</source>
        <translation>À &amp;propos de Blendwise</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Blend</source>
        <translation>Hybridation</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Plan Preview</source>
        <translation>Aperçu du plan</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>%1[*] — Blendwise</source>
        <translation>%1[*] — Blendwise</translation>
    </message>
    <message>
        <source>1 objective</source>
        <translation>1 objectif</translation>
    </message>
    <message numerus="yes">
        <source>%n objectives</source>
        <translation>
            <numerusform>%n objectif</numerusform>
            <numerusform>%n objectifs</numerusform>
        </translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation>1 activité</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n activité</numerusform>
            <numerusform>%n activités</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>About Blendwise</source>
        <translation>À propos de Blendwise</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Blendwise %1&lt;/h3&gt;&lt;p&gt;A course-design studio for blended learning: objectives first, activities placed before, in and after class, each with its social direction and the tool that carries it.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Blendwise %1&lt;/h3&gt;&lt;p&gt;Un studio de conception de formations hybrides&#xa0;: les objectifs d’abord, puis les activités placées avant, pendant et après la séance, chacune avec sa direction sociale et l’outil qui la porte.&lt;/p&gt;&lt;p&gt;Distribué sous licence GNU GPL, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Mark Version…</source>
        <translation>&amp;Marquer une version…</translation>
    </message>
    <message>
        <source>Keep the plan as it is now as a named version, e.g. what was sent to the client</source>
        <translation>Conserver le plan tel qu’il est maintenant comme version nommée, par ex. celle envoyée au client</translation>
    </message>
    <message>
        <source>Mark Version</source>
        <translation>Marquer une version</translation>
    </message>
    <message>
        <source>Marked version “%1”. Save to keep it in the file.</source>
        <translation>Version «&#xa0;%1&#xa0;» marquée. Enregistrez pour la conserver dans le fichier.</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versions…</translation>
    </message>
    <message>
        <source>Compare with, open, restore or remove the plan&apos;s named versions</source>
        <translation>Comparer avec les versions nommées du plan, les ouvrir, les restaurer ou les supprimer</translation>
    </message>
    <message>
        <source>Follow the &amp;system setting</source>
        <translation>Suivre le réglage du &amp;système</translation>
    </message>
    <message>
        <source>Light or dark, as your desktop is set</source>
        <translation>Clair ou sombre, selon le réglage de votre bureau</translation>
    </message>
    <message>
        <source>Always &amp;light</source>
        <translation>Toujours &amp;clair</translation>
    </message>
    <message>
        <source>Dark text on a light background</source>
        <translation>Texte sombre sur fond clair</translation>
    </message>
    <message>
        <source>Always &amp;dark</source>
        <translation>Toujours s&amp;ombre</translation>
    </message>
    <message>
        <source>Light text on a dark background</source>
        <translation>Texte clair sur fond sombre</translation>
    </message>
    <message>
        <source>Day View</source>
        <translation>Vue de la journée</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>La version %1</translation>
    </message>
    <message>
        <source>Open Version</source>
        <translation>Ouvrir une version</translation>
    </message>
    <message>
        <source>version %1 of %2</source>
        <translation>version %1 de %2</translation>
    </message>
    <message>
        <source>A version, read-only. File ▸ Save As starts a new project from it.</source>
        <translation>Une version, en lecture seule. Fichier ▸ Enregistrer sous crée un nouveau projet à partir d’elle.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Bring in a plan from a spreadsheet (CSV), CourseFlow, an ABC storyboard or Blendwise JSON</source>
        <translation>Importer un plan depuis un tableur (CSV), CourseFlow, un storyboard ABC ou du JSON Blendwise</translation>
    </message>
    <message>
        <source>&amp;Update from CSV…</source>
        <translation>Mettre à &amp;jour depuis un CSV…</translation>
    </message>
    <message>
        <source>Apply the changes made in a spreadsheet exported as CSV to this plan</source>
        <translation>Appliquer à ce plan les modifications faites dans un tableur exporté en CSV</translation>
    </message>
    <message numerus="yes">
        <source>Updated from the spreadsheet: %n change(s). Undo takes them back.</source>
        <translation>
            <numerusform>Mis à jour depuis le tableur&#xa0;: %n modification. Annuler la rétablit.</numerusform>
            <numerusform>Mis à jour depuis le tableur&#xa0;: %n modifications. Annuler les rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team Library &amp;Settings…</source>
        <translation>&amp;Paramètres de la bibliothèque d’équipe…</translation>
    </message>
    <message>
        <source>Where the team library is: a PostgreSQL service, or server, database and user</source>
        <translation>Emplacement de la bibliothèque d’équipe&#xa0;: un service PostgreSQL, ou un serveur, une base de données et un utilisateur</translation>
    </message>
    <message>
        <source>Pu&amp;blish to Team Library…</source>
        <translation>Pu&amp;blier dans la bibliothèque d’équipe…</translation>
    </message>
    <message>
        <source>Publish this project as a template, its tools or activities as patterns</source>
        <translation>Publier ce projet comme modèle, ses outils ou ses activités comme patrons</translation>
    </message>
    <message>
        <source>Update from Team &amp;Library…</source>
        <translation>Mettre à jour depuis la &amp;bibliothèque d’équipe…</translation>
    </message>
    <message>
        <source>Take what changed in the team library since this project took its items</source>
        <translation>Récupérer ce qui a changé dans la bibliothèque d’équipe depuis que ce projet en a récupéré les éléments</translation>
    </message>
    <message>
        <source>Updated from the team library. Undo takes it back.</source>
        <translation>Mis à jour depuis la bibliothèque d’équipe. Annuler revient en arrière.</translation>
    </message>
    <message>
        <source>Apply Client Pro&amp;file…</source>
        <translation>Appliquer un pro&amp;fil client…</translation>
    </message>
    <message>
        <source>Mark the tools a client provides or blocks, from the team library</source>
        <translation>Marquer les outils qu’un client fournit ou bloque, d’après la bibliothèque d’équipe</translation>
    </message>
    <message>
        <source>Client profile applied. Undo takes it back.</source>
        <translation>Profil client appliqué. Annuler revient en arrière.</translation>
    </message>
    <message>
        <source>New from &amp;Team Template…</source>
        <translation>Nouveau depuis un modèle d’é&amp;quipe…</translation>
    </message>
    <message>
        <source>Start a project from a template your team published in the team library</source>
        <translation>Commencer un projet à partir d’un modèle publié par votre équipe dans la bibliothèque d’équipe</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Patrons</translation>
    </message>
    <message>
        <source>“%1” is retired for the whole team: projects are offered its replacement in Update from Team Library.</source>
        <translation>«&#xa0;%1&#xa0;» est retiré pour toute l’équipe&#xa0;: les projets se voient proposer son remplaçant dans «&#xa0;Mettre à jour depuis la bibliothèque d’équipe&#xa0;».</translation>
    </message>
    <message>
        <source>The system keychain did not give the team library&apos;s password: %1</source>
        <translation>Le trousseau du système n’a pas donné le mot de passe de la bibliothèque d’équipe&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>bw::ui::MarkVersionDialog</name>
    <message>
        <source>Mark Version</source>
        <translation>Marquer une version</translation>
    </message>
    <message>
        <source>Keeps the plan as it is now inside the project file, so that you can compare with it, show the client what changed since, or go back to it.</source>
        <translation>Conserve le plan tel qu’il est maintenant dans le fichier du projet, pour pouvoir le comparer, montrer au client ce qui a changé depuis, ou y revenir.</translation>
    </message>
    <message>
        <source>e.g. 1.0 — sent to client</source>
        <translation>par ex. 1.0 — envoyée au client</translation>
    </message>
    <message>
        <source>Version name</source>
        <translation>Nom de la version</translation>
    </message>
    <message>
        <source>Starts with the version number that the cover shows, e.g. “1.1 — after the review”.</source>
        <translation>Commence par le numéro de version affiché sur la couverture, par ex. «&#xa0;1.1 — après la relecture&#xa0;».</translation>
    </message>
    <message>
        <source>Date of the version</source>
        <translation>Date de la version</translation>
    </message>
    <message>
        <source>What this version is, who it went to, what the client asked for…</source>
        <translation>Ce qu’est cette version, à qui elle a été envoyée, ce que le client a demandé…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mark Version</source>
        <translation>&amp;Marquer la version</translation>
    </message>
</context>
<context>
    <name>bw::ui::NewProjectDialog</name>
    <message>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Partir de</translation>
    </message>
    <message>
        <source>Empty project</source>
        <translation>Projet vide</translation>
    </message>
    <message>
        <source>Objectives and activities are yours to write; the tool catalogue starts with the built-in tools.</source>
        <translation>Les objectifs et les activités sont à écrire&#xa0;; le catalogue d’outils démarre avec les outils intégrés.</translation>
    </message>
    <message>
        <source>Project title</source>
        <translation>Titre du projet</translation>
    </message>
    <message>
        <source>e.g. Measuring risk in international projects</source>
        <translation>par ex. Mesurer les risques dans les projets internationaux</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Partir de&#xa0;:</translation>
    </message>
</context>
<context>
    <name>bw::ui::ObjectiveDelegate</name>
    <message>
        <source>1 activity</source>
        <translation>1 activité</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n activité</numerusform>
            <numerusform>%n activités</numerusform>
        </translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>(no statement)</source>
        <translation>(pas d’énoncé)</translation>
    </message>
    <message>
        <source>Objective statement</source>
        <translation>Énoncé de l’objectif</translation>
    </message>
    <message>
        <source>Be able to …</source>
        <translation>Être capable de…</translation>
    </message>
</context>
<context>
    <name>bw::ui::ObjectiveInspector</name>
    <message>
        <source>Objective inspector</source>
        <translation>Inspecteur d’objectif</translation>
    </message>
    <message>
        <source>What learners will be able to do, e.g. “Pitch the product in three minutes”</source>
        <translation>Ce que les apprenants seront capables de faire, par ex. «&#xa0;Présenter le produit en trois minutes&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Statement:</source>
        <translation>É&amp;noncé&#xa0;:</translation>
    </message>
    <message>
        <source>The objective, starting with a verb that can be observed. Shown on the board and in the plan.</source>
        <translation>L’objectif, commençant par un verbe observable. Affiché sur le tableau et dans le plan.</translation>
    </message>
    <message>
        <source>How you will know it is reached, e.g. “Scores 3 of 4 on the pitch rubric”</source>
        <translation>Comment vous saurez qu’il est atteint, par ex. «&#xa0;Obtient 3 sur 4 à la grille d’évaluation du pitch&#xa0;»</translation>
    </message>
    <message>
        <source>Success &amp;measure:</source>
        <translation>&amp;Critère de réussite&#xa0;:</translation>
    </message>
    <message>
        <source>How success is measured; the plan shows it next to the objective.</source>
        <translation>Comment la réussite est mesurée&#xa0;; le plan l’affiche à côté de l’objectif.</translation>
    </message>
    <message>
        <source>e.g. Pitch rubric, final quiz, observation grid</source>
        <translation>par ex. Grille d’évaluation du pitch, quiz final, grille d’observation</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrument&#xa0;:</translation>
    </message>
    <message>
        <source>The name of the assessment instrument that measures the objective.</source>
        <translation>Le nom de l’instrument d’évaluation qui mesure l’objectif.</translation>
    </message>
    <message>
        <source>Assessment instrument</source>
        <translation>Instrument d’évaluation</translation>
    </message>
    <message>
        <source>What the instrument checks and how it is used</source>
        <translation>Ce que l’instrument vérifie et comment il est utilisé</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>What the assessment instrument checks, who uses it and when.</source>
        <translation>Ce que vérifie l’instrument d’évaluation, qui l’utilise et quand.</translation>
    </message>
    <message>
        <source>Instrument description</source>
        <translation>Description de l’instrument</translation>
    </message>
    <message>
        <source>A&amp;ttach file…</source>
        <translation>&amp;Joindre un fichier…</translation>
    </message>
    <message>
        <source>Store a file in the project, e.g. the rubric as PDF or DOCX (at most 16 MiB)</source>
        <translation>Stocker un fichier dans le projet, par ex. la grille d’évaluation en PDF ou DOCX (16 Mio au maximum)</translation>
    </message>
    <message>
        <source>Sa&amp;ve a copy…</source>
        <translation>&amp;Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Save the attached file to a folder of your choice</source>
        <translation>Enregistrer le fichier joint dans le dossier de votre choix</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the attached file from the project</source>
        <translation>Retirer le fichier joint du projet</translation>
    </message>
    <message>
        <source>Remove the attached file</source>
        <translation>Retirer le fichier joint</translation>
    </message>
    <message>
        <source>Attached &amp;file:</source>
        <translation>&amp;Fichier joint&#xa0;:</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Fichier joint</translation>
    </message>
    <message>
        <source>Anything the team should know about this objective</source>
        <translation>Tout ce que l’équipe doit savoir sur cet objectif</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Notes about the objective, printed in the plan.</source>
        <translation>Notes sur l’objectif, imprimées dans le plan.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Aucun fichier joint</translation>
    </message>
    <message>
        <source>Attach File</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>“%1” is %2, larger than the 16 MiB a project can hold for one file. Attach a smaller file, e.g. the rubric saved as PDF without embedded images.</source>
        <translation>«&#xa0;%1&#xa0;» fait %2, soit plus que les 16 Mio qu’un projet peut contenir pour un fichier. Joignez un fichier plus petit, par ex. la grille enregistrée en PDF sans images intégrées.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is larger than 16 MiB.</source>
        <translation>«&#xa0;%1&#xa0;» dépasse 16 Mio.</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.odt *.xlsx *.pptx *.txt);;All files (*)</source>
        <translation>Documents (*.pdf *.docx *.doc *.odt *.xlsx *.pptx *.txt);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>bw::ui::ObjectiveListModel</name>
    <message>
        <source>%1
Measured by: %2</source>
        <translation>%1
Mesuré par&#xa0;: %2</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
</context>
<context>
    <name>bw::ui::ObjectivesPanel</name>
    <message>
        <source>Objective actions</source>
        <translation>Actions sur les objectifs</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>No objectives yet.
Press Ctrl+Shift+N to write the first one: what should learners be able to do afterwards?</source>
        <translation>Aucun objectif pour l’instant.
Appuyez sur Ctrl+Maj+N pour écrire le premier&#xa0;: que doivent savoir faire les apprenants à l’issue de la formation&#xa0;?</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>Nouvel objectif</translation>
    </message>
</context>
<context>
    <name>bw::ui::OffsetSpinBox</name>
    <message>
        <source>Same day</source>
        <translation>Le jour même</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 jour avant</translation>
    </message>
    <message>
        <source>1 day after</source>
        <translation>1 jour après</translation>
    </message>
    <message>
        <source>%1 days before</source>
        <translation>%1 jours avant</translation>
    </message>
    <message>
        <source>%1 days after</source>
        <translation>%1 jours après</translation>
    </message>
    <message>
        <source>before</source>
        <translation>avant</translation>
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
        <translation>Chercher des patrons (titre, consignes, outil)</translation>
    </message>
    <message>
        <source>Search patterns</source>
        <translation>Chercher des patrons</translation>
    </message>
    <message>
        <source>Activity patterns</source>
        <translation>Patrons d’activité</translation>
    </message>
    <message>
        <source>&amp;Add to Board</source>
        <translation>&amp;Ajouter au tableau</translation>
    </message>
    <message>
        <source>No team library is set up: Edit ▸ Team Library Settings…</source>
        <translation>Aucune bibliothèque d’équipe n’est configurée : Édition ▸ Paramètres de la bibliothèque d’équipe…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Team library offline: %1</source>
        <translation>Bibliothèque d’équipe hors ligne : %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>No pattern matches.</source>
        <translation>Aucun patron ne correspond.</translation>
    </message>
    <message>
        <source>1 pattern</source>
        <translation>1 patron</translation>
    </message>
    <message>
        <source>%1 patterns</source>
        <translation>%1 patrons</translation>
    </message>
    <message>
        <source>Select an objective first: the pattern joins its board.</source>
        <translation>Choisissez d’abord un objectif : le patron rejoint son tableau.</translation>
    </message>
    <message>
        <source>Add pattern “%1”</source>
        <translation>Ajouter le patron « %1 »</translation>
    </message>
    <message>
        <source>“%1” added to the board.</source>
        <translation>« %1 » ajouté au tableau.</translation>
    </message>
    <message>
        <source>Drag a pattern onto a lane of the board, or press Enter to add it</source>
        <translation>Faites glisser un patron sur une colonne du tableau, ou appuyez sur Entrée pour l’ajouter</translation>
    </message>
    <message>
        <source>The team library has no patterns yet: File ▸ Publish to Team Library… adds activities as patterns.</source>
        <translation>La bibliothèque d’équipe n’a pas encore de patrons&#xa0;: Fichier ▸ Publier dans la bibliothèque d’équipe… ajoute des activités comme patrons.</translation>
    </message>
</context>
<context>
    <name>bw::ui::PlanPreview</name>
    <message>
        <source>Plan preview</source>
        <translation>Aperçu du plan</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom out (%1)</source>
        <translation>Zoom arrière (%1)</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom in (%1)</source>
        <translation>Zoom avant (%1)</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Fit the page to the panel&apos;s width (%1)</source>
        <translation>Ajuster la page à la largeur du panneau (%1)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>bw::ui::PlanPrinter</name>
    <message>
        <source>Laying out the pages…</source>
        <translation>Mise en page…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Laying out the pages… (%1)</source>
        <translation>Mise en page… (%1)</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
</context>
<context>
    <name>bw::ui::ProjectPropertiesDialog</name>
    <message>
        <source>Add %1</source>
        <translation>Ajouter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Remove the selected %1</source>
        <translation>Retirer l’élément sélectionné (%1)</translation>
    </message>
    <message>
        <source>Move the selected %1 up</source>
        <translation>Monter l’élément sélectionné (%1)</translation>
    </message>
    <message>
        <source>Move the selected %1 down</source>
        <translation>Descendre l’élément sélectionné (%1)</translation>
    </message>
    <message>
        <source>Project Properties</source>
        <translation>Propriétés du projet</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Brand</source>
        <translation>&amp;Identité visuelle</translation>
    </message>
    <message>
        <source>In-class &amp;moments</source>
        <translation>&amp;Séances</translation>
    </message>
    <message>
        <source>&amp;Community</source>
        <translation>&amp;Communauté</translation>
    </message>
    <message>
        <source>&amp;Evaluation</source>
        <translation>É&amp;valuation</translation>
    </message>
    <message>
        <source>The project is read-only: use Save As to keep changes</source>
        <translation>Le projet est en lecture seule&#xa0;: utilisez «&#xa0;Enregistrer sous&#xa0;» pour conserver les modifications</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>The programme&apos;s title, on the cover of the plan.</source>
        <translation>Le titre du programme, sur la couverture du plan.</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>C&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <source>The client or organisation the plan is for.</source>
        <translation>Le client ou l’organisation à qui le plan est destiné.</translation>
    </message>
    <message>
        <source>A&amp;udience:</source>
        <translation>&amp;Public&#xa0;:</translation>
    </message>
    <message>
        <source>Who the learners are.</source>
        <translation>Qui sont les apprenants.</translation>
    </message>
    <message>
        <source>Who designed the plan.</source>
        <translation>Qui a conçu le plan.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>A few sentences that open the plan document.</source>
        <translation>Quelques phrases qui ouvrent le document du plan.</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>S&amp;ynthèse&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language the plan document is written in.</source>
        <translation>La langue dans laquelle le document du plan est rédigé.</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>La&amp;ngue&#xa0;:</translation>
    </message>
    <message>
        <source>Plan &amp;version:</source>
        <translation>Versi&amp;on du plan&#xa0;:</translation>
    </message>
    <message>
        <source>The version of the plan, shown on the cover (e.g. 1.0, 2.1 draft).</source>
        <translation>La version du plan, affichée sur la couverture (par ex. 1.0, 2.1 brouillon).</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Aperçu du logo</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose a PNG or SVG logo for the cover and the header of the plan</source>
        <translation>Choisir un logo PNG ou SVG pour la couverture et l’en-tête du plan</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Print the plan without a logo</source>
        <translation>Imprimer le plan sans logo</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo&#xa0;:</translation>
    </message>
    <message>
        <source>The colour of headings and rules in the plan document</source>
        <translation>La couleur des titres et des filets dans le document du plan</translation>
    </message>
    <message>
        <source>&amp;Accent colour:</source>
        <translation>Couleur d’acc&amp;ent&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Confidential — prepared for the client</source>
        <translation>par ex. Confidentiel — préparé pour le client</translation>
    </message>
    <message>
        <source>Footer text</source>
        <translation>Texte du pied de page</translation>
    </message>
    <message>
        <source>Printed at the foot of every page of the plan.</source>
        <translation>Imprimé en bas de chaque page du plan.</translation>
    </message>
    <message>
        <source>&amp;Footer text:</source>
        <translation>Texte du pie&amp;d de page&#xa0;:</translation>
    </message>
    <message>
        <source>The times learners are together, face-to-face or online. Activities before and after class are due relative to these.</source>
        <translation>Les moments où les apprenants sont ensemble, en présentiel ou à distance. Les échéances des activités avant et après la séance se comptent à partir de ces séances.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Place or link</source>
        <translation>Lieu ou lien</translation>
    </message>
    <message>
        <source>In-class moments</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Class session %1</source>
        <translation>Séance %1</translation>
    </message>
    <message>
        <source>moment</source>
        <translation>séance</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Person or function</source>
        <translation>Personne ou fonction</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Community roles</source>
        <translation>Rôles de la communauté</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>Rules of use (one per line)</source>
        <translation>Règles d’usage (une par ligne)</translation>
    </message>
    <message>
        <source>Rules of use, one per line</source>
        <translation>Règles d’usage, une par ligne</translation>
    </message>
    <message>
        <source>e.g. Post in the group, not by private message</source>
        <translation>par ex. Publiez dans le groupe, pas en message privé</translation>
    </message>
    <message>
        <source>Sub-groups</source>
        <translation>Sous-groupes</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Groupe %1</translation>
    </message>
    <message>
        <source>sub-group</source>
        <translation>sous-groupe</translation>
    </message>
    <message>
        <source>Evaluation plan</source>
        <translation>Plan d’évaluation</translation>
    </message>
    <message>
        <source>How the programme&apos;s effect is measured: reaction, learning, behaviour, results</source>
        <translation>Comment l’effet du programme est mesuré&#xa0;: réaction, apprentissage, comportement, résultats</translation>
    </message>
    <message>
        <source>Evaluation &amp;plan:</source>
        <translation>Plan d’év&amp;aluation&#xa0;:</translation>
    </message>
    <message>
        <source> tools</source>
        <translation> outils</translation>
    </message>
    <message>
        <source>Most different tools before the advisor warns</source>
        <translation>Nombre maximal d’outils différents avant que le conseiller n’avertisse</translation>
    </message>
    <message>
        <source>The design advisor warns when the plan uses more different tools than this.</source>
        <translation>Le conseiller de conception avertit quand le plan utilise plus d’outils différents que ce nombre.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <source>Accent colour %1</source>
        <translation>Couleur d’accent %1</translation>
    </message>
    <message>
        <source>Choose Logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Images (*.png *.svg)</source>
        <translation>Images (*.png *.svg)</translation>
    </message>
    <message>
        <source>“%1” is larger than 2 MB. Use a smaller PNG or an SVG.</source>
        <translation>«&#xa0;%1&#xa0;» dépasse 2 Mo. Utilisez un PNG plus petit ou un SVG.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not a PNG or SVG image that Blendwise can read.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une image PNG ou SVG que Blendwise peut lire.</translation>
    </message>
    <message>
        <source>Accent Colour</source>
        <translation>Couleur d’accent</translation>
    </message>
    <message>
        <source>Give the project a title; it heads the plan&apos;s cover.</source>
        <translation>Donnez un titre au projet&#xa0;; il figure en tête de la couverture du plan.</translation>
    </message>
    <message>
        <source>In-class moment %1 needs a name.</source>
        <translation>La séance %1 doit avoir un nom.</translation>
    </message>
    <message>
        <source>In-class moment “%1” needs a start date and time.</source>
        <translation>La séance «&#xa0;%1&#xa0;» doit avoir une date et une heure de début.</translation>
    </message>
    <message>
        <source>In-class moment “%1” must last at least one minute.</source>
        <translation>La séance «&#xa0;%1&#xa0;» doit durer au moins une minute.</translation>
    </message>
    <message>
        <source>In-class moment “%1” cannot last more than %2 minutes.</source>
        <translation>La séance «&#xa0;%1&#xa0;» ne peut pas durer plus de %2 minutes.</translation>
    </message>
    <message>
        <source>In-class moment “%1” must start between the years %2 and %3.</source>
        <translation>La séance «&#xa0;%1&#xa0;» doit commencer entre les années %2 et %3.</translation>
    </message>
    <message>
        <source>Role %1 is empty: say who takes it or what they do, or remove it.</source>
        <translation>Le rôle %1 est vide&#xa0;: indiquez qui le tient ou ce qu’il fait, ou supprimez-le.</translation>
    </message>
    <message>
        <source>Sub-group %1 needs a name.</source>
        <translation>Le sous-groupe %1 doit avoir un nom.</translation>
    </message>
    <message>
        <source>Sub-group “%1” cannot have fewer than zero members.</source>
        <translation>Le sous-groupe «&#xa0;%1&#xa0;» ne peut pas avoir moins de zéro membre.</translation>
    </message>
    <message>
        <source>Sub-group “%1” cannot have more than %2 members.</source>
        <translation>Le sous-groupe «&#xa0;%1&#xa0;» ne peut pas avoir plus de %2 membres.</translation>
    </message>
    <message>
        <source>Edit project properties</source>
        <translation>Modifier les propriétés du projet</translation>
    </message>
    <message>
        <source>%1 (not translated)</source>
        <translation>%1 (non traduit)</translation>
    </message>
    <message>
        <source>Aut&amp;hor:</source>
        <translation>A&amp;uteur&#xa0;:</translation>
    </message>
    <message>
        <source>Other kind</source>
        <translation>Autre type</translation>
    </message>
    <message>
        <source>The name of the kind when the role is of another kind, e.g. Sponsor</source>
        <translation>Le nom du type quand le rôle est d’un autre type, par ex. Commanditaire</translation>
    </message>
    <message>
        <source>Warn when the plan uses &amp;more than:</source>
        <translation>Avertir au-delà d’un &amp;maximum de&#xa0;:</translation>
    </message>
    <message>
        <source>The designer&apos;s name for this kind of role, e.g. Sponsor</source>
        <translation>Le nom donné par le concepteur à ce type de rôle, par ex. Commanditaire</translation>
    </message>
    <message>
        <source>Choose “%1” as the role to name a kind of your own</source>
        <translation>Choisissez «&#xa0;%1&#xa0;» comme rôle pour nommer un type de votre choix</translation>
    </message>
    <message>
        <source>Role %1 is of another kind: name the kind, e.g. Sponsor.</source>
        <translation>Le rôle %1 est d’un autre type&#xa0;: nommez ce type, par ex. Commanditaire.</translation>
    </message>
</context>
<context>
    <name>bw::ui::ProjectSession</name>
    <message>
        <source>less than a minute</source>
        <translation>moins d’une minute</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write the recovery copy: %1</source>
        <translation>Impossible d’écrire la copie de récupération&#xa0;: %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them before going on?</source>
        <translation>«&#xa0;%1&#xa0;» contient des modifications non enregistrées. Voulez-vous les enregistrer avant de continuer&#xa0;?</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Blendwise projects (*.blendwise);;All files (*)</source>
        <translation>Projets Blendwise (*.blendwise);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Project Already Open</source>
        <translation>Projet déjà ouvert</translation>
    </message>
    <message>
        <source>“%1” is already open in another window of this Blendwise; that window was brought to the front.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà ouvert dans une autre fenêtre de ce Blendwise&#xa0;; cette fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>une durée inconnue</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>un utilisateur inconnu</translation>
    </message>
    <message>
        <source>Project Locked on Another Computer</source>
        <translation>Projet verrouillé sur un autre ordinateur</translation>
    </message>
    <message>
        <source>“%1” is locked by Blendwise on the computer “%2” (user %3, process %4) for %5.

If that studio crashed, you can take the project over. If it is in fact still open there, taking over means both of you edit the file and one will overwrite the other&apos;s work.

Open it read-only instead, or take it over?</source>
        <translation>«&#xa0;%1&#xa0;» est verrouillé par Blendwise sur l’ordinateur «&#xa0;%2&#xa0;» (utilisateur %3, processus %4) depuis %5.

Si ce studio s’est arrêté brutalement, vous pouvez prendre la main sur le projet. S’il est en fait toujours ouvert là-bas, prendre la main signifie que vous modifierez tous les deux le fichier et que l’un écrasera le travail de l’autre.

Voulez-vous plutôt l’ouvrir en lecture seule, ou prendre la main&#xa0;?</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>&amp;Take Over</source>
        <translation>&amp;Prendre la main</translation>
    </message>
    <message>
        <source>Cannot Take Over</source>
        <translation>Impossible de prendre la main</translation>
    </message>
    <message>
        <source>The lock on “%1” is still held by a running process; it was not broken.</source>
        <translation>Le verrou sur «&#xa0;%1&#xa0;» est toujours détenu par un processus en cours d’exécution&#xa0;; il n’a pas été forcé.</translation>
    </message>
    <message>
        <source>another Blendwise window (process %1 of %2 on %3, for %4)</source>
        <translation>une autre fenêtre de Blendwise (processus %1 de %2 sur %3, depuis %4)</translation>
    </message>
    <message>
        <source>another Blendwise window</source>
        <translation>une autre fenêtre de Blendwise</translation>
    </message>
    <message>
        <source>“%1” is being edited in %2. Open it read-only? You can still save a copy under another name with Save As.</source>
        <translation>«&#xa0;%1&#xa0;» est en cours de modification dans %2. Voulez-vous l’ouvrir en lecture seule&#xa0;? Vous pourrez toujours en enregistrer une copie sous un autre nom avec «&#xa0;Enregistrer sous&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is already open in this window.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà ouvert dans cette fenêtre.</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <source>The file is write-protected: opened read-only. Use Save As to keep changes.</source>
        <translation>Le fichier est protégé en écriture&#xa0;: il a été ouvert en lecture seule. Utilisez «&#xa0;Enregistrer sous&#xa0;» pour conserver les modifications.</translation>
    </message>
    <message>
        <source>Opened a project from an older Blendwise; saving will upgrade the file.</source>
        <translation>Projet créé avec une version antérieure de Blendwise ouvert&#xa0;; l’enregistrement mettra le fichier à niveau.</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>Blendwise projects (*.blendwise)</source>
        <translation>Projets Blendwise (*.blendwise)</translation>
    </message>
    <message>
        <source>Cannot Save Project</source>
        <translation>Impossible d’enregistrer le projet</translation>
    </message>
    <message>
        <source>“%1” is open in another Blendwise window; saving here would overwrite its work. Choose another name.</source>
        <translation>«&#xa0;%1&#xa0;» est ouvert dans une autre fenêtre de Blendwise&#xa0;; l’enregistrer ici écraserait le travail de cette fenêtre. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Cannot Recover</source>
        <translation>Récupération impossible</translation>
    </message>
    <message>
        <source>Recovered older work as an untitled project: “%1” was saved after this copy and stays as it is.</source>
        <translation>Un travail plus ancien a été récupéré comme projet sans titre&#xa0;: «&#xa0;%1&#xa0;» a été enregistré après cette copie et reste tel quel.</translation>
    </message>
    <message>
        <source>Recovered unsaved work. Save to keep it.</source>
        <translation>Travail non enregistré récupéré. Enregistrez-le pour le conserver.</translation>
    </message>
</context>
<context>
    <name>bw::ui::PublishDialog</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>une durée inconnue</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <source>Changed by %1 at %2 since you read it.</source>
        <translation>Modifié par %1 le %2 depuis que vous l’avez récupéré.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Often blocked</source>
        <translation>Souvent bloqué</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Remplaçant</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Livrable</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Bénéfice</translation>
    </message>
    <message>
        <source>Publish the project as a &amp;template</source>
        <translation>Publier le projet comme &amp;modèle</translation>
    </message>
    <message>
        <source>Publish to Team Library</source>
        <translation>Publier dans la bibliothèque d’équipe</translation>
    </message>
    <message>
        <source>(untitled activity)</source>
        <translation>(activité sans titre)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Activities to publish as &amp;patterns:</source>
        <translation>Activités à publier comme &amp;patrons&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparer…</translation>
    </message>
    <message>
        <source>Library&apos;s version and yours</source>
        <translation>Version de la bibliothèque et la vôtre</translation>
    </message>
    <message>
        <source>%1%2 — library: %3 — yours: %4</source>
        <translation>%1%2 — bibliothèque&#xa0;: %3 — la vôtre&#xa0;: %4</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Donnez un nom au modèle.</translation>
    </message>
    <message>
        <source>Choose what to publish.</source>
        <translation>Choisissez ce qu’il faut publier.</translation>
    </message>
    <message>
        <source>No team library is set up (Edit ▸ Team Library Settings…).</source>
        <translation>Aucune bibliothèque d’équipe n’est configurée (Édition ▸ Paramètres de la bibliothèque d’équipe…).</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publication…</translation>
    </message>
    <message>
        <source>“%1” was not published: %2 Compare the two versions, or Close to keep yours here.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été publié&#xa0;: %2 Comparez les deux versions, ou fermez pour conserver la vôtre ici.</translation>
    </message>
    <message>
        <source>Your library role may not publish: that needs the editor role (blendwise_editor). %1</source>
        <translation>Votre rôle dans la bibliothèque ne permet pas de publier&#xa0;: il faut le rôle d’éditeur (blendwise_editor). %1</translation>
    </message>
    <message>
        <source>The team library is offline: nothing was published. %1</source>
        <translation>La bibliothèque d’équipe est hors ligne&#xa0;: rien n’a été publié. %1</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Non publié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Publish the project&apos;s one &amp;tool</source>
        <translation>Publier l’&amp;outil du projet</translation>
    </message>
    <message>
        <source>Publish the project&apos;s %1 &amp;tools</source>
        <translation>Publier les %1 &amp;outils du projet</translation>
    </message>
    <message>
        <source>Published 1 item to the team library.</source>
        <translation>1 élément publié dans la bibliothèque d’équipe.</translation>
    </message>
    <message>
        <source>Published %1 items to the team library.</source>
        <translation>%1 éléments publiés dans la bibliothèque d’équipe.</translation>
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
        <translation>Aucun projet récent</translation>
    </message>
    <message>
        <source>Clear Recent Projects</source>
        <translation>Effacer la liste des projets récents</translation>
    </message>
</context>
<context>
    <name>bw::ui::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>Blendwise did not close normally last time. These copies of unsaved work were kept. Recover one to continue where you left off; your project file has not been changed. A copy older than its file is marked: its file holds newer work.</source>
        <translation>Blendwise ne s’est pas fermé normalement la dernière fois. Ces copies du travail non enregistré ont été conservées. Récupérez-en une pour reprendre là où vous vous étiez arrêté&#xa0;; votre fichier de projet n’a pas été modifié. Une copie plus ancienne que son fichier est signalée&#xa0;: son fichier contient un travail plus récent.</translation>
    </message>
    <message>
        <source>Recovery copies</source>
        <translation>Copies de récupération</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>Open the selected copy; Save writes it to its original file</source>
        <translation>Ouvrir la copie sélectionnée&#xa0;; «&#xa0;Enregistrer&#xa0;» l’écrit dans son fichier d’origine</translation>
    </message>
    <message>
        <source>Delete the selected copy for good</source>
        <translation>Supprimer définitivement la copie sélectionnée</translation>
    </message>
    <message>
        <source>Keep the copies and decide at the next start</source>
        <translation>Garder les copies et décider au prochain démarrage</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Projet sans titre</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>jamais enregistré</translation>
    </message>
    <message>
        <source>%1
%2 — copy of %3</source>
        <translation>%1
%2 — copie de %3</translation>
    </message>
    <message>
        <source>The file was saved after this copy (%1) and holds newer work. Recover opens this copy as an untitled project.</source>
        <translation>Le fichier a été enregistré après cette copie (%1) et contient un travail plus récent. «&#xa0;Récupérer&#xa0;» ouvre cette copie comme projet sans titre.</translation>
    </message>
    <message>
        <source>The file already holds this work.</source>
        <translation>Le fichier contient déjà ce travail.</translation>
    </message>
    <message>
        <source>The file is no longer there; this copy is the only one.</source>
        <translation>Le fichier n’existe plus&#xa0;; cette copie est la seule.</translation>
    </message>
</context>
<context>
    <name>bw::ui::RetireToolDialog</name>
    <message>
        <source>Retire “%1” in the Team Library</source>
        <translation>Retirer «&#xa0;%1&#xa0;» dans la bibliothèque d’équipe</translation>
    </message>
    <message>
        <source>Retire “%1” for the whole team. Every project that uses it is offered the replacement in Update from Team Library, and the advisor points at it. This project is not changed here.</source>
        <translation>Retirer «&#xa0;%1&#xa0;» pour toute l’équipe. Chaque projet qui l’utilise se voit proposer son remplaçant dans «&#xa0;Mettre à jour depuis la bibliothèque d’équipe&#xa0;», et le conseiller le signale. Ce projet-ci n’est pas modifié ici.</translation>
    </message>
    <message>
        <source>&amp;Replace with:</source>
        <translation>&amp;Remplacer par&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;tire for the Team</source>
        <translation>Re&amp;tirer pour l’équipe</translation>
    </message>
    <message>
        <source>Asking the team library…</source>
        <translation>Interrogation de la bibliothèque d’équipe…</translation>
    </message>
    <message>
        <source>The team library is offline: nothing can be retired now.</source>
        <translation>La bibliothèque d’équipe est hors ligne&#xa0;: rien ne peut être retiré pour l’instant.</translation>
    </message>
    <message>
        <source>The team library could not be read: %1</source>
        <translation>Impossible de lire la bibliothèque d’équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only a team library admin can retire a tool for the whole team. Ask your library&apos;s admin, or use Publish to Team Library for your own changes.</source>
        <translation>Seul un administrateur de la bibliothèque d’équipe peut retirer un outil pour toute l’équipe. Demandez-le à l’administrateur de votre bibliothèque, ou utilisez «&#xa0;Publier dans la bibliothèque d’équipe&#xa0;» pour vos propres modifications.</translation>
    </message>
    <message>
        <source>(no replacement)</source>
        <translation>(aucun remplaçant)</translation>
    </message>
    <message>
        <source>Retiring “%1”…</source>
        <translation>Retrait de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>The library refused: only its admin can retire a tool (%1).</source>
        <translation>La bibliothèque a refusé&#xa0;: seul son administrateur peut retirer un outil (%1).</translation>
    </message>
    <message>
        <source>The team library went offline: “%1” was not retired. Try again later.</source>
        <translation>La bibliothèque d’équipe est passée hors ligne&#xa0;: «&#xa0;%1&#xa0;» n’a pas été retiré. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>“%1” was not retired: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été retiré&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>bw::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Objectives list</source>
        <translation>Liste des objectifs</translation>
    </message>
    <message>
        <source>Add an objective after the selected one</source>
        <translation>Ajouter un objectif après celui qui est sélectionné</translation>
    </message>
    <message>
        <source>Edit the statement in place</source>
        <translation>Modifier l’énoncé sur place</translation>
    </message>
    <message>
        <source>Delete the objective</source>
        <translation>Supprimer l’objectif</translation>
    </message>
    <message>
        <source>Move the objective up / down</source>
        <translation>Monter / descendre l’objectif</translation>
    </message>
    <message>
        <source>Select the previous / next objective</source>
        <translation>Sélectionner l’objectif précédent / suivant</translation>
    </message>
    <message>
        <source>Activity board</source>
        <translation>Tableau des activités</translation>
    </message>
    <message>
        <source>Previous / next card in the lane</source>
        <translation>Carte précédente / suivante dans le couloir</translation>
    </message>
    <message>
        <source>Go to the lane on the left / right</source>
        <translation>Aller au couloir de gauche / de droite</translation>
    </message>
    <message>
        <source>Add an activity in the focused lane</source>
        <translation>Ajouter une activité dans le couloir qui a le focus</translation>
    </message>
    <message>
        <source>Edit the card&apos;s title in place</source>
        <translation>Modifier le titre de la carte sur place</translation>
    </message>
    <message>
        <source>Open the card in the inspector</source>
        <translation>Ouvrir la carte dans l’inspecteur</translation>
    </message>
    <message>
        <source>Delete the card</source>
        <translation>Supprimer la carte</translation>
    </message>
    <message>
        <source>Move the card up / down in its lane</source>
        <translation>Monter / descendre la carte dans son couloir</translation>
    </message>
    <message>
        <source>Move the card to the previous / next phase</source>
        <translation>Déplacer la carte vers la phase précédente / suivante</translation>
    </message>
    <message>
        <source>Move the card to the previous / next objective</source>
        <translation>Déplacer la carte vers l’objectif précédent / suivant</translation>
    </message>
    <message>
        <source>Drag a card: reorder, change phase, or drop it on another objective</source>
        <translation>Faire glisser une carte&#xa0;: la réordonner, changer sa phase ou la déposer sur un autre objectif</translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation>Souris</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Direction: one-to-many / many-to-one / many-to-many</source>
        <translation>Direction&#xa0;: un vers plusieurs / plusieurs vers un / plusieurs vers plusieurs</translation>
    </message>
    <message>
        <source>Back to the card on the board</source>
        <translation>Revenir à la carte sur le tableau</translation>
    </message>
    <message>
        <source>Tool picker: open the ranked list</source>
        <translation>Sélecteur d’outil&#xa0;: ouvrir la liste classée</translation>
    </message>
    <message>
        <source>Tool picker: take the best match / restore the tool</source>
        <translation>Sélecteur d’outil&#xa0;: prendre la meilleure correspondance / rétablir l’outil</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Move between panels</source>
        <translation>Passer d’un panneau à l’autre</translation>
    </message>
</context>
<context>
    <name>bw::ui::TeamTemplateDialog</name>
    <message>
        <source>New from Team Template</source>
        <translation>Nouveau depuis un modèle d’équipe</translation>
    </message>
    <message>
        <source>&amp;Templates in the team library:</source>
        <translation>&amp;Modèles de la bibliothèque d’équipe :</translation>
    </message>
    <message>
        <source>Reading the team library…</source>
        <translation>Lecture de la bibliothèque d’équipe…</translation>
    </message>
    <message>
        <source>The team library cannot be read: %1</source>
        <translation>La bibliothèque d’équipe ne peut pas être lue : %1</translation>
    </message>
    <message>
        <source>%1
published by %2, %3</source>
        <translation>%1
publié par %2, %3</translation>
    </message>
    <message>
        <source>%1 — %2
published by %3, %4</source>
        <translation>%1 — %2
publié par %3, %4</translation>
    </message>
    <message>
        <source>The team library holds no templates yet. File ▸ Publish to Team Library… publishes a project as one.</source>
        <translation>La bibliothèque d’équipe ne contient encore aucun modèle. Fichier ▸ Publier dans la bibliothèque d’équipe… publie un projet comme modèle.</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>Ouverture de « %1 »…</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>« %1 » ne peut pas être ouvert : %2</translation>
    </message>
    <message>
        <source>“%1” is no longer in the team library.</source>
        <translation>« %1 » n’est plus dans la bibliothèque d’équipe.</translation>
    </message>
</context>
<context>
    <name>bw::ui::ToolCatalogueDialog</name>
    <message>
        <source>Tool Catalogue</source>
        <translation>Catalogue d’outils</translation>
    </message>
    <message>
        <source>Search tools</source>
        <translation>Rechercher des outils</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Filtrer par type</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>Tools of the project</source>
        <translation>Outils du projet</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add a new tool to the project&apos;s catalogue</source>
        <translation>Ajouter un nouvel outil au catalogue du projet</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected tool (or press Enter, or double-click it)</source>
        <translation>Modifier l’outil sélectionné (ou appuyez sur Entrée, ou double-cliquez dessus)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected tool; activities that use it are left without a tool</source>
        <translation>Retirer l’outil sélectionné&#xa0;; les activités qui l’utilisent se retrouvent sans outil</translation>
    </message>
    <message>
        <source>Add from &amp;built-in catalogue…</source>
        <translation>Ajouter depuis le catalogue &amp;intégré…</translation>
    </message>
    <message>
        <source>Add tools from Blendwise&apos;s catalogue that this project does not have yet</source>
        <translation>Ajouter des outils du catalogue de Blendwise que ce projet n’a pas encore</translation>
    </message>
    <message>
        <source>Every tool of the built-in catalogue is already in this project</source>
        <translation>Tous les outils du catalogue intégré sont déjà dans ce projet</translation>
    </message>
    <message>
        <source>“%1” is used by 1 activity, which will be left without a tool.</source>
        <translation>«&#xa0;%1&#xa0;» est utilisé par 1 activité, qui se retrouvera sans outil.</translation>
    </message>
    <message>
        <source>“%1” is used by %2 activities, which will be left without a tool.</source>
        <translation>«&#xa0;%1&#xa0;» est utilisé par %2 activités, qui se retrouveront sans outil.</translation>
    </message>
    <message>
        <source>Delete Tool</source>
        <translation>Supprimer l’outil</translation>
    </message>
    <message>
        <source>You can undo this with Undo.</source>
        <translation>Vous pouvez revenir en arrière avec «&#xa0;Annuler&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Delete Tool</source>
        <translation>&amp;Supprimer l’outil</translation>
    </message>
    <message>
        <source>Add from the Built-in Catalogue</source>
        <translation>Ajouter depuis le catalogue intégré</translation>
    </message>
    <message>
        <source>Built-in tools not in the project</source>
        <translation>Outils intégrés absents du projet</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Tick the tools to add to this project:</source>
        <translation>Cochez les outils à ajouter à ce projet&#xa0;:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add tool “%1”</source>
        <translation>Ajouter l’outil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add %1 tools from the catalogue</source>
        <translation>Ajouter %1 outils du catalogue</translation>
    </message>
    <message>
        <source>&amp;Retire in Team Library…</source>
        <translation>Re&amp;tirer pour l’équipe…</translation>
    </message>
    <message>
        <source>Retire the selected tool for the whole team, with the tool to use instead</source>
        <translation>Retirer l’outil sélectionné pour toute l’équipe, avec l’outil à utiliser à sa place</translation>
    </message>
</context>
<context>
    <name>bw::ui::ToolEditDialog</name>
    <message>
        <source>Edit Tool</source>
        <translation>Modifier l’outil</translation>
    </message>
    <message>
        <source>New Tool</source>
        <translation>Nouvel outil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>The name learners know the tool by; unique in this project.</source>
        <translation>Le nom sous lequel les apprenants connaissent l’outil&#xa0;; unique dans ce projet.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Supports %1</source>
        <translation>Prend en charge&#xa0;: %1</translation>
    </message>
    <message>
        <source>Content goes out from the trainer to the learners.</source>
        <translation>Le contenu va du formateur vers les apprenants.</translation>
    </message>
    <message>
        <source>Learners report back to the trainer.</source>
        <translation>Les apprenants rendent compte au formateur.</translation>
    </message>
    <message>
        <source>Learners share with each other.</source>
        <translation>Les apprenants échangent entre eux.</translation>
    </message>
    <message>
        <source>Learners need a new personal &amp;account</source>
        <translation>Les &amp;apprenants doivent créer un nouveau compte personnel</translation>
    </message>
    <message>
        <source>Learners already use it at work: the advisor and the tool picker prefer it.</source>
        <translation>Les apprenants l’utilisent déjà au travail&#xa0;: le conseiller et le sélecteur d’outil le privilégient.</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>Accès&#xa0;:</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratuit</translation>
    </message>
    <message>
        <source>freemium</source>
        <translation>freemium</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>payant</translation>
    </message>
    <message>
        <source>licensed</source>
        <translation>sous licence</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>C&amp;oût&#xa0;:</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>Adresse &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Remplaçant</translation>
    </message>
    <message>
        <source>The active tool that takes over from this retired one.</source>
        <translation>L’outil actif qui prend le relais de cet outil abandonné.</translation>
    </message>
    <message>
        <source>&amp;Replaced by:</source>
        <translation>&amp;Remplacé par&#xa0;:</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What the tool is, in one or two sentences.</source>
        <translation>Ce qu’est l’outil, en une ou deux phrases.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Learner benefit</source>
        <translation>Bénéfice pour l’apprenant</translation>
    </message>
    <message>
        <source>What learners gain from using it; offered as the default benefit of activities.</source>
        <translation>Ce que les apprenants gagnent à l’utiliser&#xa0;; proposé comme bénéfice par défaut des activités.</translation>
    </message>
    <message>
        <source>Learner &amp;benefit:</source>
        <translation>Bénéf&amp;ice pour l’apprenant&#xa0;:</translation>
    </message>
    <message>
        <source>Access notes</source>
        <translation>Notes d’accès</translation>
    </message>
    <message>
        <source>Accounts, licences, firewalls, devices.</source>
        <translation>Comptes, licences, pare-feu, appareils.</translation>
    </message>
    <message>
        <source>Access &amp;notes:</source>
        <translation>Notes d’a&amp;ccès&#xa0;:</translation>
    </message>
    <message>
        <source>Setup checklist</source>
        <translation>Liste de mise en place</translation>
    </message>
    <message>
        <source>One step per line.</source>
        <translation>Une étape par ligne.</translation>
    </message>
    <message>
        <source>The organiser&apos;s setup checklist, one step per line; printed in the tools appendix.</source>
        <translation>La liste de mise en place de l’organisateur, une étape par ligne&#xa0;; imprimée dans l’annexe des outils.</translation>
    </message>
    <message>
        <source>&amp;Setup checklist:</source>
        <translation>&amp;Liste de mise en place&#xa0;:</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <source>Give the tool a name.</source>
        <translation>Donnez un nom à l’outil.</translation>
    </message>
    <message>
        <source>The project already has a tool called “%1”.</source>
        <translation>Le projet a déjà un outil nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The web address should be complete, such as https://example.com.</source>
        <translation>L’adresse web doit être complète, par exemple https://example.com.</translation>
    </message>
    <message>
        <source>What the tool is for: discussion, content, co-creation, speeding up the process, live meetings, surveys, e-learning modules on an LMS, or video.</source>
        <translation>À quoi sert l’outil&#xa0;: discussion, contenu, co-création, accélération du processus, réunions en direct, sondages, modules e-learning sur un LMS, ou vidéo.</translation>
    </message>
    <message>
        <source>Suits these directions:</source>
        <translation>Directions prises en charge&#xa0;:</translation>
    </message>
    <message>
        <source>Everyone uses it at the &amp;same time (synchronous)</source>
        <translation>Tout le monde l’utilise en même temps (&amp;synchrone)</translation>
    </message>
    <message>
        <source>Company networks often &amp;block it</source>
        <translation>Souvent &amp;bloqué par les réseaux d’entreprise</translation>
    </message>
    <message>
        <source>The client already &amp;provides it to learners</source>
        <translation>Déjà fourni aux apprenants &amp;par le client</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;ut&#xa0;:</translation>
    </message>
</context>
<context>
    <name>bw::ui::ToolPicker</name>
    <message>
        <source>Client-provided</source>
        <translation>Fourni par le client</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Retired → %1</source>
        <translation>Abandonné → %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Often blocked</source>
        <translation>Souvent bloqué</translation>
    </message>
    <message>
        <source>Type to search tools…</source>
        <translation>Tapez pour rechercher des outils…</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Type to search the project&apos;s tools; Down opens the ranked list, Enter picks, Esc cancels.</source>
        <translation>Tapez pour rechercher parmi les outils du projet&#xa0;; Bas ouvre la liste classée, Entrée choisit, Échap annule.</translation>
    </message>
    <message>
        <source>Show the tools that fit this activity</source>
        <translation>Afficher les outils adaptés à cette activité</translation>
    </message>
    <message>
        <source>Suggested tools</source>
        <translation>Outils suggérés</translation>
    </message>
    <message>
        <source>Watch out:</source>
        <translation>Attention&#xa0;:</translation>
    </message>
    <message>
        <source>New tool…</source>
        <translation>Nouvel outil…</translation>
    </message>
    <message>
        <source>New tool “%1”…</source>
        <translation>Nouvel outil «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Add a tool to the project&apos;s catalogue and use it for this activity</source>
        <translation>Ajouter un outil au catalogue du projet et l’utiliser pour cette activité</translation>
    </message>
    <message>
        <source>Add tool “%1” and use it</source>
        <translation>Ajouter l’outil «&#xa0;%1&#xa0;» et l’utiliser</translation>
    </message>
    <message>
        <source>Face to face, e.g. a role-play: no tool is needed</source>
        <translation>En présentiel, par ex. un jeu de rôle&#xa0;: aucun outil n’est nécessaire</translation>
    </message>
    <message>
        <source>The activity deliberately needs no tool: the advisor will not ask for one</source>
        <translation>L’activité ne demande volontairement aucun outil&#xa0;: le conseiller n’en réclamera pas</translation>
    </message>
    <message>
        <source>No tool chosen yet</source>
        <translation>Aucun outil choisi pour l’instant</translation>
    </message>
    <message>
        <source>Leave the activity without a tool for now</source>
        <translation>Laisser l’activité sans outil pour l’instant</translation>
    </message>
    <message>
        <source>No tool — in the room</source>
        <translation>Sans outil — en salle</translation>
    </message>
</context>
<context>
    <name>bw::ui::ToolTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Retired → %1</source>
        <translation>Abandonné → %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Directions</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchrone</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <source>Everyone uses it at the same time</source>
        <translation>Tout le monde l’utilise en même temps</translation>
    </message>
    <message>
        <source>Learners need a new personal account</source>
        <translation>Les apprenants doivent créer un nouveau compte personnel</translation>
    </message>
    <message>
        <source>Number of activities that use the tool</source>
        <translation>Nombre d’activités qui utilisent l’outil</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Oui&#xa0;: %1</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>Non&#xa0;: %1</translation>
    </message>
    <message>
        <source>Shown here only: change it with Edit…</source>
        <translation>Affiché ici uniquement&#xa0;: modifiez-le avec «&#xa0;Modifier…&#xa0;»</translation>
    </message>
    <message>
        <source>Company networks often block it</source>
        <translation>Souvent bloqué par les réseaux d’entreprise</translation>
    </message>
    <message>
        <source>The client already provides it to learners</source>
        <translation>Le client le fournit déjà aux apprenants</translation>
    </message>
</context>
<context>
    <name>bw::ui::VersionsDialog</name>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Versions of the plan</source>
        <translation>Versions du plan</translation>
    </message>
    <message>
        <source>&amp;Mark Version…</source>
        <translation>&amp;Marquer une version…</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>&amp;Open Read-Only</source>
        <translation>&amp;Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Keep the plan as it is now as a named version</source>
        <translation>Conserver le plan tel qu’il est maintenant comme version nommée</translation>
    </message>
    <message>
        <source>List what changed since the selected version in the Changes panel</source>
        <translation>Lister dans le panneau Modifications ce qui a changé depuis la version sélectionnée</translation>
    </message>
    <message>
        <source>Open the selected version in a window of its own; Save As there starts a new project from it</source>
        <translation>Ouvrir la version sélectionnée dans une fenêtre à part&#xa0;; «&#xa0;Enregistrer sous&#xa0;» y crée un nouveau projet à partir d’elle</translation>
    </message>
    <message>
        <source>Put the plan back as the selected version holds it (Undo takes it back)</source>
        <translation>Remettre le plan dans l’état de la version sélectionnée («&#xa0;Annuler&#xa0;» revient en arrière)</translation>
    </message>
    <message>
        <source>Delete the selected version from the project file</source>
        <translation>Supprimer la version sélectionnée du fichier du projet</translation>
    </message>
    <message>
        <source>No version marked yet. Mark one when you send the plan to the client: you can then show what changed since.</source>
        <translation>Aucune version marquée pour l’instant. Marquez-en une quand vous envoyez le plan au client&#xa0;: vous pourrez ensuite montrer ce qui a changé depuis.</translation>
    </message>
    <message>
        <source>Versions are kept inside the project file and saved with it.</source>
        <translation>Les versions sont conservées dans le fichier du projet et enregistrées avec lui.</translation>
    </message>
    <message>
        <source>The plan is back as “%1” holds it. Edit ▸ Undo takes it back.</source>
        <translation>Le plan est revenu à l’état de «&#xa0;%1&#xa0;». Édition ▸ Annuler revient en arrière.</translation>
    </message>
</context>
</TS>

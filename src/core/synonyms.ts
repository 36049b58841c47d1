import { stem } from './stem.ts';

// Words people use for the same thing, across French and English, short forms and SMS spellings.
// The first word of a group is the term every other word is read as. Written folded (no accents).
const GROUPS = `
instagram insta ig
facebook fb
whatsapp wa whatsap watsap wsp wapp wtsp whtsp wtsap
messenger messanger
ai ia artificial artificielle intelligence
message msg msgs mp mps dm dms texto textos txt
conversation conversations discussion discussions convo convos conv convs chat chats discuter discute discutent
photo photos pic pics picture pictures foto fotos image images selfie selfies
video videos reel reels
post posts publication publications publier published publish poster posted
commentaire commentaires comments commente commenter commented commentent commenting commentez
object objection objections objecting oppose opposer opposition opposed refuse refuser refus refusal optout opt decline
form forms formulaire formulaires formular
email emails mail mails courriel courriels
gdpr rgpd dsgvo
minor minors mineur mineurs child children kid kids enfant enfants teen teens teenager teenagers ado ados adolescent adolescents
delete deleting deleted supprimer suppression supprime effacer efface erase erased wipe wipes wiped wiping erasure effacement
account accounts acct accts acc compte comptes cpt
data donnee donnees info infos information informations
train training trained entrainer entrainement entraine entrainee nourrir feed feeding learn apprendre
use using used utiliser utilise utilisation utilisent exploit exploiter exploitation
private prive privee prives privees
public publique publics publiques
late tard deadline delai
old ancien anciens ancienne anciennes vieux vieille vieilles older
complaint complain plainte plaintes reclamation reclamations plaindre
authority autorite regulator regulateur
legal legale illegal illegale loi law laws lois juridique juridiques legally legalement lawful
justify justification justifications justifier reason reasons raison raisons motif motifs justif justifs
confirm confirmation confirmed confirme confirmer
country countries pays
europe european europeen europeenne europeens eu ue eea
usa america american americain etats unis
phishing hameconnage arnaque arnaques scam scams fake fraud
how comment
why pourquoi
when quand wen qd kan
help aide aider
thanks thank thx ty tysm tyvm merci mrc mci
hello hi hey bonjour salut coucou bonsoir slt bjr cc cv allo hej hallo hola ciao
link links lien liens url
linked relie relies reliee reliees
setting settings parametre parametres reglage reglages
stop stopper arreter empecher prevent block bloquer
disable desactiver deactivate
profile profil
friend friends ami amis amie amies
creator creators artist artists artiste artistes createur createurs creatrice photographer photographe illustrator illustrateur
spam indesirable indesirables junk
english anglais
reply answer answers reponse reponses repondre respond repondu
year years ans annee annees
ad ads pub pubs publicite publicites advertising advertisement advertisements
consent consentement permission autorisation autoriser authorize allow
model models modele modeles llm
read reads reading lire lis lit lisent lisez lu lue lus lues
see sees saw seen voir voit voient vu vus
receive received receiving receives recu recue recus recues recois recoit recoivent recevoir recevez
send sends sent sending envoyer envoie envoient envoye envoyee envoyes envoyez
fill filled filling remplir rempli remplie remplis remplit
share shares shared sharing partager partage partagent partagee partages
sell sells sold selling vendre vend vendent vendu vendus revendre
keep keeps kept store stores stored storing conserver conserve conservent stockent stockage garder garde gardent save saves saved saving
collect collects collected collecting collecter collecte collectent harvest harvesting scrape scraping scraped aspirer aspire aspirent pomper pompe
find found finding trouver trouve trouvent introuvable
spy spying espionner espionne espionnent surveiller surveille surveillance
why pk pq pkoi pourkoi
how cmt cmnt komen koman coment
hide hides hidden hiding hid cacher cache cachee caches masquer masque masquee planque planquer
notification notifications notif notifs notice notices
need needs needed besoin besoins fallait faudra faudrait falloir necessaire necessaires necessary must doivent
respect respects respected respecting respecter respecte respectent respectera respecteront respecterait honour honours honoured honouring honor honors honored honoring honorer honore honorent honorera comply complies complied complying
still encore toujours
already deja
now maintenant aujourd today mtn mnt ajd auj actuellement currently
permanently permanent permanente definitivement definitif definitive forever
company companies entreprise entreprises societe societes firme firmes firm firms corporation corporations multinationale multinationales
daughter daughters fille filles fils sons
others autres another autrui
lawyer lawyers avocat avocats avocate avocates attorney attorneys juriste juristes solicitor
job jobs boulot emploi emplois taf taff
tag tags tagging tagged tague taguer tagues taguee mention mentions mentioned mentioning mentionner mentionne mentionnent
take takes took taken taking prendre prend prennent prenne prenez pris prise prises grab grabs grabbed grabbing
know knows knew knowing savoir sais sait savez savent
bot bots chatbot chatbots
hoax hoaxes canular canulars intox rumeur rumeurs rumour rumours rumor rumors bidon
explanation explanations explication explications explain explains explained explaining expliquer explique expliquez
train entrainent nourrit nourri nourrie nourrisse nourrissent learnt apprend apprenne appris apprennent
use uses usage usages usin
demand demande demandes demander dmd dmde dmnd request requests
problem problems probleme problemes pb pbm pblm
phone phones telephone telephones portable fone
app apps appli applis application applications
privacy confidentialite
nothing rien
content contents contenu contenus
policy policies politique politiques
advanced avance avancee avancees avances
remove removed removing removes retirer retire retirent enlever enleve
click clicks clicked clicking cliquer clique cliquez cliqu
protect protects protected protecting protection proteger protege protegee proteges
processing traitement traitements
face faces facial faciale faciales visage visages
recognition reconnaissance
servir sert servent servi
family families famille familles familial familiale
user users utilisateur utilisateurs utilisatrice utilisatrices
improve improves improved improving ameliorer ameliore ameliorent amelioration
copy copies copied copie copier
history historique historiques
check checks checked checking verify verified verifier verifie verifiez verification
button buttons bouton boutons
interest interests interet interets
legitimate legitime legitimes
server servers serveur serveurs
trust trusted confiance
reject rejects rejected rejecting rejeter rejete rejetee rejetent rejet
start starts started starting commencer commence commencent
ireland irish irlande irlandais irlandaise
switzerland swiss suisse suisses
target targets targeted targeting cibler cible ciblee ciblage
default defaut
empty vide
understand comprendre comprends comprend
month months mois
day days jour jours
announce announced announcement annoncer annonce annonces
future futur
write writes writing wrote written ecrire ecris ecrit ecrivent
procedure procedures demarche demarches
cover covers covered couvrir couvre
uninstall uninstalled uninstalling desinstaller desinstalle desinstallee desinstal
voice voix vocal vocaux vocale vocales
screen screens ecran ecrans
screenshot screenshots capture captures
week weeks semaine semaines
automatic automatically automatique automatiquement
artwork artworks oeuvre oeuvres
password passwords mdp
germany german allemagne allemand allemande allemands
field fields champ champs
example examples exemple exemples
court courts tribunal tribunaux
apply applies applied appliquer applique appliquee
encrypt encrypted encryption chiffre chiffrement chiffrees
false faux fausse
security securite
change changes changed changing changer modifier modifie modify modified
circle cercle
name names nom noms
number numbers numero numeros
reliable fiable fiables
advice conseil conseils
official officiel officielle officiels officielles
forget forgot forgotten oublier oublie oubli
choice choices choix choisir choose
proof proofs preuve preuves evidence
quit quitting quitter quitte
try tried trying essayer essaye essaie
connect connected connecter connecte connectee connexion login
search searched searching rechercher recherche chercher cherche
open opened opening ouvrir ouvre ouvert ouverte
ban banned interdire interdit interdite
january janvier
february fevrier
april avril
june juin
july juillet
august aout
september septembre
october octobre
november novembre
december decembre
exclude excluded exclu exclure exclue
first premier premiere
file files fichier fichiers
uk britain british britannique angleterre england royaume
norway norwegian norvege
guarantee guarantees guaranteed garantie garanties garantir garanti
human humans humain humains
temporary temporarily temporaire temporairement
idea ideas idee idees
better mieux
value values valeur valeurs
repost reposted reshare reshared repartager repartage
`;

const CANONICAL: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const groups = GROUPS.trim().split('\n').map((line) => line.trim().split(/\s+/));
  // Words first, then their stems where no word claims them ("comments" must not take "comment" = how).
  for (const [head, ...rest] of groups) if (head) for (const w of [head, ...rest]) if (!map.has(w)) map.set(w, head);
  for (const [head, ...rest] of groups) if (head) for (const w of [head, ...rest]) if (!map.has(stem(w))) map.set(stem(w), head);
  return map;
})();

/** Every word of the synonym groups with the term it is read as. */
export function synonymAliases(): ReadonlyMap<string, string> {
  return CANONICAL;
}

/** The term a folded word is read as: its group's head word, else its stem. */
export function canonical(word: string): string {
  const direct = CANONICAL.get(word);
  if (direct) return direct;
  const s = stem(word);
  return CANONICAL.get(s) ?? s;
}

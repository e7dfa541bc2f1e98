import { stem, tokenize } from './tokens.js';

/**
 * A small multilingual lexicon of news vocabulary: each line is one concept, with its usual words in
 * English, Russian, Turkish, French, German and Spanish. It lets a Russian or Turkish text meet an
 * English claim on the words that carry news (resign, sign, buy, return, rise, ban, arrest, summit…).
 * Stems are compared, so one or two forms per language are enough.
 */
const CONCEPTS = [
  'resign resignation quit step down | отставка отставку уволился ушел | ' +
    'istifa | démission démissionne | Rücktritt zurückgetreten | dimisión dimitió',
  'sign signed signing agreement | подписал подписали подписание соглашение | imzaladı imza anlaşma | ' +
    'signé signature accord | unterzeichnet Abkommen Vertrag | firmó firma acuerdo',
  'contract deal | контракт сделка сделку | sözleşme anlaşma | contrat | Vertrag Geschäft | contrato',
  'buy bought purchase purchased acquire acquired acquisition | ' +
    'купить купила купил покупка приобрести приобрела приобретение | satın almak aldı alım | ' +
    'acheter acheté achat acquisition | kaufen gekauft Kauf Übernahme | ' +
    'comprar compró compra adquirir adquisición',
  'sell sold sale | продать продала продажа | satmak sattı satış | ' +
    'vendre vendu vente | verkaufen verkauft Verkauf | vender vendió venta',
  'return returned give back send back | вернуть вернет возврат возвращение | ' +
    'iade geri vermek | rendre restituer retour | zurückgeben Rückgabe | devolver devolución',
  'rise rose increase increased grew growth raise raised | ' +
    'вырос выросла выросли рост увеличил повысил | arttı artış yükseldi artırdı | ' +
    'hausse augmenté augmentation | gestiegen Anstieg erhöht | subió aumento aumentó',
  'fall fell drop dropped decrease declined cut | снизил снизилась снижение упал упала сократил | ' +
    'düştü düşüş azaldı | baisse baissé chute | gesunken Rückgang | bajó caída descenso',
  'oil crude | нефть нефти | petrol | pétrole | Öl Erdöl | petróleo',
  'gas | газ газа | doğalgaz gaz | gaz | Gas | gas',
  'output production produce | добыча производство | üretim | production | Produktion Förderung | producción',
  'price prices | цена цены | fiyat | prix | Preis Preise | precio',
  'rate interest | ставка ставку процент | faiz oran | taux | Zins Zinssatz | tasa tipo',
  'bank | банк банка | banka bankası | banque | Bank | banco',
  'central | центральный центробанк | merkez | centrale | Zentralbank | central',
  'summit meeting talks | саммит встреча переговоры | ' +
    'zirve görüşme toplantı | sommet réunion | Gipfel Treffen | cumbre reunión',
  'prepare preparing | готовят подготовка готовит | hazırlık hazırlanıyor | ' +
    'prépare préparation | vorbereiten Vorbereitung | prepara preparación',
  'airport | аэропорт аэропорта | havalimanı havaalanı | aéroport | Flughafen | aeropuerto',
  'flight flights | рейс рейсы рейсов | uçuş sefer | vol vols | Flug Flüge | vuelo vuelos',
  'suspend suspended halt halted stop stopped | приостановил приостановлен остановил | ' +
    'askıya durdurdu | suspendu suspend | ausgesetzt eingestellt | suspendió suspendido',
  'fog | туман тумана | sis | brouillard | Nebel | niebla',
  'weather storm | погода шторм буря | hava fırtına | tempête | Sturm Wetter | tormenta',
  'court judge ruling verdict | суд суда судья решение приговор | mahkeme hakim karar | ' +
    'tribunal cour juge | Gericht Richter Urteil | tribunal juez sentencia',
  'law bill | закон закона законопроект | kanun yasa tasarı | loi | Gesetz | ley',
  'ban banned prohibit | запрет запретил запретили | yasak yasakladı | ' +
    'interdit interdiction | Verbot verboten | prohibió prohibición',
  'arrest arrested detained | арестован задержан арест задержали | ' +
    'gözaltı tutuklandı | arrêté arrestation | festgenommen verhaftet | detenido arrestado',
  'police | полиция полицейские | polis emniyet | police | Polizei | policía',
  'open opened opening | открыл открылась открытие открыт | ' +
    'açıldı açılış açtı | ouvert ouverture | eröffnet Eröffnung | abrió apertura',
  'close closed closure shut | закрыл закрыт закрытие | kapattı kapandı kapanış | ' +
    'fermé fermeture | geschlossen Schließung | cerró cierre',
  'plant factory | завод завода электростанция | santral fabrika tesis | ' +
    'centrale usine | Kraftwerk Werk Fabrik | planta central fábrica',
  'coal | уголь угольный | kömür | charbon | Kohle | carbón',
  'power electricity energy | энергия электроэнергия электростанция | ' +
    'enerji elektrik | énergie électricité | Strom Energie | energía electricidad',
  'election vote voters | выборы голосование | seçim oy | élection vote | Wahl Abstimmung | elección voto',
  'win won victory | победил победа выиграл | kazandı zafer | gagné victoire | gewonnen Sieg | ganó victoria',
  'lose lost defeat | проиграл поражение | kaybetti yenilgi | perdu défaite | verloren Niederlage | perdió derrota',
  'minister ministry | министр министерство минобороны | bakan bakanlık | ' +
    'ministre ministère | Minister Ministerium | ministro ministerio',
  'president | президент | cumhurbaşkanı başkan | président | Präsident | presidente',
  'government | правительство | hükümet | gouvernement | Regierung | gobierno',
  'governor | губернатор | vali | gouverneur | Gouverneur | gobernador',
  'mayor | мэр | belediye başkanı | maire | Bürgermeister | alcalde',
  'company firm | компания фирма | şirket firma | entreprise société | Unternehmen Firma | empresa compañía',
  'merger merge | слияние | birleşme | fusion | Fusion | fusión',
  'employees staff workers jobs | сотрудников сотрудники работников рабочие | ' +
    'çalışan işçi personel | salariés employés | Mitarbeiter Beschäftigte | empleados trabajadores',
  'layoffs lay off job cuts redundancies | сокращение увольнение | ' +
    'işten çıkarma | licenciements | Stellenabbau Entlassungen | despidos',
  'billion | миллиард млрд | milyar | milliard milliards | Milliarde Milliarden | mil millones',
  'million | миллион млн | milyon | million | Million | millón millones',
  'dollar dollars | доллар долларов | dolar | dollar dollars | Dollar | dólar dólares',
  'system systems | система системы комплекс комплексы | sistem | système | System | sistema',
  'missile missiles | ракета ракеты | füze | missile | Rakete | misil',
  'air defence defense | ПВО противовоздушной | hava savunma | ' +
    'défense aérienne | Luftabwehr Flugabwehr | defensa aérea',
  'helicopter helicopters | вертолет вертолеты | helikopter | hélicoptère | Hubschrauber | helicóptero',
  'aircraft jet jets plane fighter | самолет истребитель | uçak savaş uçağı | avion | Flugzeug Kampfjet | avión caza',
  'army military troops | армия военные войска | ordu asker askeri | ' +
    'armée militaire | Armee Militär | ejército militar',
  'war attack | война атака удар | savaş saldırı | guerre attaque | Krieg Angriff | guerra ataque',
  'ceasefire truce | перемирие прекращение огня | ateşkes | cessez-le-feu | Waffenstillstand | alto el fuego',
  'sanctions | санкции санкций | yaptırım | sanctions | Sanktionen | sanciones',
  'export exports | экспорт | ihracat | exportations | Export | exportación',
  'import imports | импорт | ithalat | importations | Import | importación',
  'deliver delivered delivery deliveries supply | поставка поставки поставил | ' +
    'teslimat teslim | livraison livré | Lieferung geliefert | entrega entregó',
  'test tested firing | испытание испытания стрельбы | test deneme atış | essai tir | Test Erprobung | prueba',
  'use used deploy deployed activate activated | ' +
    'использовать использование развернуть задействовать | kullanmak kullanıldı konuşlandırma aktif | ' +
    'utiliser utilisé déployé | eingesetzt genutzt | usar utilizado desplegado',
  'hospital | больница больницы | hastane | hôpital | Krankenhaus | hospital',
  'vaccine vaccination | вакцина вакцинация | aşı | vaccin | Impfstoff Impfung | vacuna',
  'school schools | школа школы | okul | école | Schule | escuela',
  'teacher teachers | учитель учителя | öğretmen | enseignant | Lehrer | maestro profesor',
  'strike walkout | забастовка стачка | grev | grève | Streik | huelga',
  'union | профсоюз | sendika | syndicat | Gewerkschaft | sindicato',
  'tax taxes | налог налоги | vergi | impôt taxe | Steuer | impuesto',
  'budget | бюджет | bütçe | budget | Haushalt Budget | presupuesto',
  'inflation | инфляция | enflasyon | inflation | Inflation | inflación',
  'unemployment | безработица | işsizlik | chômage | Arbeitslosigkeit | desempleo',
  'debt loan | долг кредит | borç kredi | dette prêt | Schulden Kredit | deuda préstamo',
  'investment invest | инвестиции инвестировать | yatırım | investissement | Investition | inversión',
  'shares stock | акции | hisse | actions | Aktien | acciones',
  'profit earnings | прибыль | kâr kar | bénéfice | Gewinn | beneficio ganancias',
  'loss losses | убыток убытки | zarar | perte | Verlust | pérdida',
  'sales revenue | продажи выручка | satışlar gelir | ventes chiffre | Umsatz | ventas ingresos',
  'coach manager | тренер | teknik direktör antrenör | entraîneur | Trainer | entrenador',
  'club team | клуб команда | kulüp takım | club équipe | Verein Mannschaft | club equipo',
  'player striker | игрок нападающий | oyuncu forvet golcü | joueur attaquant | Spieler Stürmer | jugador delantero',
  'transfer signed | трансфер подписал | transfer imzaladı | transfert | Transfer Wechsel | fichaje fichó',
  'sacked fired dismissed | уволен уволили отправлен в отставку | ' +
    'görevden alındı kovuldu | limogé renvoyé | entlassen gefeuert | destituido despedido',
  'tunnel | тоннель туннель | tünel | tunnel | Tunnel | túnel',
  'bridge | мост | köprü | pont | Brücke | puente',
  'rail railway train | железная дорога поезд | demiryolu tren | ferroviaire train | Bahn Zug | ferrocarril tren',
  'metro subway line | метро линия | metro hat | métro ligne | U-Bahn Linie | metro línea',
  'road highway bypass | дорога шоссе объездная | yol otoyol çevre yolu | ' +
    'route autoroute contournement | Straße Autobahn Umgehungsstraße | carretera autopista',
  'lake | озеро озера | göl | lac | See | lago',
  'river | река реки | nehir ırmak | rivière fleuve | Fluss | río',
  'water drought | вода засуха | su kuraklık | eau sécheresse | Wasser Dürre | agua sequía',
  'climate emissions | климат выбросы | iklim emisyon | climat émissions | Klima Emissionen | clima emisiones',
  'fire wildfire | пожар пожары | yangın | incendie feu | Brand Feuer | incendio',
  'flood flooding | наводнение паводок | sel taşkın | inondation | Hochwasser Überschwemmung | inundación',
  'earthquake | землетрясение | deprem | séisme tremblement | Erdbeben | terremoto',
  'died dead killed death | погиб погибли умер смерть | öldü hayatını kaybetti ölüm | ' +
    'mort tué décès | gestorben getötet Tod | murió muerto muerte',
  'injured wounded | ранен ранены пострадали | yaralandı | blessé | verletzt | herido',
  'investigation probe | расследование следствие | soruşturma | enquête | Ermittlung Untersuchung | investigación',
  'charged accused charges | обвинение обвиняется обвинили | ' +
    'suçlama suçlandı | accusé inculpé | angeklagt Anklage | acusado cargos',
  'acquitted acquittal | оправдан оправдали | beraat | acquitté | freigesprochen | absuelto',
  'convicted guilty sentenced | осужден виновным приговорен | mahkum suçlu | ' +
    'condamné coupable | verurteilt schuldig | condenado culpable',
  'appeal | апелляция обжаловать | itiraz temyiz | appel | Berufung | apelación',
  'protest protesters | протест протестующие митинг | protesto eylem | ' +
    'manifestation manifestants | Protest Demonstranten | protesta manifestantes',
  'border | граница границы | sınır | frontière | Grenze | frontera',
  'visa | виза визы | vize | visa | Visum | visado visa',
  'embassy ambassador | посольство посол | büyükelçilik büyükelçi | ' +
    'ambassade ambassadeur | Botschaft Botschafter | embajada embajador',
  'agenda | повестка повестке | gündem | ordre du jour | Tagesordnung | agenda',
  'plan plans | план планы | plan | plan projet | Plan Pläne | plan planes',
  'report reports | сообщение сообщения доклад | haber rapor | rapport information | Bericht Meldung | informe',
  'new | новый новая новое новые | yeni | nouveau nouvelle | neu neue | nuevo nueva',
  'year years | год года лет | yıl sene | an année | Jahr Jahre | año años',
  'month months | месяц месяца месяцев | ay | mois | Monat Monate | mes meses',
  'week | неделя неделе | hafta | semaine | Woche | semana',
  'january | январь января | ocak | janvier | Januar | enero',
  'february | февраль февраля февралем | şubat | février | Februar | febrero',
  'march | март марта | mart | mars | März | marzo',
  'april | апрель апреля | nisan | avril | April | abril',
  'may | май мая | mayıs | mai | Mai | mayo',
  'june | июнь июня | haziran | juin | Juni | junio',
  'july | июль июля | temmuz | juillet | Juli | julio',
  'august | август августа | ağustos | août | August | agosto',
  'september | сентябрь сентября | eylül | septembre | September | septiembre',
  'october | октябрь октября | ekim | octobre | Oktober | octubre',
  'november | ноябрь ноября | kasım | novembre | November | noviembre',
  'december | декабрь декабря | aralık | décembre | Dezember | diciembre',
  'russia russian | россия россии российский | rusya rus | russie russe | Russland russisch | rusia ruso',
  'turkey turkish | турция турции турецкий | türkiye türk | turquie turc | Türkei türkisch | turquía turco',
  'united states american | сша американский | abd amerikan | ' +
    'états-unis américain | USA amerikanisch | estados unidos estadounidense',
  'half | половина вдвое | yarı yarısı | moitié | Hälfte | mitad',
  'double doubled | удвоил вдвое | iki katına | doublé | verdoppelt | duplicó',
]; // one concept per line

/** Concepts that contradict each other, named by a word of each. */
const OPPOSITES: Array<[string, string]> = [
  ['rise', 'fall'],
  ['win', 'lose'],
  ['open', 'close'],
  ['acquitted', 'convicted'],
  ['buy', 'sell'],
  ['profit', 'loss'],
  ['died', 'injured'],
];

let index: Map<string, number> | null = null;

function build(): Map<string, number> {
  const m = new Map<string, number>();
  CONCEPTS.forEach((line, id) => {
    for (const t of tokenize(line.replace(/\|/g, ' '))) if (!m.has(t.stem)) m.set(t.stem, id);
  });
  return m;
}

/**
 * Does the text use the opposite of one of the claim's concepts without using the concept itself?
 * ("output fell" against "output rose"; "was convicted" against "was acquitted").
 */
export function opposes(claim: ReadonlyArray<{ stem: string }>, text: ReadonlyArray<{ stem: string }>): boolean {
  const cc = new Set(claim.map((t) => conceptOf(t.stem)).filter((c): c is number => c !== null));
  const tc = new Set(text.map((t) => conceptOf(t.stem)).filter((c): c is number => c !== null));
  for (const [a, b] of OPPOSITES) {
    const ca = conceptOf(stem(a));
    const cb = conceptOf(stem(b));
    if (ca === null || cb === null) continue;
    if ((cc.has(ca) && tc.has(cb) && !tc.has(ca)) || (cc.has(cb) && tc.has(ca) && !tc.has(cb))) return true;
  }
  return false;
}

/** The concept a stem belongs to, or null. */
export function conceptOf(s: string): number | null {
  index ??= build();
  return index.get(s) ?? null;
}

//! The site's fixed words, in bokmål and nynorsk side by side. Data text comes
//! from the municipality's files in its own målform; these are the labels
//! around it.

use serde::Serialize;

use crate::i18n::Maalform;

/// Declares `Tekster` and `Tekster::new` from one table: a field, its
/// bokmål, its nynorsk.
macro_rules! tekster {
    ($($felt:ident: $nb:expr, $nn:expr;)*) => {
        /// Every label a template uses, picked for one målform.
        #[derive(Debug, Clone, Serialize)]
        pub struct Tekster {
            $(pub $felt: &'static str,)*
        }

        impl Tekster {
            pub fn new(m: Maalform) -> Self {
                Tekster { $($felt: m.t($nb, $nn),)* }
            }
        }
    };
}

tekster! {
    hopp: "Hopp til hovedinnholdet", "Hopp til hovudinnhaldet";
    hovudmeny: "Hovedmeny", "Hovudmeny";
    forside: "Forside", "Framside";
    veileder: "Veileder nivå 0", "Rettleiar nivå 0";
    tjenester: "Tjenester", "Tenester";
    arenaer: "Samhandlingsarenaer", "Samhandlingsarenaer";
    roller: "Roller", "Roller";
    framdrift: "Framdriftsplan", "Framdriftsplan";
    akutt: "Akutt: fare for liv eller helse", "Akutt: fare for liv eller helse";
    start_veileder: "Start veilederen: fra undring til handling", "Start rettleiaren: frå undring til handling";
    start_paa_nytt: "Start veilederen på nytt", "Start rettleiaren på nytt";
    modell_tre_nivaa: "Modellen på tre nivåer", "Modellen på tre nivå";
    bti_nivaa: "Nivåene i handlingsveilederen", "Nivåa i handlingsrettleiaren";
    steg: "Steg", "Steg";
    steg_i_nivaa0: "Stegene på nivå 0", "Stega på nivå 0";
    du_er_her: "du er her", "du er her";
    fullfort: "gjennomført", "gjennomført";
    for_du_starter: "Før du starter", "Før du startar";
    verktoy: "Verktøy", "Verktøy";
    lovverk: "Lovverk og plikter", "Lovverk og plikter";
    frist: "Frist", "Frist";
    velg: "Velg svaret som passer", "Vel svaret som passar";
    resultat: "Resultat", "Resultat";
    fortsett_paa: "Fortsett på", "Hald fram på";
    ingen_nivaa: "Ingen videre nivå fra denne veiledningen.", "Ikkje noko vidare nivå frå denne rettleiinga.";
    frister: "Frister", "Fristar";
    kontakter: "Hvem du kontakter", "Kven du kontaktar";
    nodnummer: "Nødnumre og nasjonale numre", "Naudnummer og nasjonale nummer";
    sentralbord: "sentralbord", "sentralbord";
    telefon: "Telefon", "Telefon";
    epost: "E-post", "E-post";
    nettside: "Nettside", "Nettside";
    adresse: "Adresse", "Adresse";
    apningstid: "Åpningstid", "Opningstid";
    maalgruppe: "Målgruppe", "Målgruppe";
    nivaa: "Nivå", "Nivå";
    interkommunal: "Interkommunalt samarbeid", "Interkommunalt samarbeid";
    formaal: "Formål", "Formål";
    deltakere: "Deltakere", "Deltakarar";
    hyppighet: "Hvor ofte", "Kor ofte";
    tidspunkt: "Tidspunkt", "Tidspunkt";
    sted: "Sted", "Stad";
    ansvar: "Ansvar", "Ansvar";
    neste_moter: "Neste møter", "Neste møte";
    ingen_moter: "Ingen kjente møtedatoer fremover.", "Ingen kjende møtedatoar framover.";
    arenaer_her: "Arenaer på dette nivået", "Arenaer på dette nivået";
    ingen_arenaer: "Kommunen har ikke registrert arenaer på dette nivået.", "Kommunen har ikkje registrert arenaer på dette nivået.";
    ingen_tjenester: "Kommunen har ikke registrert tjenester.", "Kommunen har ikkje registrert tenester.";
    ogsaa_under: "Også i denne kategorien, beskrevet under sin hovedkategori", "Òg i denne kategorien, skildra under hovudkategorien sin";
    ingen_planer: "Kommunen har ikke registrert en framdriftsplan.", "Kommunen har ikkje registrert ein framdriftsplan.";
    oppgaver: "Oppgaver", "Oppgåver";
    kommunens_egen: "Kommunens egen beskrivelse", "Kommunen si eiga skildring";
    ics: "Last ned fristene som kalenderfil (.ics)", "Last ned fristane som kalenderfil (.ics)";
    hva: "Hva", "Kva";
    hvem: "Hvem", "Kven";
    status: "Status", "Status";
    omtrentlig: "omtrentlig", "omtrentleg";
    skriv_ut: "Du kan skrive ut denne siden; utskriften viser innholdet med tittel, kommune og dato.", "Du kan skrive ut denne sida; utskrifta viser innhaldet med tittel, kommune og dato.";
    bunntekst: "Laget med bti fra kommunens egne data. Siden bruker ingen informasjonskapsler og lagrer ingenting om deg.", "Laga med bti frå kommunen sine eigne data. Sida brukar ingen informasjonskapslar og lagrar ingenting om deg.";
    kommuner: "BTI-modellene i kommunene", "BTI-modellane i kommunane";
    kommuner_intro: "Velg kommune for å se modellen, veilederen, tjenestene og planene.", "Vel kommune for å sjå modellen, rettleiaren, tenestene og planane.";
    ingen_kontakter: "ingen kontaktopplysninger registrert", "ingen kontaktopplysningar registrerte";
    nivaa_0_lenke: "Gå gjennom nivå 0 steg for steg", "Gå gjennom nivå 0 steg for steg";
    aapner_ny_side: "ekstern side", "ekstern side";
    bekymret: "Bekymret for et barn?", "Uroa for eit barn?";
    bekymret_ingress: "For foreldre, barn og unge og naboer: hva som skjer når noen er bekymret for et barn, og hvem du kan kontakte.", "For foreldre, barn og unge og naboar: kva som skjer når nokon er uroa for eit barn, og kven du kan kontakte.";
    slik_bruker: "Slik bruker du veilederen", "Slik brukar du rettleiaren";
    slik_bruker_ingress: "For ansatte: hvordan du går gjennom veilederen fra undring til handling.", "For tilsette: korleis du går gjennom rettleiaren frå undring til handling.";
    hva_er_bti: "BTI (bedre tverrfaglig innsats) er kommunens modell for å oppdage tidlig barn, unge, gravide og familier som noen er bekymret for, og følge dem opp uten brudd mellom tjenestene.", "BTI (betre tverrfagleg innsats) er modellen kommunen brukar for å oppdage tidleg barn, unge, gravide og familiar som nokon er uroa for, og følgje dei opp utan brot mellom tenestene.";
    nivaa_side: "Les om", "Les om";
    kilder: "Kilder", "Kjelder";
    tilbake_til: "Tilbake til spørsmålet", "Tilbake til spørsmålet";
    tilgjengelighet: "Tilgjengelighetserklæring", "Tilgjengelegheitserklæring";
    tilbakemelding: "Gi tilbakemelding om nettsiden", "Gi tilbakemelding om nettsida";
    ikke_om_barn: "Ikke send opplysninger om et barn eller en familie her. Er du bekymret for et barn, se «Bekymret for et barn?».", "Ikkje send opplysningar om eit barn eller ein familie her. Er du uroa for eit barn, sjå «Uroa for eit barn?».";
    bygd: "bygd", "bygd";
    per: "per", "per";
    stafett: "Stafettholder og stafettlogg", "Stafetthaldar og stafettlogg";
    stafettlogg_her: "Stafettlogg i kommunen", "Stafettlogg i kommunen";
    hvem_gjor_hva: "Hvem gjør hva", "Kven gjer kva";
    tjenester_her: "Tjenester på dette nivået", "Tenester på dette nivået";
    individarenaer: "Samhandlingsarenaer for det enkelte barnet (individnivå)", "Samhandlingsarenaer for det einskilde barnet (individnivå)";
    forrige_nivaa: "Forrige nivå", "Førre nivå";
    neste_nivaa: "Neste nivå", "Neste nivå";
    fra_kommunen: "Fra kommunen", "Frå kommunen";
    ring_naa: "Ring nå", "Ring no";
    stegene: "Stegene", "Stega";
    alle_tjenester: "Alle tjenestene i kommunen", "Alle tenestene i kommunen";
    kommuner_hva: "BTI (bedre tverrfaglig innsats) er kommunenes modell for å oppdage tidlig barn og unge som noen er bekymret for, og følge dem opp uten brudd mellom tjenestene. Her er modellen til hver kommune: veilederen for ansatte, tjenestene, samhandlingsarenaene og planene.", "BTI (betre tverrfagleg innsats) er modellen kommunane brukar for å oppdage tidleg barn og unge som nokon er uroa for, og følgje dei opp utan brot mellom tenestene. Her er modellen til kvar kommune: rettleiaren for tilsette, tenestene, samhandlingsarenaene og planane.";
    hva_du_gjor: "Hva du gjør", "Kva du gjer";
    meldeskjema: "Send bekymringsmelding digitalt", "Send bekymringsmelding digitalt";
}

/// The default name of a model level when `kommune.toml` gives none.
pub fn modellnivaa_navn(m: Maalform, id: crate::data::model::ArenaNivaa) -> &'static str {
    use crate::data::model::ArenaNivaa::*;
    match id {
        Kommune => m.t("Kommunenivå", "Kommunenivå"),
        Tjeneste => m.t("Tjenestenivå (fagetat)", "Tenestenivå (fagetat)"),
        Individ => m.t("Individnivå", "Individnivå"),
    }
}

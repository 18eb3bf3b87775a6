//! The site's fixed words, in bokmål and nynorsk side by side. Data text comes
//! from the municipality's files in its own målform; these are the labels
//! around it.

use serde::Serialize;

use crate::i18n::Maalform;

/// Every label a template uses, picked for one målform.
#[derive(Debug, Clone, Serialize)]
pub struct Tekster {
    pub hopp: &'static str,
    pub hovudmeny: &'static str,
    pub forside: &'static str,
    pub veileder: &'static str,
    pub tjenester: &'static str,
    pub arenaer: &'static str,
    pub roller: &'static str,
    pub framdrift: &'static str,
    pub akutt: &'static str,
    pub start_veileder: &'static str,
    pub start_paa_nytt: &'static str,
    pub modell_tre_nivaa: &'static str,
    pub bti_nivaa: &'static str,
    pub steg: &'static str,
    pub steg_i_nivaa0: &'static str,
    pub du_er_her: &'static str,
    pub fullfort: &'static str,
    pub for_du_starter: &'static str,
    pub verktoy: &'static str,
    pub lovverk: &'static str,
    pub frist: &'static str,
    pub velg: &'static str,
    pub resultat: &'static str,
    pub fortsett_paa: &'static str,
    pub ingen_nivaa: &'static str,
    pub frister: &'static str,
    pub kontakter: &'static str,
    pub nodnummer: &'static str,
    pub sentralbord: &'static str,
    pub telefon: &'static str,
    pub epost: &'static str,
    pub nettside: &'static str,
    pub adresse: &'static str,
    pub apningstid: &'static str,
    pub maalgruppe: &'static str,
    pub nivaa: &'static str,
    pub interkommunal: &'static str,
    pub formaal: &'static str,
    pub deltakere: &'static str,
    pub hyppighet: &'static str,
    pub tidspunkt: &'static str,
    pub sted: &'static str,
    pub ansvar: &'static str,
    pub neste_moter: &'static str,
    pub ingen_moter: &'static str,
    pub arenaer_her: &'static str,
    pub ingen_arenaer: &'static str,
    pub ingen_tjenester: &'static str,
    pub ingen_planer: &'static str,
    pub oppgaver: &'static str,
    pub kommunens_egen: &'static str,
    pub ics: &'static str,
    pub hva: &'static str,
    pub hvem: &'static str,
    pub status: &'static str,
    pub omtrentlig: &'static str,
    pub skriv_ut: &'static str,
    pub bunntekst: &'static str,
    pub kommuner: &'static str,
    pub kommuner_intro: &'static str,
    pub ingen_kontakter: &'static str,
    pub nivaa_0_lenke: &'static str,
    pub aapner_ny_side: &'static str,
}

impl Tekster {
    pub fn new(m: Maalform) -> Self {
        Tekster {
            hopp: m.t("Hopp til hovedinnholdet", "Hopp til hovudinnhaldet"),
            hovudmeny: m.t("Hovedmeny", "Hovudmeny"),
            forside: m.t("Forside", "Framside"),
            veileder: m.t("Veileder nivå 0", "Rettleiar nivå 0"),
            tjenester: m.t("Tjenester", "Tenester"),
            arenaer: m.t("Samhandlingsarenaer", "Samhandlingsarenaer"),
            roller: m.t("Roller", "Roller"),
            framdrift: m.t("Framdriftsplan", "Framdriftsplan"),
            akutt: m.t(
                "Akutt: fare for liv eller helse",
                "Akutt: fare for liv eller helse",
            ),
            start_veileder: m.t(
                "Start veilederen: fra undring til handling",
                "Start rettleiaren: frå undring til handling",
            ),
            start_paa_nytt: m.t("Start veilederen på nytt", "Start rettleiaren på nytt"),
            modell_tre_nivaa: m.t("Modellen på tre nivåer", "Modellen på tre nivå"),
            bti_nivaa: m.t("Nivåene i handlingsveilederen", "Nivåa i handlingsrettleiaren"),
            steg: m.t("Steg", "Steg"),
            steg_i_nivaa0: m.t("Stegene på nivå 0", "Stega på nivå 0"),
            du_er_her: m.t("du er her", "du er her"),
            fullfort: m.t("gjennomført", "gjennomført"),
            for_du_starter: m.t("Før du starter", "Før du startar"),
            verktoy: m.t("Verktøy", "Verktøy"),
            lovverk: m.t("Lovverk og plikter", "Lovverk og plikter"),
            frist: m.t("Frist", "Frist"),
            velg: m.t("Velg svaret som passer", "Vel svaret som passar"),
            resultat: m.t("Resultat", "Resultat"),
            fortsett_paa: m.t("Fortsett på", "Hald fram på"),
            ingen_nivaa: m.t(
                "Ingen videre nivå fra denne veiledningen.",
                "Ikkje noko vidare nivå frå denne rettleiinga.",
            ),
            frister: m.t("Frister", "Fristar"),
            kontakter: m.t("Hvem du kontakter", "Kven du kontaktar"),
            nodnummer: m.t("Nødnumre og nasjonale numre", "Naudnummer og nasjonale nummer"),
            sentralbord: m.t("sentralbord", "sentralbord"),
            telefon: m.t("Telefon", "Telefon"),
            epost: m.t("E-post", "E-post"),
            nettside: m.t("Nettside", "Nettside"),
            adresse: m.t("Adresse", "Adresse"),
            apningstid: m.t("Åpningstid", "Opningstid"),
            maalgruppe: m.t("Målgruppe", "Målgruppe"),
            nivaa: m.t("Nivå", "Nivå"),
            interkommunal: m.t("Interkommunalt samarbeid", "Interkommunalt samarbeid"),
            formaal: m.t("Formål", "Formål"),
            deltakere: m.t("Deltakere", "Deltakarar"),
            hyppighet: m.t("Hvor ofte", "Kor ofte"),
            tidspunkt: m.t("Tidspunkt", "Tidspunkt"),
            sted: m.t("Sted", "Stad"),
            ansvar: m.t("Ansvar", "Ansvar"),
            neste_moter: m.t("Neste møter", "Neste møte"),
            ingen_moter: m.t(
                "Ingen kjente møtedatoer fremover.",
                "Ingen kjende møtedatoar framover.",
            ),
            arenaer_her: m.t("Arenaer på dette nivået", "Arenaer på dette nivået"),
            ingen_arenaer: m.t(
                "Kommunen har ikke registrert arenaer på dette nivået.",
                "Kommunen har ikkje registrert arenaer på dette nivået.",
            ),
            ingen_tjenester: m.t(
                "Kommunen har ikke registrert tjenester.",
                "Kommunen har ikkje registrert tenester.",
            ),
            ingen_planer: m.t(
                "Kommunen har ikke registrert en framdriftsplan.",
                "Kommunen har ikkje registrert ein framdriftsplan.",
            ),
            oppgaver: m.t("Oppgaver", "Oppgåver"),
            kommunens_egen: m.t("Kommunens egen beskrivelse", "Kommunen si eiga skildring"),
            ics: m.t(
                "Last ned fristene som kalenderfil (.ics)",
                "Last ned fristane som kalenderfil (.ics)",
            ),
            hva: m.t("Hva", "Kva"),
            hvem: m.t("Hvem", "Kven"),
            status: m.t("Status", "Status"),
            omtrentlig: m.t("omtrentlig", "omtrentleg"),
            skriv_ut: m.t(
                "Du kan skrive ut denne siden; utskriften viser bare innholdet.",
                "Du kan skrive ut denne sida; utskrifta viser berre innhaldet.",
            ),
            bunntekst: m.t(
                "Laget med bti fra kommunens egne data. Siden bruker ingen informasjonskapsler og lagrer ingenting om deg.",
                "Laga med bti frå kommunen sine eigne data. Sida brukar ingen informasjonskapslar og lagrar ingenting om deg.",
            ),
            kommuner: m.t("BTI-modellene i kommunene", "BTI-modellane i kommunane"),
            kommuner_intro: m.t(
                "Velg kommune for å se modellen, veilederen, tjenestene og planene.",
                "Vel kommune for å sjå modellen, rettleiaren, tenestene og planane.",
            ),
            ingen_kontakter: m.t("ingen kontaktopplysninger registrert", "ingen kontaktopplysningar registrerte"),
            nivaa_0_lenke: m.t(
                "Gå gjennom nivå 0 steg for steg",
                "Gå gjennom nivå 0 steg for steg",
            ),
            aapner_ny_side: m.t("ekstern side", "ekstern side"),
        }
    }
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

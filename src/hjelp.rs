//! `--help` in nynorsk. The command line is defined once, in bokmål, in
//! `cli.rs` (the source of the man pages and completions); for a nynorsk
//! user every help text, heading and example heading is swapped for its
//! nynorsk form from the table below before the arguments are parsed. The
//! målform is found the way `Ctx` finds it: `--maalform`, `BTI_MAALFORM`,
//! the configuration file, else the municipality's (`-k`).

/// bokmål → nynorsk for every help text of `cli.rs` (a test checks that each
/// entry is still used and that nothing bokmål-only is left in nynorsk help).
pub const NYNORSK: &[(&str, &str)] = &[
    (
        "Filen --format xlsx skrives til (kreves for xlsx)",
        "Fila --format xlsx blir skriven til (må vere med for xlsx)",
    ),
    (
        "Kommunens modell mot Bufdirs kriterier: oppfylt, delvis, ikke oppfylt eller ikke registrert i dataene",
        "Modellen til kommunen mot kriteria til Bufdir: oppfylt, delvis, ikkje oppfylt eller ikkje registrert i dataa",
    ),
    (
        "Kommunens BTI-modell mot Bufdirs kriterier for en BTI-modell: én rad per kriterium med status (oppfylt, delvis, ikke oppfylt, ikke registrert i dataene), belegget (fil, arena, rolle, nivå eller rad i framdriftsplanen) eller det som mangler, kilden og om kriteriet er et krav fra Bufdir eller en anbefaling. Uten -k: alle kommunene. --format markdown gir en tabell til en rapport (f.eks. til kommunestyret).",
        "BTI-modellen til kommunen mot kriteria til Bufdir for ein BTI-modell: éi rad per kriterium med status (oppfylt, delvis, ikkje oppfylt, ikkje registrert i dataa), belegget (fil, arena, rolle, nivå eller rad i framdriftsplanen) eller det som manglar, kjelda og om kriteriet er eit krav frå Bufdir eller ei tilråding. Utan -k: alle kommunane. --format markdown gir ein tabell til ein rapport (t.d. til kommunestyret).",
    ),
    (
        "Bygg modellen som en statisk, universelt utformet nettside (HTML og CSS)",
        "Bygg modellen som ei statisk, universelt utforma nettside (HTML og CSS)",
    ),
    (
        "Bygg kommunens BTI-modell som en statisk nettside fra de samme dataene som resten av bti: en forside med modellens tre nivåer (kommune, tjeneste, individ) og arenaene deres og BTI-nivåene med stegene; veilederen for nivå 0 som lenkede sider (én side per spørsmål, hvert valg en lenke, akuttlenke og stegstolpe på hver side, én side per utfall med nivå, lovverk, kontakter og nødnumre, fra samme oppsummering som bti guide); tjenester etter kategori med kontakter; arenaer med neste møter fra --i-dag; roller; og framdriftsplanen som tabell med en .ics-fil ved siden av (de samme forekomstene som bti frist --alle --format ics).\n\nMed -k bygges én kommune i UT; uten -k får hver kommune sin egen mappe UT/<id>/ og UT/index.html lister dem. Nettsiden bygges i en ny mappe ved siden av UT og byttes inn først når den er hel; bti skriver aldri gjennom en symbolsk lenke og aldri i datamappen. En mappe som finnes og ikke er tom, blir bare erstattet med --overskriv og bare når den har en .bti-manifest fra en tidligere bygging; da fjernes bare filene den lister, og andre filer blir liggende. Alt står på kommunens målform (lang=\"nb\" eller lang=\"nn\"). Frister på veiledersidene står relativt til dagen undringen oppsto, ikke som datoer.\n\nSidene er ren HTML og CSS med relative lenker: ingen skript, skjemaer, informasjonskapsler eller filer fra andre nettsteder, så de virker fra en fil, fra en hvilken som helst webserver og uten nett. De følger WCAG 2.1 nivå A og AA (landemerker, hopp-lenke, overskrifter i rekkefølge, synlig fokus, kontrast, 320 piksler bredde, 200 % zoom, utskrift). Samme data og samme --i-dag gir byte for byte de samme filene, så nettsiden kan ligge i git.\n\nForhåndsvis: åpne UT/index.html i nettleseren, eller kjør python3 -m http.server -d UT 8000 og gå til http://localhost:8000/. Kommunen publiserer selv en tilgjengelighetserklæring for nettstedet der sidene legges.",
        "Bygg BTI-modellen til kommunen som ei statisk nettside frå dei same dataa som resten av bti: ei framside med dei tre nivåa i modellen (kommune, teneste, individ) og arenaene deira og BTI-nivåa med stega; rettleiaren for nivå 0 som lenkja sider (éi side per spørsmål, kvart val ei lenkje, akuttlenkje og stegstolpe på kvar side, éi side per utfall med nivå, lovverk, kontaktar og naudnummer, frå same oppsummering som bti guide); tenester etter kategori med kontaktar; arenaer med neste møte frå --i-dag; roller; og framdriftsplanen som tabell med ei .ics-fil ved sida av (dei same førekomstane som bti frist --alle --format ics).\n\nMed -k blir éin kommune bygd i UT; utan -k får kvar kommune si eiga mappe UT/<id>/, og UT/index.html listar dei. Nettsida blir bygd i ei ny mappe ved sida av UT og bytt inn først når ho er heil; bti skriv aldri gjennom ei symbolsk lenkje og aldri i datamappa. Ei mappe som finst og ikkje er tom, blir berre bytt ut med --overskriv og berre når ho har ei .bti-manifest frå ei tidlegare bygging; då blir berre filene ho listar fjerna, og andre filer blir liggjande. Alt står på målforma til kommunen (lang=\"nb\" eller lang=\"nn\"). Fristar på rettleiarsidene står relativt til dagen undringa oppstod, ikkje som datoar.\n\nSidene er rein HTML og CSS med relative lenkjer: ingen skript, skjema, informasjonskapslar eller filer frå andre nettstader, så dei verkar frå ei fil, frå kva webtenar som helst og utan nett. Dei følgjer WCAG 2.1 nivå A og AA (landemerke, hopp-lenkje, overskrifter i rekkjefølgje, synleg fokus, kontrast, 320 pikslar breidd, 200 % zoom, utskrift). Same data og same --i-dag gir byte for byte dei same filene, så nettsida kan liggje i git.\n\nFørehandsvis: opna UT/index.html i nettlesaren, eller køyr python3 -m http.server -d UT 8000 og gå til http://localhost:8000/. Kommunen publiserer sjølv ei tilgjengeerklæring for nettstaden der sidene blir lagde.",
    ),
    (
        "Mappen nettsiden skrives til (standard: nettside)",
        "Mappa nettsida blir skriven til (standard: nettside)",
    ),
    (
        "Erstatt en nettside bti bygde i mappen før (mappen må ha .bti-manifest; andre filer blir liggende)",
        "Byt ut ei nettside bti bygde i mappa før (mappa må ha .bti-manifest; andre filer blir liggjande)",
    ),
    (
        "Utdataformat\n\ntable: tabell for skjermen (standard); json: én JSON-matrise; tsv: tabulatorseparert, teksten uendret; csv: kommaseparert for regneark (en celle som begynner med =, +, -, @ får ' foran); markdown: tabell til rapporter; ics: kalender (bare frist); xlsx: Excel-arbeidsbok til filen i -o FIL (frist, tjenester, arenaer, roller, vurdering).\n\nTekst fra datafilene slippes aldri rått ut til terminalen: kontrolltegn (ESC, BEL, CR, NUL, …) vises synlig som \\r eller \\u{1b} (tegnets kodepunkt), i alle formater og meldinger; json bruker JSONs egne escape-sekvenser.",
        "Utdataformat\n\ntable: tabell for skjermen (standard); json: éi JSON-matrise; tsv: tabulatorseparert, teksten uendra; csv: kommaseparert for rekneark (ei celle som byrjar med =, +, -, @ får ' framfor); markdown: tabell til rapportar; ics: kalender (berre frist); xlsx: Excel-arbeidsbok til fila i -o FIL (frist, tenester, arenaer, roller, vurdering).\n\nTekst frå datafilene slepper aldri rått ut til terminalen: kontrollteikn (ESC, BEL, CR, NUL, …) blir viste synleg som \\r eller \\u{1b} (kodepunktet til teiknet), i alle format og meldingar; json brukar dei eigne escape-sekvensane til JSON.",
    ),
    (
        "BTI – Bedre tverrfaglig innsats: veileder, tjenester, arenaer og frister for kommunen",
        "BTI – Betre tverrfagleg innsats: rettleiar, tenester, arenaer og fristar for kommunen",
    ),
    (
        "bti hjelper ansatte som jobber med barn og unge: fra undring til handling på nivå 0 (bti guide), hvem du kontakter (tjenester, arenaer, roller, nivåer) og hva som skal skje når (frist).\nDataene for Strand, Sirdal, Austrheim, Sogndal og Inderøy er bygd inn; pek --data på kommunens egen mappe.\n«bti hjelp» er det samme som «bti --help», og «bti hjelp KOMMANDO» som «bti KOMMANDO --help».",
        "bti hjelper tilsette som arbeider med barn og unge: frå undring til handling på nivå 0 (bti guide), kven du kontaktar (tenester, arenaer, roller, nivå) og kva som skal skje når (frist).\nDataa for Strand, Sirdal, Austrheim, Sogndal og Inderøy er bygde inn; peik --data på den eigne mappa til kommunen.\n«bti hjelp» er det same som «bti --help», og «bti hjelp KOMMANDO» som «bti KOMMANDO --help».",
    ),
    ("Valg", "Val"),
    ("Argumenter", "Argument"),
    ("Kommandoer", "Kommandoar"),
    (
        "Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle)",
        "Kommune (id eller namn; store/små bokstavar og æøå spelar inga rolle)",
    ),
    (
        "Datamappe i stedet for de innebygde dataene",
        "Datamappe i staden for dei innebygde dataa",
    ),
    (
        "Farger: auto, always, never (NO_COLOR gir never)",
        "Fargar: auto, always, never (NO_COLOR gir never)",
    ),
    (
        "Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens",
        "Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er målforma til kommunen",
    ),
    (
        "Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted",
        "Arbeidsstad: vis pliktene etter lova som gjeld der du arbeider (barnehage, skole, helse, annet); standard er kvar plikt med lova per arbeidsstad",
    ),
    (
        "Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ)",
        "Kva som skal reknast som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ)",
    ),
    (
        "Veiledning gjennom nivå 0: fra undring til handling, med stoppregler, frister og kontakter",
        "Rettleiing gjennom nivå 0: frå undring til handling, med stoppreglar, fristar og kontaktar",
    ),
    (
        "Kommunene i dataene, med modell, målform og antall",
        "Kommunane i dataa, med modell, målform og tal",
    ),
    (
        "Sjekk en datamappe eller en kommunemappe: alle feil i én kjøring, med fil, linje og kolonne",
        "Sjekk ei datamappe eller ei kommunemappe: alle feil i éi køyring, med fil, linje og kolonne",
    ),
    (
        "Datamappe (med kommuner/) eller kommunemappe (med kommune.toml); standard: de aktive dataene",
        "Datamappe (med kommuner/) eller kommunemappe (med kommune.toml); standard: dei aktive dataa",
    ),
    (
        "Frister og milepæler fra kommunens framdriftsplan",
        "Fristar og milepælar frå framdriftsplanen til kommunen",
    ),
    (
        "Tjenester for barn, unge og familier",
        "Tenester for barn, unge og familiar",
    ),
    (
        "Samhandlingsarenaer: hvem møtes, hvor ofte, neste møte",
        "Samhandlingsarenaer: kven møtest, kor ofte, neste møte",
    ),
    (
        "Roller (stafettholder, koordinator, ...): nasjonale og kommunens egne",
        "Roller (stafetthaldar, koordinator, ...): nasjonale og dei kommunen har sjølv",
    ),
    (
        "Nivåene i BTI-modellen med stegene sine",
        "Nivåa i BTI-modellen med stega sine",
    ),
    ("Vis ett nivå i sin helhet", "Vis eitt nivå i heilskap"),
    (
        "Lag en ny kommunemappe med kommenterte maler for alle filene",
        "Lag ei ny kommunemappe med kommenterte malar for alle filene",
    ),
    (
        "Skriv et skript for fullføring i skallet (bash, zsh, fish, elvish, powershell)",
        "Skriv eit skript for fullføring i skalet (bash, zsh, fish, elvish, powershell)",
    ),
    ("Skallet", "Skalet"),
    (
        "Id for kommunen (mappenavnet): små bokstaver a–z, sifre og bindestrek",
        "Id for kommunen (mappenamnet): små bokstavar a–z, siffer og bindestrek",
    ),
    (
        "Kommunens navn, f.eks. \"Minby kommune\" (med --fra: standard er navnet i kopien)",
        "Namnet på kommunen, t.d. \"Minby kommune\" (med --fra: standard er namnet i kopien)",
    ),
    (
        "Start fra en kopi av denne kommunens innebygde data (alle filene, egen veileder med)",
        "Start frå ein kopi av dei innebygde dataa til denne kommunen (alle filene, eigen rettleiar med)",
    ),
    (
        "Dato for vedtaket om BTI (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ): gir en framdriftsplan med frister regnet fra vedtaket",
        "Dato for vedtaket om BTI (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ): gir ein framdriftsplan med fristar rekna frå vedtaket",
    ),
    (
        "Datamappen kommunen legges i (standard: gjeldende mappe)",
        "Datamappa kommunen blir lagd i (standard: gjeldande mappe)",
    ),
    (
        "Linjemodus uten skjermbilde: ett svar per linje (nummer, starten av valget, a = akutt, b = tilbake)",
        "Linjemodus utan skjermbilete: eitt svar per linje (nummer, starten av valet, a = akutt, b = attende)",
    ),
    (
        "Lagre oppsummeringen som Markdown i FIL (bare du kan lese den)",
        "Lagre oppsummeringa som Markdown i FIL (berre du kan lese ho)",
    ),
    (
        "Erstatt FIL hvis den finnes fra før",
        "Erstatt FIL om ho finst frå før",
    ),
    (
        "Dagen undringen oppsto (ÅÅÅÅ-MM-DD eller d.m.åååå): fristene regnes fra den (standard: i dag; lagres ikke)",
        "Dagen undringa oppstod (ÅÅÅÅ-MM-DD eller d.m.åååå): fristane blir rekna frå han (standard: i dag; blir ikkje lagra)",
    ),
    ("Vindu i dager fra i dag", "Vindauge i dagar frå i dag"),
    (
        "Fra og med dato (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ)",
        "Frå og med dato (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ)",
    ),
    (
        "Alle forekomster, uansett dato og status",
        "Alle førekomstar, same kva dato og status",
    ),
    (
        "Frister som har gått ut og ikke er fullført eller avlyst",
        "Fristar som har gått ut og ikkje er fullførte eller avlyste",
    ),
    (
        "Bare rader der «ansvar» inneholder teksten",
        "Berre rader der «ansvar» inneheld teksten",
    ),
    (
        "Bare rader der «hvem» inneholder teksten",
        "Berre rader der kven-kolonnen inneheld teksten",
    ),
    ("Bare denne planen (id)", "Berre denne planen (id)"),
    (
        "Søkeord: alle må passe id, navn, kategori, sokeord eller beskrivelse (bøyde former, synonymer; beste treff først)",
        "Søkjeord: alle må passa id, namn, kategori, sokeord eller skildring (bøygde former, synonym; beste treff først)",
    ),
    (
        "Bare denne kategorien (f.eks. ppt, barnevern, helsestasjon)",
        "Berre denne kategorien (t.d. ppt, barnevern, helsestasjon)",
    ),
    (
        "Bare tjenester som deltar på dette nivået",
        "Berre tenester som er med på dette nivået",
    ),
    (
        "Alle felt, én blokk per tjeneste",
        "Alle felt, éin blokk per teneste",
    ),
    (
        "Søkeord: alle må passe id, navn, nivå, sokeord eller formål (bøyde former, synonymer; beste treff først)",
        "Søkjeord: alle må passa id, namn, nivå, sokeord eller formål (bøygde former, synonym; beste treff først)",
    ),
    (
        "Bare arenaer der denne tjenesten deltar (id eller navn, som -k)",
        "Berre arenaer der denne tenesta er med (id eller namn, som -k)",
    ),
    (
        "Bare arenaer på dette nivået i samhandlingsmodellen",
        "Berre arenaer på dette nivået i samhandlingsmodellen",
    ),
    (
        "Alle felt, én blokk per arena",
        "Alle felt, éin blokk per arena",
    ),
    (
        "Søkeord: alle må passe id, navn eller beskrivelse (bøyde former, synonymer; beste treff først)",
        "Søkjeord: alle må passa id, namn eller skildring (bøygde former, synonym; beste treff først)",
    ),
    (
        "Alle felt, én blokk per rolle",
        "Alle felt, éin blokk per rolle",
    ),
];

fn nn(s: &str) -> Option<String> {
    let oppslag = |t: &str| NYNORSK.iter().find(|(nb, _)| *nb == t).map(|(_, nn)| *nn);
    if let Some(t) = oppslag(s) {
        return Some(t.to_string());
    }
    // `cli::norsk_arg` adds "[verdier: …] [standard: …] [miljø: …]" after the
    // text: translate the text and the one word of those that differs.
    let (tekst, tillegg) = s.split_at(s.find(" [")?);
    if !tillegg.contains("[verdier: ") && oppslag(tekst).is_none() {
        return None;
    }
    let tillegg = tillegg.replace("[verdier: ", "[verdiar: ");
    Some(format!("{}{tillegg}", oppslag(tekst).unwrap_or(tekst)))
}

/// The examples after a command's help: "Eksempler:" becomes "Døme:".
fn eksempler(s: &str) -> Option<String> {
    s.strip_prefix("Eksempler:")
        .map(|rest| format!("Døme:{rest}"))
}

/// `cmd` with every help text in nynorsk, at every depth.
pub fn nynorsk(cmd: clap::Command) -> clap::Command {
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    let mut cmd = cmd;
    if let Some(t) = cmd.get_about().and_then(|a| nn(&a.to_string())) {
        cmd = cmd.about(t);
    }
    if let Some(t) = cmd.get_long_about().and_then(|a| nn(&a.to_string())) {
        cmd = cmd.long_about(t);
    }
    if let Some(t) = cmd.get_after_help().and_then(|a| eksempler(&a.to_string())) {
        cmd = cmd.after_help(t);
    }
    if let Some(t) = cmd.get_subcommand_help_heading().and_then(nn) {
        cmd = cmd.subcommand_help_heading(t);
    }
    cmd = cmd.mut_args(|mut a| {
        if let Some(t) = a.get_help().and_then(|h| nn(&h.to_string())) {
            a = a.help(t);
        }
        if let Some(t) = a.get_long_help().and_then(|h| nn(&h.to_string())) {
            a = a.long_help(t);
        }
        if let Some(t) = a.get_help_heading().and_then(nn) {
            a = a.help_heading(t);
        }
        if a.get_value_names()
            .is_some_and(|v| v.iter().any(|n| n == "NAVN"))
        {
            a = a.value_name("NAMN");
        }
        a
    });
    if cmd.get_name() == "vurdering" {
        cmd = crate::cli::vurdering_hjelp(cmd, crate::i18n::Maalform::Nn);
    }
    for n in names {
        cmd = cmd.mut_subcommand(n, nynorsk);
    }
    cmd
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every help text of the command, at every depth.
    fn texts(cmd: &clap::Command, out: &mut Vec<String>) {
        out.extend(cmd.get_about().map(ToString::to_string));
        out.extend(cmd.get_long_about().map(ToString::to_string));
        out.extend(cmd.get_subcommand_help_heading().map(String::from));
        for a in cmd.get_arguments() {
            out.extend(a.get_help().map(ToString::to_string));
            out.extend(a.get_long_help().map(ToString::to_string));
            out.extend(a.get_help_heading().map(String::from));
        }
        for s in cmd.get_subcommands() {
            texts(s, out);
        }
    }

    #[test]
    fn every_entry_is_used_and_every_text_has_an_entry() {
        let mut bokmaal = Vec::new();
        texts(&crate::cli::command(), &mut bokmaal);
        let unused: Vec<&str> = NYNORSK
            .iter()
            .map(|(nb, _)| *nb)
            .filter(|nb| {
                !bokmaal
                    .iter()
                    .any(|t| t == nb || t.split(" [").next() == Some(nb))
            })
            .collect();
        let mut nynorsk_texts = Vec::new();
        texts(&nynorsk(crate::cli::command()), &mut nynorsk_texts);
        // Texts the same in both forms are not in the table.
        let same = [
            "Vis hjelp (-h kort, --help lang)",
            "Vis versjonen",
            "Utdataformat",
            "Til og med dato (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ)",
        ];
        let bar = |t: &str| t.split(" [").next().unwrap_or(t).to_string();
        let missing: Vec<&String> = nynorsk_texts
            .iter()
            .filter(|t| {
                !NYNORSK.iter().any(|(_, n)| *n == bar(t)) && !same.contains(&bar(t).as_str())
            })
            .collect();
        assert!(
            unused.is_empty() && missing.is_empty(),
            "unused entries: {unused:#?}\nno nynorsk for: {missing:#?}"
        );
    }

    #[test]
    fn the_maalform_comes_from_the_flag_or_the_municipality() {
        use crate::clap_norsk::maalform;
        use crate::i18n::Maalform;
        use std::ffi::OsString;
        let a = |v: &[&str]| v.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            maalform(&a(&["bti", "--maalform", "nn", "--help"])),
            Maalform::Nn
        );
        assert_eq!(
            maalform(&a(&["bti", "--målform=nn", "frist", "-h"])),
            Maalform::Nn
        );
        assert_eq!(
            maalform(&a(&["bti", "-k", "sogndal", "--help"])),
            Maalform::Nn
        );
    }
}

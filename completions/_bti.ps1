
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'bti' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'bti'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'bti' {
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--kommune', '--kommune', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]')
            [CompletionResult]::new('--maalform', '--maalform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--målform', '--målform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--arbeidssted', '--arbeidssted', [CompletionResultType]::ParameterName, 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]')
            [CompletionResult]::new('--i-dag', '--i-dag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('--idag', '--idag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Vis versjonen')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Vis versjonen')
            [CompletionResult]::new('guide', 'guide', [CompletionResultType]::ParameterValue, 'Veiledning gjennom nivå 0: fra undring til handling, med stoppregler, frister og kontakter')
            [CompletionResult]::new('kommuner', 'kommuner', [CompletionResultType]::ParameterValue, 'Kommunene i dataene, med modell, målform og antall')
            [CompletionResult]::new('sjekk', 'sjekk', [CompletionResultType]::ParameterValue, 'Sjekk en datamappe eller en kommunemappe: alle feil i én kjøring, med fil, linje og kolonne')
            [CompletionResult]::new('valider', 'valider', [CompletionResultType]::ParameterValue, 'Sjekk en datamappe eller en kommunemappe: alle feil i én kjøring, med fil, linje og kolonne')
            [CompletionResult]::new('frist', 'frist', [CompletionResultType]::ParameterValue, 'Frister og milepæler fra kommunens framdriftsplan')
            [CompletionResult]::new('frister', 'frister', [CompletionResultType]::ParameterValue, 'Frister og milepæler fra kommunens framdriftsplan')
            [CompletionResult]::new('tjenester', 'tjenester', [CompletionResultType]::ParameterValue, 'Tjenester for barn, unge og familier')
            [CompletionResult]::new('tenester', 'tenester', [CompletionResultType]::ParameterValue, 'Tjenester for barn, unge og familier')
            [CompletionResult]::new('tjeneste', 'tjeneste', [CompletionResultType]::ParameterValue, 'Tjenester for barn, unge og familier')
            [CompletionResult]::new('arenaer', 'arenaer', [CompletionResultType]::ParameterValue, 'Samhandlingsarenaer: hvem møtes, hvor ofte, neste møte')
            [CompletionResult]::new('arena', 'arena', [CompletionResultType]::ParameterValue, 'Samhandlingsarenaer: hvem møtes, hvor ofte, neste møte')
            [CompletionResult]::new('roller', 'roller', [CompletionResultType]::ParameterValue, 'Roller (stafettholder, koordinator, ...): nasjonale og kommunens egne')
            [CompletionResult]::new('nivaa', 'nivaa', [CompletionResultType]::ParameterValue, 'Nivåene i BTI-modellen med stegene sine')
            [CompletionResult]::new('nivå', 'nivå', [CompletionResultType]::ParameterValue, 'Nivåene i BTI-modellen med stegene sine')
            [CompletionResult]::new('niva', 'niva', [CompletionResultType]::ParameterValue, 'Nivåene i BTI-modellen med stegene sine')
            [CompletionResult]::new('nivaer', 'nivaer', [CompletionResultType]::ParameterValue, 'Nivåene i BTI-modellen med stegene sine')
            [CompletionResult]::new('nettside', 'nettside', [CompletionResultType]::ParameterValue, 'Bygg modellen som en statisk, universelt utformet nettside (HTML og CSS)')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Lag en ny kommunemappe med kommenterte maler for alle filene')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Skriv et skript for fullføring i skallet (bash, zsh, fish, elvish, powershell)')
            [CompletionResult]::new('vurdering', 'vurdering', [CompletionResultType]::ParameterValue, 'Kommunens modell mot Bufdirs kriterier: oppfylt, delvis, ikke oppfylt eller ikke registrert i dataene')
            break
        }
        'bti;guide' {
            [CompletionResult]::new('--lagre', '--lagre', [CompletionResultType]::ParameterName, 'Lagre oppsummeringen som Markdown i FIL (bare du kan lese den)')
            [CompletionResult]::new('--undring', '--undring', [CompletionResultType]::ParameterName, 'Dagen undringen oppsto (ÅÅÅÅ-MM-DD eller d.m.åååå): fristene regnes fra den (standard: i dag; lagres ikke)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--kommune', '--kommune', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]')
            [CompletionResult]::new('--maalform', '--maalform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--målform', '--målform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--arbeidssted', '--arbeidssted', [CompletionResultType]::ParameterName, 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]')
            [CompletionResult]::new('--i-dag', '--i-dag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('--idag', '--idag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Linjemodus uten skjermbilde: ett svar per linje (nummer, starten av valget, a = akutt, b = tilbake)')
            [CompletionResult]::new('--overskriv', '--overskriv', [CompletionResultType]::ParameterName, 'Erstatt FIL hvis den finnes fra før')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            break
        }
        'bti;kommuner' {
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--kommune', '--kommune', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]')
            [CompletionResult]::new('--maalform', '--maalform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--målform', '--målform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--arbeidssted', '--arbeidssted', [CompletionResultType]::ParameterName, 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]')
            [CompletionResult]::new('--i-dag', '--i-dag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('--idag', '--idag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            break
        }
        'bti;sjekk' {
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--kommune', '--kommune', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]')
            [CompletionResult]::new('--maalform', '--maalform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--målform', '--målform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--arbeidssted', '--arbeidssted', [CompletionResultType]::ParameterName, 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]')
            [CompletionResult]::new('--i-dag', '--i-dag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('--idag', '--idag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            break
        }
        'bti;valider' {
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--kommune', '--kommune', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]')
            [CompletionResult]::new('--maalform', '--maalform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--målform', '--målform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--arbeidssted', '--arbeidssted', [CompletionResultType]::ParameterName, 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]')
            [CompletionResult]::new('--i-dag', '--i-dag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('--idag', '--idag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            break
        }
        'bti;frist' {
            [CompletionResult]::new('--dager', '--dager', [CompletionResultType]::ParameterName, 'Vindu i dager fra i dag [standard: 30]')
            [CompletionResult]::new('--fra', '--fra', [CompletionResultType]::ParameterName, 'Fra og med dato (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ)')
            [CompletionResult]::new('--til', '--til', [CompletionResultType]::ParameterName, 'Til og med dato (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ)')
            [CompletionResult]::new('--ansvar', '--ansvar', [CompletionResultType]::ParameterName, 'Bare rader der «ansvar» inneholder teksten')
            [CompletionResult]::new('--hvem', '--hvem', [CompletionResultType]::ParameterName, 'Bare rader der «hvem» inneholder teksten')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Bare denne planen (id)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Filen --format xlsx skrives til (kreves for xlsx)')
            [CompletionResult]::new('--ut', '--ut', [CompletionResultType]::ParameterName, 'Filen --format xlsx skrives til (kreves for xlsx)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--kommune', '--kommune', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]')
            [CompletionResult]::new('--maalform', '--maalform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--målform', '--målform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--arbeidssted', '--arbeidssted', [CompletionResultType]::ParameterName, 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]')
            [CompletionResult]::new('--i-dag', '--i-dag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('--idag', '--idag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('--alle', '--alle', [CompletionResultType]::ParameterName, 'Alle forekomster, uansett dato og status')
            [CompletionResult]::new('--forfalt', '--forfalt', [CompletionResultType]::ParameterName, 'Frister som har gått ut og ikke er fullført eller avlyst')
            [CompletionResult]::new('--overskriv', '--overskriv', [CompletionResultType]::ParameterName, 'Erstatt FIL hvis den finnes fra før')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            break
        }
        'bti;frister' {
            [CompletionResult]::new('--dager', '--dager', [CompletionResultType]::ParameterName, 'Vindu i dager fra i dag [standard: 30]')
            [CompletionResult]::new('--fra', '--fra', [CompletionResultType]::ParameterName, 'Fra og med dato (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ)')
            [CompletionResult]::new('--til', '--til', [CompletionResultType]::ParameterName, 'Til og med dato (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ)')
            [CompletionResult]::new('--ansvar', '--ansvar', [CompletionResultType]::ParameterName, 'Bare rader der «ansvar» inneholder teksten')
            [CompletionResult]::new('--hvem', '--hvem', [CompletionResultType]::ParameterName, 'Bare rader der «hvem» inneholder teksten')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Bare denne planen (id)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Filen --format xlsx skrives til (kreves for xlsx)')
            [CompletionResult]::new('--ut', '--ut', [CompletionResultType]::ParameterName, 'Filen --format xlsx skrives til (kreves for xlsx)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--kommune', '--kommune', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]')
            [CompletionResult]::new('--maalform', '--maalform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--målform', '--målform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--arbeidssted', '--arbeidssted', [CompletionResultType]::ParameterName, 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]')
            [CompletionResult]::new('--i-dag', '--i-dag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('--idag', '--idag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('--alle', '--alle', [CompletionResultType]::ParameterName, 'Alle forekomster, uansett dato og status')
            [CompletionResult]::new('--forfalt', '--forfalt', [CompletionResultType]::ParameterName, 'Frister som har gått ut og ikke er fullført eller avlyst')
            [CompletionResult]::new('--overskriv', '--overskriv', [CompletionResultType]::ParameterName, 'Erstatt FIL hvis den finnes fra før')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            break
        }
        'bti;tjenester' {
            [CompletionResult]::new('--kategori', '--kategori', [CompletionResultType]::ParameterName, 'Bare denne kategorien (f.eks. ppt, barnevern, helsestasjon)')
            [CompletionResult]::new('--nivaa', '--nivaa', [CompletionResultType]::ParameterName, 'Bare tjenester som deltar på dette nivået')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Filen --format xlsx skrives til (kreves for xlsx)')
            [CompletionResult]::new('--ut', '--ut', [CompletionResultType]::ParameterName, 'Filen --format xlsx skrives til (kreves for xlsx)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--kommune', '--kommune', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]')
            [CompletionResult]::new('--maalform', '--maalform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--målform', '--målform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--arbeidssted', '--arbeidssted', [CompletionResultType]::ParameterName, 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]')
            [CompletionResult]::new('--i-dag', '--i-dag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('--idag', '--idag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Alle felt, én blokk per tjeneste')
            [CompletionResult]::new('--overskriv', '--overskriv', [CompletionResultType]::ParameterName, 'Erstatt FIL hvis den finnes fra før')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            break
        }
        'bti;tenester' {
            [CompletionResult]::new('--kategori', '--kategori', [CompletionResultType]::ParameterName, 'Bare denne kategorien (f.eks. ppt, barnevern, helsestasjon)')
            [CompletionResult]::new('--nivaa', '--nivaa', [CompletionResultType]::ParameterName, 'Bare tjenester som deltar på dette nivået')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Filen --format xlsx skrives til (kreves for xlsx)')
            [CompletionResult]::new('--ut', '--ut', [CompletionResultType]::ParameterName, 'Filen --format xlsx skrives til (kreves for xlsx)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--kommune', '--kommune', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]')
            [CompletionResult]::new('--maalform', '--maalform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--målform', '--målform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--arbeidssted', '--arbeidssted', [CompletionResultType]::ParameterName, 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]')
            [CompletionResult]::new('--i-dag', '--i-dag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('--idag', '--idag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Alle felt, én blokk per tjeneste')
            [CompletionResult]::new('--overskriv', '--overskriv', [CompletionResultType]::ParameterName, 'Erstatt FIL hvis den finnes fra før')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            break
        }
        'bti;tjeneste' {
            [CompletionResult]::new('--kategori', '--kategori', [CompletionResultType]::ParameterName, 'Bare denne kategorien (f.eks. ppt, barnevern, helsestasjon)')
            [CompletionResult]::new('--nivaa', '--nivaa', [CompletionResultType]::ParameterName, 'Bare tjenester som deltar på dette nivået')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Filen --format xlsx skrives til (kreves for xlsx)')
            [CompletionResult]::new('--ut', '--ut', [CompletionResultType]::ParameterName, 'Filen --format xlsx skrives til (kreves for xlsx)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--kommune', '--kommune', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]')
            [CompletionResult]::new('--maalform', '--maalform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--målform', '--målform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--arbeidssted', '--arbeidssted', [CompletionResultType]::ParameterName, 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]')
            [CompletionResult]::new('--i-dag', '--i-dag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('--idag', '--idag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Alle felt, én blokk per tjeneste')
            [CompletionResult]::new('--overskriv', '--overskriv', [CompletionResultType]::ParameterName, 'Erstatt FIL hvis den finnes fra før')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            break
        }
        'bti;arenaer' {
            [CompletionResult]::new('--tjeneste', '--tjeneste', [CompletionResultType]::ParameterName, 'Bare arenaer der denne tjenesten deltar (id eller navn, som -k)')
            [CompletionResult]::new('--nivaa', '--nivaa', [CompletionResultType]::ParameterName, 'Bare arenaer på dette nivået i samhandlingsmodellen [verdier: kommune, tjeneste, individ]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Filen --format xlsx skrives til (kreves for xlsx)')
            [CompletionResult]::new('--ut', '--ut', [CompletionResultType]::ParameterName, 'Filen --format xlsx skrives til (kreves for xlsx)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--kommune', '--kommune', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]')
            [CompletionResult]::new('--maalform', '--maalform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--målform', '--målform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--arbeidssted', '--arbeidssted', [CompletionResultType]::ParameterName, 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]')
            [CompletionResult]::new('--i-dag', '--i-dag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('--idag', '--idag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Alle felt, én blokk per arena')
            [CompletionResult]::new('--overskriv', '--overskriv', [CompletionResultType]::ParameterName, 'Erstatt FIL hvis den finnes fra før')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            break
        }
        'bti;arena' {
            [CompletionResult]::new('--tjeneste', '--tjeneste', [CompletionResultType]::ParameterName, 'Bare arenaer der denne tjenesten deltar (id eller navn, som -k)')
            [CompletionResult]::new('--nivaa', '--nivaa', [CompletionResultType]::ParameterName, 'Bare arenaer på dette nivået i samhandlingsmodellen [verdier: kommune, tjeneste, individ]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Filen --format xlsx skrives til (kreves for xlsx)')
            [CompletionResult]::new('--ut', '--ut', [CompletionResultType]::ParameterName, 'Filen --format xlsx skrives til (kreves for xlsx)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--kommune', '--kommune', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]')
            [CompletionResult]::new('--maalform', '--maalform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--målform', '--målform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--arbeidssted', '--arbeidssted', [CompletionResultType]::ParameterName, 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]')
            [CompletionResult]::new('--i-dag', '--i-dag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('--idag', '--idag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Alle felt, én blokk per arena')
            [CompletionResult]::new('--overskriv', '--overskriv', [CompletionResultType]::ParameterName, 'Erstatt FIL hvis den finnes fra før')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            break
        }
        'bti;roller' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Filen --format xlsx skrives til (kreves for xlsx)')
            [CompletionResult]::new('--ut', '--ut', [CompletionResultType]::ParameterName, 'Filen --format xlsx skrives til (kreves for xlsx)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--kommune', '--kommune', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]')
            [CompletionResult]::new('--maalform', '--maalform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--målform', '--målform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--arbeidssted', '--arbeidssted', [CompletionResultType]::ParameterName, 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]')
            [CompletionResult]::new('--i-dag', '--i-dag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('--idag', '--idag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Alle felt, én blokk per rolle')
            [CompletionResult]::new('--overskriv', '--overskriv', [CompletionResultType]::ParameterName, 'Erstatt FIL hvis den finnes fra før')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            break
        }
        'bti;nivaa' {
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--kommune', '--kommune', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]')
            [CompletionResult]::new('--maalform', '--maalform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--målform', '--målform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--arbeidssted', '--arbeidssted', [CompletionResultType]::ParameterName, 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]')
            [CompletionResult]::new('--i-dag', '--i-dag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('--idag', '--idag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            break
        }
        'bti;nivå' {
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--kommune', '--kommune', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]')
            [CompletionResult]::new('--maalform', '--maalform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--målform', '--målform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--arbeidssted', '--arbeidssted', [CompletionResultType]::ParameterName, 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]')
            [CompletionResult]::new('--i-dag', '--i-dag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('--idag', '--idag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            break
        }
        'bti;niva' {
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--kommune', '--kommune', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]')
            [CompletionResult]::new('--maalform', '--maalform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--målform', '--målform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--arbeidssted', '--arbeidssted', [CompletionResultType]::ParameterName, 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]')
            [CompletionResult]::new('--i-dag', '--i-dag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('--idag', '--idag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            break
        }
        'bti;nivaer' {
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--kommune', '--kommune', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]')
            [CompletionResult]::new('--maalform', '--maalform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--målform', '--målform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--arbeidssted', '--arbeidssted', [CompletionResultType]::ParameterName, 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]')
            [CompletionResult]::new('--i-dag', '--i-dag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('--idag', '--idag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            break
        }
        'bti;nettside' {
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--kommune', '--kommune', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]')
            [CompletionResult]::new('--maalform', '--maalform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--målform', '--målform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--arbeidssted', '--arbeidssted', [CompletionResultType]::ParameterName, 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]')
            [CompletionResult]::new('--i-dag', '--i-dag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('--idag', '--idag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('--overskriv', '--overskriv', [CompletionResultType]::ParameterName, 'Erstatt en nettside bti bygde i mappen før (mappen må ha .bti-manifest; andre filer blir liggende)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            break
        }
        'bti;init' {
            [CompletionResult]::new('--navn', '--navn', [CompletionResultType]::ParameterName, 'Kommunens navn, f.eks. "Minby kommune" (med --fra: standard er navnet i kopien)')
            [CompletionResult]::new('--vedtak', '--vedtak', [CompletionResultType]::ParameterName, 'Dato for vedtaket om BTI (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ): gir en framdriftsplan med frister regnet fra vedtaket')
            [CompletionResult]::new('--fra', '--fra', [CompletionResultType]::ParameterName, 'Start fra en kopi av denne kommunens innebygde data (alle filene, egen veileder med)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--kommune', '--kommune', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]')
            [CompletionResult]::new('--maalform', '--maalform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--målform', '--målform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--arbeidssted', '--arbeidssted', [CompletionResultType]::ParameterName, 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]')
            [CompletionResult]::new('--i-dag', '--i-dag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('--idag', '--idag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            break
        }
        'bti;completions' {
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--kommune', '--kommune', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]')
            [CompletionResult]::new('--maalform', '--maalform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--målform', '--målform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--arbeidssted', '--arbeidssted', [CompletionResultType]::ParameterName, 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]')
            [CompletionResult]::new('--i-dag', '--i-dag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('--idag', '--idag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            break
        }
        'bti;vurdering' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Filen --format xlsx skrives til (kreves for xlsx)')
            [CompletionResult]::new('--ut', '--ut', [CompletionResultType]::ParameterName, 'Filen --format xlsx skrives til (kreves for xlsx)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--kommune', '--kommune', [CompletionResultType]::ParameterName, 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]')
            [CompletionResult]::new('--maalform', '--maalform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--målform', '--målform', [CompletionResultType]::ParameterName, 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]')
            [CompletionResult]::new('--arbeidssted', '--arbeidssted', [CompletionResultType]::ParameterName, 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]')
            [CompletionResult]::new('--i-dag', '--i-dag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('--idag', '--idag', [CompletionResultType]::ParameterName, 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]')
            [CompletionResult]::new('--overskriv', '--overskriv', [CompletionResultType]::ParameterName, 'Erstatt FIL hvis den finnes fra før')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help lang)')
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}

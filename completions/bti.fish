# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_bti_global_optspecs
    string join \n h/help V/version k/kommune= data= format= color= maalform= arbeidssted= i-dag=
end

function __fish_bti_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_bti_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_bti_using_subcommand
    set -l cmd (__fish_bti_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c bti -n "__fish_bti_needs_command" -s k -l kommune -d 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]' -r
complete -c bti -n "__fish_bti_needs_command" -l data -d 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]' -r -F
complete -c bti -n "__fish_bti_needs_command" -l format -d 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]' -r -f -a "table\t''
json\t''
tsv\t'Tabulatorseparert: teksten uendret (tabulator, linjeskift, CR og \\ som \\t, \\n, \\r, \\\\)'
csv\t'Kommaseparert (RFC 4180) for regneark: en celle som begynner med =, +, -, @, tabulator eller CR får \' foran, så regnearket ikke kjører den som formel (OWASP: CSV-injeksjon); rene tall som -3 står urørt'
markdown\t''
ics\t'Kalender (RFC 5545) for `frist`'
xlsx\t'Excel-arbeidsbok til filen i -o/--ut (frist, tjenester, arenaer, roller, vurdering): datoer som datoer, tall som tall, overskriftsraden fast'"
complete -c bti -n "__fish_bti_needs_command" -l color -d 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bti -n "__fish_bti_needs_command" -l maalform -l målform -d 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]' -r
complete -c bti -n "__fish_bti_needs_command" -l arbeidssted -d 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]' -r -f -a "barnehage\t''
skole\t''
helse\t''
annet\t''"
complete -c bti -n "__fish_bti_needs_command" -l i-dag -l idag -d 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]' -r
complete -c bti -n "__fish_bti_needs_command" -s h -l help -d 'Vis hjelp (-h kort, --help lang)'
complete -c bti -n "__fish_bti_needs_command" -s V -l version -d 'Vis versjonen'
complete -c bti -n "__fish_bti_needs_command" -f -a "guide" -d 'Veiledning gjennom nivå 0: fra undring til handling, med stoppregler, frister og kontakter'
complete -c bti -n "__fish_bti_needs_command" -f -a "kommuner" -d 'Kommunene i dataene, med modell, målform og antall'
complete -c bti -n "__fish_bti_needs_command" -f -a "sjekk" -d 'Sjekk en datamappe eller en kommunemappe: alle feil i én kjøring, med fil, linje og kolonne'
complete -c bti -n "__fish_bti_needs_command" -f -a "valider" -d 'Sjekk en datamappe eller en kommunemappe: alle feil i én kjøring, med fil, linje og kolonne'
complete -c bti -n "__fish_bti_needs_command" -f -a "frist" -d 'Frister og milepæler fra kommunens framdriftsplan'
complete -c bti -n "__fish_bti_needs_command" -f -a "frister" -d 'Frister og milepæler fra kommunens framdriftsplan'
complete -c bti -n "__fish_bti_needs_command" -f -a "tjenester" -d 'Tjenester for barn, unge og familier'
complete -c bti -n "__fish_bti_needs_command" -f -a "tenester" -d 'Tjenester for barn, unge og familier'
complete -c bti -n "__fish_bti_needs_command" -f -a "tjeneste" -d 'Tjenester for barn, unge og familier'
complete -c bti -n "__fish_bti_needs_command" -f -a "arenaer" -d 'Samhandlingsarenaer: hvem møtes, hvor ofte, neste møte'
complete -c bti -n "__fish_bti_needs_command" -f -a "arena" -d 'Samhandlingsarenaer: hvem møtes, hvor ofte, neste møte'
complete -c bti -n "__fish_bti_needs_command" -f -a "roller" -d 'Roller (stafettholder, koordinator, ...): nasjonale og kommunens egne'
complete -c bti -n "__fish_bti_needs_command" -f -a "nivaa" -d 'Nivåene i BTI-modellen med stegene sine'
complete -c bti -n "__fish_bti_needs_command" -f -a "nivå" -d 'Nivåene i BTI-modellen med stegene sine'
complete -c bti -n "__fish_bti_needs_command" -f -a "niva" -d 'Nivåene i BTI-modellen med stegene sine'
complete -c bti -n "__fish_bti_needs_command" -f -a "nivaer" -d 'Nivåene i BTI-modellen med stegene sine'
complete -c bti -n "__fish_bti_needs_command" -f -a "nettside" -d 'Bygg modellen som en statisk, universelt utformet nettside (HTML og CSS)'
complete -c bti -n "__fish_bti_needs_command" -f -a "init" -d 'Lag en ny kommunemappe med kommenterte maler for alle filene'
complete -c bti -n "__fish_bti_needs_command" -f -a "completions" -d 'Skriv et skript for fullføring i skallet (bash, zsh, fish, elvish, powershell)'
complete -c bti -n "__fish_bti_needs_command" -f -a "vurdering" -d 'Kommunens modell mot Bufdirs kriterier: oppfylt, delvis, ikke oppfylt eller ikke registrert i dataene'
complete -c bti -n "__fish_bti_using_subcommand guide" -l lagre -d 'Lagre oppsummeringen som Markdown i FIL (bare du kan lese den)' -r -F
complete -c bti -n "__fish_bti_using_subcommand guide" -l undring -d 'Dagen undringen oppsto (ÅÅÅÅ-MM-DD eller d.m.åååå): fristene regnes fra den (standard: i dag; lagres ikke)' -r
complete -c bti -n "__fish_bti_using_subcommand guide" -s k -l kommune -d 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]' -r
complete -c bti -n "__fish_bti_using_subcommand guide" -l data -d 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]' -r -F
complete -c bti -n "__fish_bti_using_subcommand guide" -l format -d 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]' -r -f -a "table\t''
json\t''
tsv\t'Tabulatorseparert: teksten uendret (tabulator, linjeskift, CR og \\ som \\t, \\n, \\r, \\\\)'
csv\t'Kommaseparert (RFC 4180) for regneark: en celle som begynner med =, +, -, @, tabulator eller CR får \' foran, så regnearket ikke kjører den som formel (OWASP: CSV-injeksjon); rene tall som -3 står urørt'
markdown\t''
ics\t'Kalender (RFC 5545) for `frist`'
xlsx\t'Excel-arbeidsbok til filen i -o/--ut (frist, tjenester, arenaer, roller, vurdering): datoer som datoer, tall som tall, overskriftsraden fast'"
complete -c bti -n "__fish_bti_using_subcommand guide" -l color -d 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bti -n "__fish_bti_using_subcommand guide" -l maalform -l målform -d 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]' -r
complete -c bti -n "__fish_bti_using_subcommand guide" -l arbeidssted -d 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]' -r -f -a "barnehage\t''
skole\t''
helse\t''
annet\t''"
complete -c bti -n "__fish_bti_using_subcommand guide" -l i-dag -l idag -d 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]' -r
complete -c bti -n "__fish_bti_using_subcommand guide" -l plain -d 'Linjemodus uten skjermbilde: ett svar per linje (nummer, starten av valget, a = akutt, b = tilbake)'
complete -c bti -n "__fish_bti_using_subcommand guide" -l overskriv -d 'Erstatt FIL hvis den finnes fra før'
complete -c bti -n "__fish_bti_using_subcommand guide" -s h -l help -d 'Vis hjelp (-h kort, --help lang)'
complete -c bti -n "__fish_bti_using_subcommand kommuner" -s k -l kommune -d 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]' -r
complete -c bti -n "__fish_bti_using_subcommand kommuner" -l data -d 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]' -r -F
complete -c bti -n "__fish_bti_using_subcommand kommuner" -l format -d 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]' -r -f -a "table\t''
json\t''
tsv\t'Tabulatorseparert: teksten uendret (tabulator, linjeskift, CR og \\ som \\t, \\n, \\r, \\\\)'
csv\t'Kommaseparert (RFC 4180) for regneark: en celle som begynner med =, +, -, @, tabulator eller CR får \' foran, så regnearket ikke kjører den som formel (OWASP: CSV-injeksjon); rene tall som -3 står urørt'
markdown\t''
ics\t'Kalender (RFC 5545) for `frist`'
xlsx\t'Excel-arbeidsbok til filen i -o/--ut (frist, tjenester, arenaer, roller, vurdering): datoer som datoer, tall som tall, overskriftsraden fast'"
complete -c bti -n "__fish_bti_using_subcommand kommuner" -l color -d 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bti -n "__fish_bti_using_subcommand kommuner" -l maalform -l målform -d 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]' -r
complete -c bti -n "__fish_bti_using_subcommand kommuner" -l arbeidssted -d 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]' -r -f -a "barnehage\t''
skole\t''
helse\t''
annet\t''"
complete -c bti -n "__fish_bti_using_subcommand kommuner" -l i-dag -l idag -d 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]' -r
complete -c bti -n "__fish_bti_using_subcommand kommuner" -s h -l help -d 'Vis hjelp (-h kort, --help lang)'
complete -c bti -n "__fish_bti_using_subcommand sjekk" -s k -l kommune -d 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]' -r
complete -c bti -n "__fish_bti_using_subcommand sjekk" -l data -d 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]' -r -F
complete -c bti -n "__fish_bti_using_subcommand sjekk" -l format -d 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]' -r -f -a "table\t''
json\t''
tsv\t'Tabulatorseparert: teksten uendret (tabulator, linjeskift, CR og \\ som \\t, \\n, \\r, \\\\)'
csv\t'Kommaseparert (RFC 4180) for regneark: en celle som begynner med =, +, -, @, tabulator eller CR får \' foran, så regnearket ikke kjører den som formel (OWASP: CSV-injeksjon); rene tall som -3 står urørt'
markdown\t''
ics\t'Kalender (RFC 5545) for `frist`'
xlsx\t'Excel-arbeidsbok til filen i -o/--ut (frist, tjenester, arenaer, roller, vurdering): datoer som datoer, tall som tall, overskriftsraden fast'"
complete -c bti -n "__fish_bti_using_subcommand sjekk" -l color -d 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bti -n "__fish_bti_using_subcommand sjekk" -l maalform -l målform -d 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]' -r
complete -c bti -n "__fish_bti_using_subcommand sjekk" -l arbeidssted -d 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]' -r -f -a "barnehage\t''
skole\t''
helse\t''
annet\t''"
complete -c bti -n "__fish_bti_using_subcommand sjekk" -l i-dag -l idag -d 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]' -r
complete -c bti -n "__fish_bti_using_subcommand sjekk" -s h -l help -d 'Vis hjelp (-h kort, --help lang)'
complete -c bti -n "__fish_bti_using_subcommand valider" -s k -l kommune -d 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]' -r
complete -c bti -n "__fish_bti_using_subcommand valider" -l data -d 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]' -r -F
complete -c bti -n "__fish_bti_using_subcommand valider" -l format -d 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]' -r -f -a "table\t''
json\t''
tsv\t'Tabulatorseparert: teksten uendret (tabulator, linjeskift, CR og \\ som \\t, \\n, \\r, \\\\)'
csv\t'Kommaseparert (RFC 4180) for regneark: en celle som begynner med =, +, -, @, tabulator eller CR får \' foran, så regnearket ikke kjører den som formel (OWASP: CSV-injeksjon); rene tall som -3 står urørt'
markdown\t''
ics\t'Kalender (RFC 5545) for `frist`'
xlsx\t'Excel-arbeidsbok til filen i -o/--ut (frist, tjenester, arenaer, roller, vurdering): datoer som datoer, tall som tall, overskriftsraden fast'"
complete -c bti -n "__fish_bti_using_subcommand valider" -l color -d 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bti -n "__fish_bti_using_subcommand valider" -l maalform -l målform -d 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]' -r
complete -c bti -n "__fish_bti_using_subcommand valider" -l arbeidssted -d 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]' -r -f -a "barnehage\t''
skole\t''
helse\t''
annet\t''"
complete -c bti -n "__fish_bti_using_subcommand valider" -l i-dag -l idag -d 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]' -r
complete -c bti -n "__fish_bti_using_subcommand valider" -s h -l help -d 'Vis hjelp (-h kort, --help lang)'
complete -c bti -n "__fish_bti_using_subcommand frist" -l dager -d 'Vindu i dager fra i dag [standard: 30]' -r
complete -c bti -n "__fish_bti_using_subcommand frist" -l fra -d 'Fra og med dato (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ)' -r
complete -c bti -n "__fish_bti_using_subcommand frist" -l til -d 'Til og med dato (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ)' -r
complete -c bti -n "__fish_bti_using_subcommand frist" -l ansvar -d 'Bare rader der «ansvar» inneholder teksten' -r
complete -c bti -n "__fish_bti_using_subcommand frist" -l hvem -d 'Bare rader der «hvem» inneholder teksten' -r
complete -c bti -n "__fish_bti_using_subcommand frist" -l plan -d 'Bare denne planen (id)' -r
complete -c bti -n "__fish_bti_using_subcommand frist" -s o -l ut -d 'Filen --format xlsx skrives til (kreves for xlsx)' -r -F
complete -c bti -n "__fish_bti_using_subcommand frist" -s k -l kommune -d 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]' -r
complete -c bti -n "__fish_bti_using_subcommand frist" -l data -d 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]' -r -F
complete -c bti -n "__fish_bti_using_subcommand frist" -l format -d 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]' -r -f -a "table\t''
json\t''
tsv\t'Tabulatorseparert: teksten uendret (tabulator, linjeskift, CR og \\ som \\t, \\n, \\r, \\\\)'
csv\t'Kommaseparert (RFC 4180) for regneark: en celle som begynner med =, +, -, @, tabulator eller CR får \' foran, så regnearket ikke kjører den som formel (OWASP: CSV-injeksjon); rene tall som -3 står urørt'
markdown\t''
ics\t'Kalender (RFC 5545) for `frist`'
xlsx\t'Excel-arbeidsbok til filen i -o/--ut (frist, tjenester, arenaer, roller, vurdering): datoer som datoer, tall som tall, overskriftsraden fast'"
complete -c bti -n "__fish_bti_using_subcommand frist" -l color -d 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bti -n "__fish_bti_using_subcommand frist" -l maalform -l målform -d 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]' -r
complete -c bti -n "__fish_bti_using_subcommand frist" -l arbeidssted -d 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]' -r -f -a "barnehage\t''
skole\t''
helse\t''
annet\t''"
complete -c bti -n "__fish_bti_using_subcommand frist" -l i-dag -l idag -d 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]' -r
complete -c bti -n "__fish_bti_using_subcommand frist" -l alle -d 'Alle forekomster, uansett dato og status'
complete -c bti -n "__fish_bti_using_subcommand frist" -l forfalt -d 'Frister som har gått ut og ikke er fullført eller avlyst'
complete -c bti -n "__fish_bti_using_subcommand frist" -l overskriv -d 'Erstatt FIL hvis den finnes fra før'
complete -c bti -n "__fish_bti_using_subcommand frist" -s h -l help -d 'Vis hjelp (-h kort, --help lang)'
complete -c bti -n "__fish_bti_using_subcommand frister" -l dager -d 'Vindu i dager fra i dag [standard: 30]' -r
complete -c bti -n "__fish_bti_using_subcommand frister" -l fra -d 'Fra og med dato (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ)' -r
complete -c bti -n "__fish_bti_using_subcommand frister" -l til -d 'Til og med dato (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ)' -r
complete -c bti -n "__fish_bti_using_subcommand frister" -l ansvar -d 'Bare rader der «ansvar» inneholder teksten' -r
complete -c bti -n "__fish_bti_using_subcommand frister" -l hvem -d 'Bare rader der «hvem» inneholder teksten' -r
complete -c bti -n "__fish_bti_using_subcommand frister" -l plan -d 'Bare denne planen (id)' -r
complete -c bti -n "__fish_bti_using_subcommand frister" -s o -l ut -d 'Filen --format xlsx skrives til (kreves for xlsx)' -r -F
complete -c bti -n "__fish_bti_using_subcommand frister" -s k -l kommune -d 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]' -r
complete -c bti -n "__fish_bti_using_subcommand frister" -l data -d 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]' -r -F
complete -c bti -n "__fish_bti_using_subcommand frister" -l format -d 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]' -r -f -a "table\t''
json\t''
tsv\t'Tabulatorseparert: teksten uendret (tabulator, linjeskift, CR og \\ som \\t, \\n, \\r, \\\\)'
csv\t'Kommaseparert (RFC 4180) for regneark: en celle som begynner med =, +, -, @, tabulator eller CR får \' foran, så regnearket ikke kjører den som formel (OWASP: CSV-injeksjon); rene tall som -3 står urørt'
markdown\t''
ics\t'Kalender (RFC 5545) for `frist`'
xlsx\t'Excel-arbeidsbok til filen i -o/--ut (frist, tjenester, arenaer, roller, vurdering): datoer som datoer, tall som tall, overskriftsraden fast'"
complete -c bti -n "__fish_bti_using_subcommand frister" -l color -d 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bti -n "__fish_bti_using_subcommand frister" -l maalform -l målform -d 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]' -r
complete -c bti -n "__fish_bti_using_subcommand frister" -l arbeidssted -d 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]' -r -f -a "barnehage\t''
skole\t''
helse\t''
annet\t''"
complete -c bti -n "__fish_bti_using_subcommand frister" -l i-dag -l idag -d 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]' -r
complete -c bti -n "__fish_bti_using_subcommand frister" -l alle -d 'Alle forekomster, uansett dato og status'
complete -c bti -n "__fish_bti_using_subcommand frister" -l forfalt -d 'Frister som har gått ut og ikke er fullført eller avlyst'
complete -c bti -n "__fish_bti_using_subcommand frister" -l overskriv -d 'Erstatt FIL hvis den finnes fra før'
complete -c bti -n "__fish_bti_using_subcommand frister" -s h -l help -d 'Vis hjelp (-h kort, --help lang)'
complete -c bti -n "__fish_bti_using_subcommand tjenester" -l kategori -d 'Bare denne kategorien (f.eks. ppt, barnevern, helsestasjon)' -r
complete -c bti -n "__fish_bti_using_subcommand tjenester" -l nivaa -d 'Bare tjenester som deltar på dette nivået' -r
complete -c bti -n "__fish_bti_using_subcommand tjenester" -s o -l ut -d 'Filen --format xlsx skrives til (kreves for xlsx)' -r -F
complete -c bti -n "__fish_bti_using_subcommand tjenester" -s k -l kommune -d 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]' -r
complete -c bti -n "__fish_bti_using_subcommand tjenester" -l data -d 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]' -r -F
complete -c bti -n "__fish_bti_using_subcommand tjenester" -l format -d 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]' -r -f -a "table\t''
json\t''
tsv\t'Tabulatorseparert: teksten uendret (tabulator, linjeskift, CR og \\ som \\t, \\n, \\r, \\\\)'
csv\t'Kommaseparert (RFC 4180) for regneark: en celle som begynner med =, +, -, @, tabulator eller CR får \' foran, så regnearket ikke kjører den som formel (OWASP: CSV-injeksjon); rene tall som -3 står urørt'
markdown\t''
ics\t'Kalender (RFC 5545) for `frist`'
xlsx\t'Excel-arbeidsbok til filen i -o/--ut (frist, tjenester, arenaer, roller, vurdering): datoer som datoer, tall som tall, overskriftsraden fast'"
complete -c bti -n "__fish_bti_using_subcommand tjenester" -l color -d 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bti -n "__fish_bti_using_subcommand tjenester" -l maalform -l målform -d 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]' -r
complete -c bti -n "__fish_bti_using_subcommand tjenester" -l arbeidssted -d 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]' -r -f -a "barnehage\t''
skole\t''
helse\t''
annet\t''"
complete -c bti -n "__fish_bti_using_subcommand tjenester" -l i-dag -l idag -d 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]' -r
complete -c bti -n "__fish_bti_using_subcommand tjenester" -l lang -d 'Alle felt, én blokk per tjeneste'
complete -c bti -n "__fish_bti_using_subcommand tjenester" -l overskriv -d 'Erstatt FIL hvis den finnes fra før'
complete -c bti -n "__fish_bti_using_subcommand tjenester" -s h -l help -d 'Vis hjelp (-h kort, --help lang)'
complete -c bti -n "__fish_bti_using_subcommand tenester" -l kategori -d 'Bare denne kategorien (f.eks. ppt, barnevern, helsestasjon)' -r
complete -c bti -n "__fish_bti_using_subcommand tenester" -l nivaa -d 'Bare tjenester som deltar på dette nivået' -r
complete -c bti -n "__fish_bti_using_subcommand tenester" -s o -l ut -d 'Filen --format xlsx skrives til (kreves for xlsx)' -r -F
complete -c bti -n "__fish_bti_using_subcommand tenester" -s k -l kommune -d 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]' -r
complete -c bti -n "__fish_bti_using_subcommand tenester" -l data -d 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]' -r -F
complete -c bti -n "__fish_bti_using_subcommand tenester" -l format -d 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]' -r -f -a "table\t''
json\t''
tsv\t'Tabulatorseparert: teksten uendret (tabulator, linjeskift, CR og \\ som \\t, \\n, \\r, \\\\)'
csv\t'Kommaseparert (RFC 4180) for regneark: en celle som begynner med =, +, -, @, tabulator eller CR får \' foran, så regnearket ikke kjører den som formel (OWASP: CSV-injeksjon); rene tall som -3 står urørt'
markdown\t''
ics\t'Kalender (RFC 5545) for `frist`'
xlsx\t'Excel-arbeidsbok til filen i -o/--ut (frist, tjenester, arenaer, roller, vurdering): datoer som datoer, tall som tall, overskriftsraden fast'"
complete -c bti -n "__fish_bti_using_subcommand tenester" -l color -d 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bti -n "__fish_bti_using_subcommand tenester" -l maalform -l målform -d 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]' -r
complete -c bti -n "__fish_bti_using_subcommand tenester" -l arbeidssted -d 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]' -r -f -a "barnehage\t''
skole\t''
helse\t''
annet\t''"
complete -c bti -n "__fish_bti_using_subcommand tenester" -l i-dag -l idag -d 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]' -r
complete -c bti -n "__fish_bti_using_subcommand tenester" -l lang -d 'Alle felt, én blokk per tjeneste'
complete -c bti -n "__fish_bti_using_subcommand tenester" -l overskriv -d 'Erstatt FIL hvis den finnes fra før'
complete -c bti -n "__fish_bti_using_subcommand tenester" -s h -l help -d 'Vis hjelp (-h kort, --help lang)'
complete -c bti -n "__fish_bti_using_subcommand tjeneste" -l kategori -d 'Bare denne kategorien (f.eks. ppt, barnevern, helsestasjon)' -r
complete -c bti -n "__fish_bti_using_subcommand tjeneste" -l nivaa -d 'Bare tjenester som deltar på dette nivået' -r
complete -c bti -n "__fish_bti_using_subcommand tjeneste" -s o -l ut -d 'Filen --format xlsx skrives til (kreves for xlsx)' -r -F
complete -c bti -n "__fish_bti_using_subcommand tjeneste" -s k -l kommune -d 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]' -r
complete -c bti -n "__fish_bti_using_subcommand tjeneste" -l data -d 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]' -r -F
complete -c bti -n "__fish_bti_using_subcommand tjeneste" -l format -d 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]' -r -f -a "table\t''
json\t''
tsv\t'Tabulatorseparert: teksten uendret (tabulator, linjeskift, CR og \\ som \\t, \\n, \\r, \\\\)'
csv\t'Kommaseparert (RFC 4180) for regneark: en celle som begynner med =, +, -, @, tabulator eller CR får \' foran, så regnearket ikke kjører den som formel (OWASP: CSV-injeksjon); rene tall som -3 står urørt'
markdown\t''
ics\t'Kalender (RFC 5545) for `frist`'
xlsx\t'Excel-arbeidsbok til filen i -o/--ut (frist, tjenester, arenaer, roller, vurdering): datoer som datoer, tall som tall, overskriftsraden fast'"
complete -c bti -n "__fish_bti_using_subcommand tjeneste" -l color -d 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bti -n "__fish_bti_using_subcommand tjeneste" -l maalform -l målform -d 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]' -r
complete -c bti -n "__fish_bti_using_subcommand tjeneste" -l arbeidssted -d 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]' -r -f -a "barnehage\t''
skole\t''
helse\t''
annet\t''"
complete -c bti -n "__fish_bti_using_subcommand tjeneste" -l i-dag -l idag -d 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]' -r
complete -c bti -n "__fish_bti_using_subcommand tjeneste" -l lang -d 'Alle felt, én blokk per tjeneste'
complete -c bti -n "__fish_bti_using_subcommand tjeneste" -l overskriv -d 'Erstatt FIL hvis den finnes fra før'
complete -c bti -n "__fish_bti_using_subcommand tjeneste" -s h -l help -d 'Vis hjelp (-h kort, --help lang)'
complete -c bti -n "__fish_bti_using_subcommand arenaer" -l tjeneste -d 'Bare arenaer der denne tjenesten deltar (id eller navn, som -k)' -r
complete -c bti -n "__fish_bti_using_subcommand arenaer" -l nivaa -d 'Bare arenaer på dette nivået i samhandlingsmodellen [verdier: kommune, tjeneste, individ]' -r -f -a "kommune\t''
tjeneste\t''
individ\t''"
complete -c bti -n "__fish_bti_using_subcommand arenaer" -s o -l ut -d 'Filen --format xlsx skrives til (kreves for xlsx)' -r -F
complete -c bti -n "__fish_bti_using_subcommand arenaer" -s k -l kommune -d 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]' -r
complete -c bti -n "__fish_bti_using_subcommand arenaer" -l data -d 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]' -r -F
complete -c bti -n "__fish_bti_using_subcommand arenaer" -l format -d 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]' -r -f -a "table\t''
json\t''
tsv\t'Tabulatorseparert: teksten uendret (tabulator, linjeskift, CR og \\ som \\t, \\n, \\r, \\\\)'
csv\t'Kommaseparert (RFC 4180) for regneark: en celle som begynner med =, +, -, @, tabulator eller CR får \' foran, så regnearket ikke kjører den som formel (OWASP: CSV-injeksjon); rene tall som -3 står urørt'
markdown\t''
ics\t'Kalender (RFC 5545) for `frist`'
xlsx\t'Excel-arbeidsbok til filen i -o/--ut (frist, tjenester, arenaer, roller, vurdering): datoer som datoer, tall som tall, overskriftsraden fast'"
complete -c bti -n "__fish_bti_using_subcommand arenaer" -l color -d 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bti -n "__fish_bti_using_subcommand arenaer" -l maalform -l målform -d 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]' -r
complete -c bti -n "__fish_bti_using_subcommand arenaer" -l arbeidssted -d 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]' -r -f -a "barnehage\t''
skole\t''
helse\t''
annet\t''"
complete -c bti -n "__fish_bti_using_subcommand arenaer" -l i-dag -l idag -d 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]' -r
complete -c bti -n "__fish_bti_using_subcommand arenaer" -l lang -d 'Alle felt, én blokk per arena'
complete -c bti -n "__fish_bti_using_subcommand arenaer" -l overskriv -d 'Erstatt FIL hvis den finnes fra før'
complete -c bti -n "__fish_bti_using_subcommand arenaer" -s h -l help -d 'Vis hjelp (-h kort, --help lang)'
complete -c bti -n "__fish_bti_using_subcommand arena" -l tjeneste -d 'Bare arenaer der denne tjenesten deltar (id eller navn, som -k)' -r
complete -c bti -n "__fish_bti_using_subcommand arena" -l nivaa -d 'Bare arenaer på dette nivået i samhandlingsmodellen [verdier: kommune, tjeneste, individ]' -r -f -a "kommune\t''
tjeneste\t''
individ\t''"
complete -c bti -n "__fish_bti_using_subcommand arena" -s o -l ut -d 'Filen --format xlsx skrives til (kreves for xlsx)' -r -F
complete -c bti -n "__fish_bti_using_subcommand arena" -s k -l kommune -d 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]' -r
complete -c bti -n "__fish_bti_using_subcommand arena" -l data -d 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]' -r -F
complete -c bti -n "__fish_bti_using_subcommand arena" -l format -d 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]' -r -f -a "table\t''
json\t''
tsv\t'Tabulatorseparert: teksten uendret (tabulator, linjeskift, CR og \\ som \\t, \\n, \\r, \\\\)'
csv\t'Kommaseparert (RFC 4180) for regneark: en celle som begynner med =, +, -, @, tabulator eller CR får \' foran, så regnearket ikke kjører den som formel (OWASP: CSV-injeksjon); rene tall som -3 står urørt'
markdown\t''
ics\t'Kalender (RFC 5545) for `frist`'
xlsx\t'Excel-arbeidsbok til filen i -o/--ut (frist, tjenester, arenaer, roller, vurdering): datoer som datoer, tall som tall, overskriftsraden fast'"
complete -c bti -n "__fish_bti_using_subcommand arena" -l color -d 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bti -n "__fish_bti_using_subcommand arena" -l maalform -l målform -d 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]' -r
complete -c bti -n "__fish_bti_using_subcommand arena" -l arbeidssted -d 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]' -r -f -a "barnehage\t''
skole\t''
helse\t''
annet\t''"
complete -c bti -n "__fish_bti_using_subcommand arena" -l i-dag -l idag -d 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]' -r
complete -c bti -n "__fish_bti_using_subcommand arena" -l lang -d 'Alle felt, én blokk per arena'
complete -c bti -n "__fish_bti_using_subcommand arena" -l overskriv -d 'Erstatt FIL hvis den finnes fra før'
complete -c bti -n "__fish_bti_using_subcommand arena" -s h -l help -d 'Vis hjelp (-h kort, --help lang)'
complete -c bti -n "__fish_bti_using_subcommand roller" -s o -l ut -d 'Filen --format xlsx skrives til (kreves for xlsx)' -r -F
complete -c bti -n "__fish_bti_using_subcommand roller" -s k -l kommune -d 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]' -r
complete -c bti -n "__fish_bti_using_subcommand roller" -l data -d 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]' -r -F
complete -c bti -n "__fish_bti_using_subcommand roller" -l format -d 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]' -r -f -a "table\t''
json\t''
tsv\t'Tabulatorseparert: teksten uendret (tabulator, linjeskift, CR og \\ som \\t, \\n, \\r, \\\\)'
csv\t'Kommaseparert (RFC 4180) for regneark: en celle som begynner med =, +, -, @, tabulator eller CR får \' foran, så regnearket ikke kjører den som formel (OWASP: CSV-injeksjon); rene tall som -3 står urørt'
markdown\t''
ics\t'Kalender (RFC 5545) for `frist`'
xlsx\t'Excel-arbeidsbok til filen i -o/--ut (frist, tjenester, arenaer, roller, vurdering): datoer som datoer, tall som tall, overskriftsraden fast'"
complete -c bti -n "__fish_bti_using_subcommand roller" -l color -d 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bti -n "__fish_bti_using_subcommand roller" -l maalform -l målform -d 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]' -r
complete -c bti -n "__fish_bti_using_subcommand roller" -l arbeidssted -d 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]' -r -f -a "barnehage\t''
skole\t''
helse\t''
annet\t''"
complete -c bti -n "__fish_bti_using_subcommand roller" -l i-dag -l idag -d 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]' -r
complete -c bti -n "__fish_bti_using_subcommand roller" -l lang -d 'Alle felt, én blokk per rolle'
complete -c bti -n "__fish_bti_using_subcommand roller" -l overskriv -d 'Erstatt FIL hvis den finnes fra før'
complete -c bti -n "__fish_bti_using_subcommand roller" -s h -l help -d 'Vis hjelp (-h kort, --help lang)'
complete -c bti -n "__fish_bti_using_subcommand nivaa" -s k -l kommune -d 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]' -r
complete -c bti -n "__fish_bti_using_subcommand nivaa" -l data -d 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]' -r -F
complete -c bti -n "__fish_bti_using_subcommand nivaa" -l format -d 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]' -r -f -a "table\t''
json\t''
tsv\t'Tabulatorseparert: teksten uendret (tabulator, linjeskift, CR og \\ som \\t, \\n, \\r, \\\\)'
csv\t'Kommaseparert (RFC 4180) for regneark: en celle som begynner med =, +, -, @, tabulator eller CR får \' foran, så regnearket ikke kjører den som formel (OWASP: CSV-injeksjon); rene tall som -3 står urørt'
markdown\t''
ics\t'Kalender (RFC 5545) for `frist`'
xlsx\t'Excel-arbeidsbok til filen i -o/--ut (frist, tjenester, arenaer, roller, vurdering): datoer som datoer, tall som tall, overskriftsraden fast'"
complete -c bti -n "__fish_bti_using_subcommand nivaa" -l color -d 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bti -n "__fish_bti_using_subcommand nivaa" -l maalform -l målform -d 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]' -r
complete -c bti -n "__fish_bti_using_subcommand nivaa" -l arbeidssted -d 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]' -r -f -a "barnehage\t''
skole\t''
helse\t''
annet\t''"
complete -c bti -n "__fish_bti_using_subcommand nivaa" -l i-dag -l idag -d 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]' -r
complete -c bti -n "__fish_bti_using_subcommand nivaa" -s h -l help -d 'Vis hjelp (-h kort, --help lang)'
complete -c bti -n "__fish_bti_using_subcommand nivå" -s k -l kommune -d 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]' -r
complete -c bti -n "__fish_bti_using_subcommand nivå" -l data -d 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]' -r -F
complete -c bti -n "__fish_bti_using_subcommand nivå" -l format -d 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]' -r -f -a "table\t''
json\t''
tsv\t'Tabulatorseparert: teksten uendret (tabulator, linjeskift, CR og \\ som \\t, \\n, \\r, \\\\)'
csv\t'Kommaseparert (RFC 4180) for regneark: en celle som begynner med =, +, -, @, tabulator eller CR får \' foran, så regnearket ikke kjører den som formel (OWASP: CSV-injeksjon); rene tall som -3 står urørt'
markdown\t''
ics\t'Kalender (RFC 5545) for `frist`'
xlsx\t'Excel-arbeidsbok til filen i -o/--ut (frist, tjenester, arenaer, roller, vurdering): datoer som datoer, tall som tall, overskriftsraden fast'"
complete -c bti -n "__fish_bti_using_subcommand nivå" -l color -d 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bti -n "__fish_bti_using_subcommand nivå" -l maalform -l målform -d 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]' -r
complete -c bti -n "__fish_bti_using_subcommand nivå" -l arbeidssted -d 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]' -r -f -a "barnehage\t''
skole\t''
helse\t''
annet\t''"
complete -c bti -n "__fish_bti_using_subcommand nivå" -l i-dag -l idag -d 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]' -r
complete -c bti -n "__fish_bti_using_subcommand nivå" -s h -l help -d 'Vis hjelp (-h kort, --help lang)'
complete -c bti -n "__fish_bti_using_subcommand niva" -s k -l kommune -d 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]' -r
complete -c bti -n "__fish_bti_using_subcommand niva" -l data -d 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]' -r -F
complete -c bti -n "__fish_bti_using_subcommand niva" -l format -d 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]' -r -f -a "table\t''
json\t''
tsv\t'Tabulatorseparert: teksten uendret (tabulator, linjeskift, CR og \\ som \\t, \\n, \\r, \\\\)'
csv\t'Kommaseparert (RFC 4180) for regneark: en celle som begynner med =, +, -, @, tabulator eller CR får \' foran, så regnearket ikke kjører den som formel (OWASP: CSV-injeksjon); rene tall som -3 står urørt'
markdown\t''
ics\t'Kalender (RFC 5545) for `frist`'
xlsx\t'Excel-arbeidsbok til filen i -o/--ut (frist, tjenester, arenaer, roller, vurdering): datoer som datoer, tall som tall, overskriftsraden fast'"
complete -c bti -n "__fish_bti_using_subcommand niva" -l color -d 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bti -n "__fish_bti_using_subcommand niva" -l maalform -l målform -d 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]' -r
complete -c bti -n "__fish_bti_using_subcommand niva" -l arbeidssted -d 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]' -r -f -a "barnehage\t''
skole\t''
helse\t''
annet\t''"
complete -c bti -n "__fish_bti_using_subcommand niva" -l i-dag -l idag -d 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]' -r
complete -c bti -n "__fish_bti_using_subcommand niva" -s h -l help -d 'Vis hjelp (-h kort, --help lang)'
complete -c bti -n "__fish_bti_using_subcommand nivaer" -s k -l kommune -d 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]' -r
complete -c bti -n "__fish_bti_using_subcommand nivaer" -l data -d 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]' -r -F
complete -c bti -n "__fish_bti_using_subcommand nivaer" -l format -d 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]' -r -f -a "table\t''
json\t''
tsv\t'Tabulatorseparert: teksten uendret (tabulator, linjeskift, CR og \\ som \\t, \\n, \\r, \\\\)'
csv\t'Kommaseparert (RFC 4180) for regneark: en celle som begynner med =, +, -, @, tabulator eller CR får \' foran, så regnearket ikke kjører den som formel (OWASP: CSV-injeksjon); rene tall som -3 står urørt'
markdown\t''
ics\t'Kalender (RFC 5545) for `frist`'
xlsx\t'Excel-arbeidsbok til filen i -o/--ut (frist, tjenester, arenaer, roller, vurdering): datoer som datoer, tall som tall, overskriftsraden fast'"
complete -c bti -n "__fish_bti_using_subcommand nivaer" -l color -d 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bti -n "__fish_bti_using_subcommand nivaer" -l maalform -l målform -d 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]' -r
complete -c bti -n "__fish_bti_using_subcommand nivaer" -l arbeidssted -d 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]' -r -f -a "barnehage\t''
skole\t''
helse\t''
annet\t''"
complete -c bti -n "__fish_bti_using_subcommand nivaer" -l i-dag -l idag -d 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]' -r
complete -c bti -n "__fish_bti_using_subcommand nivaer" -s h -l help -d 'Vis hjelp (-h kort, --help lang)'
complete -c bti -n "__fish_bti_using_subcommand nettside" -s k -l kommune -d 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]' -r
complete -c bti -n "__fish_bti_using_subcommand nettside" -l data -d 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]' -r -F
complete -c bti -n "__fish_bti_using_subcommand nettside" -l format -d 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]' -r -f -a "table\t''
json\t''
tsv\t'Tabulatorseparert: teksten uendret (tabulator, linjeskift, CR og \\ som \\t, \\n, \\r, \\\\)'
csv\t'Kommaseparert (RFC 4180) for regneark: en celle som begynner med =, +, -, @, tabulator eller CR får \' foran, så regnearket ikke kjører den som formel (OWASP: CSV-injeksjon); rene tall som -3 står urørt'
markdown\t''
ics\t'Kalender (RFC 5545) for `frist`'
xlsx\t'Excel-arbeidsbok til filen i -o/--ut (frist, tjenester, arenaer, roller, vurdering): datoer som datoer, tall som tall, overskriftsraden fast'"
complete -c bti -n "__fish_bti_using_subcommand nettside" -l color -d 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bti -n "__fish_bti_using_subcommand nettside" -l maalform -l målform -d 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]' -r
complete -c bti -n "__fish_bti_using_subcommand nettside" -l arbeidssted -d 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]' -r -f -a "barnehage\t''
skole\t''
helse\t''
annet\t''"
complete -c bti -n "__fish_bti_using_subcommand nettside" -l i-dag -l idag -d 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]' -r
complete -c bti -n "__fish_bti_using_subcommand nettside" -l overskriv -d 'Erstatt en nettside bti bygde i mappen før (mappen må ha .bti-manifest; andre filer blir liggende)'
complete -c bti -n "__fish_bti_using_subcommand nettside" -s h -l help -d 'Vis hjelp (-h kort, --help lang)'
complete -c bti -n "__fish_bti_using_subcommand init" -l navn -d 'Kommunens navn, f.eks. "Minby kommune" (med --fra: standard er navnet i kopien)' -r
complete -c bti -n "__fish_bti_using_subcommand init" -l vedtak -d 'Dato for vedtaket om BTI (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ): gir en framdriftsplan med frister regnet fra vedtaket' -r
complete -c bti -n "__fish_bti_using_subcommand init" -l fra -d 'Start fra en kopi av denne kommunens innebygde data (alle filene, egen veileder med)' -r
complete -c bti -n "__fish_bti_using_subcommand init" -s k -l kommune -d 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]' -r
complete -c bti -n "__fish_bti_using_subcommand init" -l data -d 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]' -r -F
complete -c bti -n "__fish_bti_using_subcommand init" -l format -d 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]' -r -f -a "table\t''
json\t''
tsv\t'Tabulatorseparert: teksten uendret (tabulator, linjeskift, CR og \\ som \\t, \\n, \\r, \\\\)'
csv\t'Kommaseparert (RFC 4180) for regneark: en celle som begynner med =, +, -, @, tabulator eller CR får \' foran, så regnearket ikke kjører den som formel (OWASP: CSV-injeksjon); rene tall som -3 står urørt'
markdown\t''
ics\t'Kalender (RFC 5545) for `frist`'
xlsx\t'Excel-arbeidsbok til filen i -o/--ut (frist, tjenester, arenaer, roller, vurdering): datoer som datoer, tall som tall, overskriftsraden fast'"
complete -c bti -n "__fish_bti_using_subcommand init" -l color -d 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bti -n "__fish_bti_using_subcommand init" -l maalform -l målform -d 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]' -r
complete -c bti -n "__fish_bti_using_subcommand init" -l arbeidssted -d 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]' -r -f -a "barnehage\t''
skole\t''
helse\t''
annet\t''"
complete -c bti -n "__fish_bti_using_subcommand init" -l i-dag -l idag -d 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]' -r
complete -c bti -n "__fish_bti_using_subcommand init" -s h -l help -d 'Vis hjelp (-h kort, --help lang)'
complete -c bti -n "__fish_bti_using_subcommand completions" -s k -l kommune -d 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]' -r
complete -c bti -n "__fish_bti_using_subcommand completions" -l data -d 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]' -r -F
complete -c bti -n "__fish_bti_using_subcommand completions" -l format -d 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]' -r -f -a "table\t''
json\t''
tsv\t'Tabulatorseparert: teksten uendret (tabulator, linjeskift, CR og \\ som \\t, \\n, \\r, \\\\)'
csv\t'Kommaseparert (RFC 4180) for regneark: en celle som begynner med =, +, -, @, tabulator eller CR får \' foran, så regnearket ikke kjører den som formel (OWASP: CSV-injeksjon); rene tall som -3 står urørt'
markdown\t''
ics\t'Kalender (RFC 5545) for `frist`'
xlsx\t'Excel-arbeidsbok til filen i -o/--ut (frist, tjenester, arenaer, roller, vurdering): datoer som datoer, tall som tall, overskriftsraden fast'"
complete -c bti -n "__fish_bti_using_subcommand completions" -l color -d 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bti -n "__fish_bti_using_subcommand completions" -l maalform -l målform -d 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]' -r
complete -c bti -n "__fish_bti_using_subcommand completions" -l arbeidssted -d 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]' -r -f -a "barnehage\t''
skole\t''
helse\t''
annet\t''"
complete -c bti -n "__fish_bti_using_subcommand completions" -l i-dag -l idag -d 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]' -r
complete -c bti -n "__fish_bti_using_subcommand completions" -s h -l help -d 'Vis hjelp (-h kort, --help lang)'
complete -c bti -n "__fish_bti_using_subcommand vurdering" -s o -l ut -d 'Filen --format xlsx skrives til (kreves for xlsx)' -r -F
complete -c bti -n "__fish_bti_using_subcommand vurdering" -s k -l kommune -d 'Kommune (id eller navn; store/små bokstaver og æøå spiller ingen rolle) [miljø: BTI_KOMMUNE]' -r
complete -c bti -n "__fish_bti_using_subcommand vurdering" -l data -d 'Datamappe i stedet for de innebygde dataene [miljø: BTI_DATA]' -r -F
complete -c bti -n "__fish_bti_using_subcommand vurdering" -l format -d 'Utdataformat [verdier: table, json, tsv, csv, markdown, ics, xlsx]' -r -f -a "table\t''
json\t''
tsv\t'Tabulatorseparert: teksten uendret (tabulator, linjeskift, CR og \\ som \\t, \\n, \\r, \\\\)'
csv\t'Kommaseparert (RFC 4180) for regneark: en celle som begynner med =, +, -, @, tabulator eller CR får \' foran, så regnearket ikke kjører den som formel (OWASP: CSV-injeksjon); rene tall som -3 står urørt'
markdown\t''
ics\t'Kalender (RFC 5545) for `frist`'
xlsx\t'Excel-arbeidsbok til filen i -o/--ut (frist, tjenester, arenaer, roller, vurdering): datoer som datoer, tall som tall, overskriftsraden fast'"
complete -c bti -n "__fish_bti_using_subcommand vurdering" -l color -d 'Farger: auto, always, never (NO_COLOR gir never) [verdier: auto, always, never] [standard: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bti -n "__fish_bti_using_subcommand vurdering" -l maalform -l målform -d 'Språk i grensesnittet: nb (bokmål) eller nn (nynorsk); standard er kommunens [miljø: BTI_MAALFORM]' -r
complete -c bti -n "__fish_bti_using_subcommand vurdering" -l arbeidssted -d 'Arbeidssted: vis pliktene etter loven som gjelder der du jobber (barnehage, skole, helse, annet); standard er hver plikt med loven per arbeidssted [verdier: barnehage, skole, helse, annet] [miljø: BTI_ARBEIDSSTED]' -r -f -a "barnehage\t''
skole\t''
helse\t''
annet\t''"
complete -c bti -n "__fish_bti_using_subcommand vurdering" -l i-dag -l idag -d 'Hva som regnes som i dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ) [miljø: BTI_I_DAG]' -r
complete -c bti -n "__fish_bti_using_subcommand vurdering" -l overskriv -d 'Erstatt FIL hvis den finnes fra før'
complete -c bti -n "__fish_bti_using_subcommand vurdering" -s h -l help -d 'Vis hjelp (-h kort, --help lang)'

# Ids from the data: municipalities, services and plans.
complete -c bti -s k -l kommune -f -a "(bti kommuner --format tsv 2>/dev/null | tail -n +2 | cut -f1)"
complete -c bti -l tjeneste -f -a "(bti tjenester --format tsv 2>/dev/null | tail -n +2 | cut -f2)"
complete -c bti -l plan -f -a "(bti frist --alle --format tsv 2>/dev/null | tail -n +2 | cut -f2 | sort -u)"

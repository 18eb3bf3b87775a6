_bti() {
    local i cur prev opts cmd
    COMPREPLY=()
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
    fi
    prev="$3"
    cmd=""
    opts=""

    for i in "${COMP_WORDS[@]:0:COMP_CWORD}"
    do
        case "${cmd},${i}" in
            ",$1")
                cmd="bti"
                ;;
            bti,arena)
                cmd="bti__subcmd__arenaer"
                ;;
            bti,arenaer)
                cmd="bti__subcmd__arenaer"
                ;;
            bti,completions)
                cmd="bti__subcmd__completions"
                ;;
            bti,frist)
                cmd="bti__subcmd__frist"
                ;;
            bti,frister)
                cmd="bti__subcmd__frist"
                ;;
            bti,guide)
                cmd="bti__subcmd__guide"
                ;;
            bti,init)
                cmd="bti__subcmd__init"
                ;;
            bti,kommuner)
                cmd="bti__subcmd__kommuner"
                ;;
            bti,nettside)
                cmd="bti__subcmd__nettside"
                ;;
            bti,niva)
                cmd="bti__subcmd__nivaa"
                ;;
            bti,nivaa)
                cmd="bti__subcmd__nivaa"
                ;;
            bti,nivaer)
                cmd="bti__subcmd__nivaa"
                ;;
            bti,nivå)
                cmd="bti__subcmd__nivaa"
                ;;
            bti,roller)
                cmd="bti__subcmd__roller"
                ;;
            bti,sjekk)
                cmd="bti__subcmd__sjekk"
                ;;
            bti,tenester)
                cmd="bti__subcmd__tjenester"
                ;;
            bti,tjeneste)
                cmd="bti__subcmd__tjenester"
                ;;
            bti,tjenester)
                cmd="bti__subcmd__tjenester"
                ;;
            bti,valider)
                cmd="bti__subcmd__sjekk"
                ;;
            bti,vurdering)
                cmd="bti__subcmd__vurdering"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        bti)
            opts="-h -V -k --help --version --kommune --data --format --color --målform --maalform --arbeidssted --idag --i-dag guide kommuner sjekk valider frist frister tjenester tenester tjeneste arenaer arena roller nivaa nivå niva nivaer nettside init completions vurdering"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --kommune)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -k)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json tsv csv markdown ics xlsx" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --maalform)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --målform)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arbeidssted)
                    COMPREPLY=($(compgen -W "barnehage skole helse annet" -- "${cur}"))
                    return 0
                    ;;
                --i-dag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --idag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        bti__subcmd__arenaer)
            opts="-o -h -k --tjeneste --nivaa --lang --ut --overskriv --help --kommune --data --format --color --målform --maalform --arbeidssted --idag --i-dag"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --tjeneste)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nivaa)
                    COMPREPLY=($(compgen -W "kommune tjeneste individ" -- "${cur}"))
                    return 0
                    ;;
                --ut)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kommune)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -k)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json tsv csv markdown ics xlsx" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --maalform)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --målform)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arbeidssted)
                    COMPREPLY=($(compgen -W "barnehage skole helse annet" -- "${cur}"))
                    return 0
                    ;;
                --i-dag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --idag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        bti__subcmd__completions)
            opts="-h -k --help --kommune --data --format --color --målform --maalform --arbeidssted --idag --i-dag bash elvish fish powershell zsh"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --kommune)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -k)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json tsv csv markdown ics xlsx" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --maalform)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --målform)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arbeidssted)
                    COMPREPLY=($(compgen -W "barnehage skole helse annet" -- "${cur}"))
                    return 0
                    ;;
                --i-dag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --idag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        bti__subcmd__frist)
            opts="-o -h -k --dager --fra --til --alle --forfalt --ansvar --hvem --plan --ut --overskriv --help --kommune --data --format --color --målform --maalform --arbeidssted --idag --i-dag"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --dager)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --fra)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --til)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ansvar)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --hvem)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --plan)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ut)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kommune)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -k)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json tsv csv markdown ics xlsx" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --maalform)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --målform)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arbeidssted)
                    COMPREPLY=($(compgen -W "barnehage skole helse annet" -- "${cur}"))
                    return 0
                    ;;
                --i-dag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --idag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        bti__subcmd__guide)
            opts="-h -k --plain --lagre --overskriv --undring --help --kommune --data --format --color --målform --maalform --arbeidssted --idag --i-dag"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --lagre)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --undring)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kommune)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -k)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json tsv csv markdown ics xlsx" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --maalform)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --målform)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arbeidssted)
                    COMPREPLY=($(compgen -W "barnehage skole helse annet" -- "${cur}"))
                    return 0
                    ;;
                --i-dag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --idag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        bti__subcmd__init)
            opts="-h -k --navn --vedtak --fra --help --kommune --data --format --color --målform --maalform --arbeidssted --idag --i-dag"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --navn)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vedtak)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --fra)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kommune)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -k)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json tsv csv markdown ics xlsx" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --maalform)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --målform)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arbeidssted)
                    COMPREPLY=($(compgen -W "barnehage skole helse annet" -- "${cur}"))
                    return 0
                    ;;
                --i-dag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --idag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        bti__subcmd__kommuner)
            opts="-h -k --help --kommune --data --format --color --målform --maalform --arbeidssted --idag --i-dag"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --kommune)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -k)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json tsv csv markdown ics xlsx" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --maalform)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --målform)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arbeidssted)
                    COMPREPLY=($(compgen -W "barnehage skole helse annet" -- "${cur}"))
                    return 0
                    ;;
                --i-dag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --idag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        bti__subcmd__nettside)
            opts="-h -k --overskriv --help --kommune --data --format --color --målform --maalform --arbeidssted --idag --i-dag"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --kommune)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -k)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json tsv csv markdown ics xlsx" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --maalform)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --målform)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arbeidssted)
                    COMPREPLY=($(compgen -W "barnehage skole helse annet" -- "${cur}"))
                    return 0
                    ;;
                --i-dag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --idag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        bti__subcmd__nivaa)
            opts="-h -k --help --kommune --data --format --color --målform --maalform --arbeidssted --idag --i-dag"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --kommune)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -k)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json tsv csv markdown ics xlsx" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --maalform)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --målform)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arbeidssted)
                    COMPREPLY=($(compgen -W "barnehage skole helse annet" -- "${cur}"))
                    return 0
                    ;;
                --i-dag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --idag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        bti__subcmd__roller)
            opts="-o -h -k --lang --ut --overskriv --help --kommune --data --format --color --målform --maalform --arbeidssted --idag --i-dag"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --ut)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kommune)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -k)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json tsv csv markdown ics xlsx" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --maalform)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --målform)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arbeidssted)
                    COMPREPLY=($(compgen -W "barnehage skole helse annet" -- "${cur}"))
                    return 0
                    ;;
                --i-dag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --idag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        bti__subcmd__sjekk)
            opts="-h -k --help --kommune --data --format --color --målform --maalform --arbeidssted --idag --i-dag"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --kommune)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -k)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json tsv csv markdown ics xlsx" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --maalform)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --målform)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arbeidssted)
                    COMPREPLY=($(compgen -W "barnehage skole helse annet" -- "${cur}"))
                    return 0
                    ;;
                --i-dag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --idag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        bti__subcmd__tjenester)
            opts="-o -h -k --kategori --nivaa --lang --ut --overskriv --help --kommune --data --format --color --målform --maalform --arbeidssted --idag --i-dag"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --kategori)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nivaa)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ut)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kommune)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -k)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json tsv csv markdown ics xlsx" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --maalform)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --målform)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arbeidssted)
                    COMPREPLY=($(compgen -W "barnehage skole helse annet" -- "${cur}"))
                    return 0
                    ;;
                --i-dag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --idag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        bti__subcmd__vurdering)
            opts="-o -h -k --ut --overskriv --help --kommune --data --format --color --målform --maalform --arbeidssted --idag --i-dag"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --ut)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kommune)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -k)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json tsv csv markdown ics xlsx" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --maalform)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --målform)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arbeidssted)
                    COMPREPLY=($(compgen -W "barnehage skole helse annet" -- "${cur}"))
                    return 0
                    ;;
                --i-dag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --idag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
    esac
}


# Ids from the data: municipalities, services and plans.
_bti_ids() {
    local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}" words
    case "$prev" in
        -k|--kommune) words=$(bti kommuner --format tsv 2>/dev/null | tail -n +2 | cut -f1) ;;
        --tjeneste) words=$(bti tjenester --format tsv 2>/dev/null | tail -n +2 | cut -f2) ;;
        --plan) words=$(bti frist --alle --format tsv 2>/dev/null | tail -n +2 | cut -f2 | sort -u) ;;
        *) _bti "$@"; return ;;
    esac
    COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _bti_ids -o nosort -o bashdefault -o default bti
else
    complete -F _bti_ids -o bashdefault -o default bti
fi

# bash completion for qadex. Commands and options come from qadex's own --help at
# completion time, so they never drift from the program.
_qadex() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
  local qadex=${COMP_WORDS[0]} commands command="" word
  commands=$("$qadex" --help 2>/dev/null |
    awk '/^Subcommands:/ { inside = 1; next } inside && /^  [a-z]/ { print $1 }')
  for word in "${COMP_WORDS[@]:1:COMP_CWORD-1}"; do
    if [[ " $(echo $commands) " == *" $word "* ]]; then command=$word; break; fi
  done
  if [ -z "$command" ]; then
    mapfile -t COMPREPLY < <(compgen -W "$commands --help --version" -- "$cur")
    return
  fi
  case $prev in
    --db|--qrels|--run|--queries|--synonyms)
      mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return ;;
    --input-format)
      mapfile -t COMPREPLY < <(compgen -W "auto medquad jsonl csv" -- "$cur"); return ;;
    --format)
      if [ "$command" = index ]; then  # the deprecated name of --input-format
        mapfile -t COMPREPLY < <(compgen -W "auto medquad jsonl csv" -- "$cur")
      else
        mapfile -t COMPREPLY < <(compgen -W "text json trec" -- "$cur")
      fi
      return ;;
    --color)
      mapfile -t COMPREPLY < <(compgen -W "auto always never" -- "$cur"); return ;;
  esac
  if [[ $cur == -* ]]; then
    local options
    options=$("$qadex" "$command" --help 2>/dev/null |
      grep -oE '(^|[ ,])--?[A-Za-z][A-Za-z-]*' | tr -d ' ,' | sort -u)
    mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")
  elif [ "$command" = index ]; then
    mapfile -t COMPREPLY < <(compgen -f -- "$cur")
  fi
}
complete -o default -F _qadex qadex

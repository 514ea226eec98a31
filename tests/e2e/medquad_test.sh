# The whole of MedQuAD (../shared/data/medquad): every pair with answer text is indexed, the
# rest is reported as skipped by reason, and stats agrees. Skipped (77) where it is absent.
source "$(dirname "$0")/lib.sh"
MEDQUAD="$SHARED_DATA/medquad"
if [ ! -d "$MEDQUAD" ]; then
  echo "skipped: $MEDQUAD not found (MedQuAD is read from ../shared/data beside the checkout)"
  exit 77
fi
DB="$WORK/db"

run 0 index --db "$DB" "$MEDQUAD"
cat "$WORK/out"
indexed=$(grep -oE '^indexed [0-9]+' "$WORK/out" | grep -oE '[0-9]+')
no_answer=$(grep -oE 'skipped \(no answer text\): [0-9]+' "$WORK/out" | grep -oE '[0-9]+$')
other=$(grep -E '^  skipped \(' "$WORK/out" | grep -v 'no answer text' | awk '{ s += $NF } END { print s + 0 }')
expect_eq "$((indexed + no_answer + other))" 47457 "all MedQuAD pairs accounted for"
case "$indexed" in 164[0-9][0-9]) ;; *) fail "indexed $indexed records, expected 16,4xx";; esac

run 0 stats --db "$DB" --json
expect_eq "$(json_get "$WORK/out" 'd["records"]')" "$indexed" "stats records"
expect_eq "$(json_get "$WORK/out" 'sum(d["by_source"].values())')" "$indexed" "records by source"

run 0 search --db "$DB" --format json "What are the symptoms of ABCD syndrome?"
expect_eq "$(json_get "$WORK/out" 'd["hits"][0]["id"]')" "GARD_0000004_Sec1" "known answer first"
run 0 search --db "$DB" --format json --filter source=GARD -n 20 marfan syndrome
expect_eq "$(json_get "$WORK/out" 'set(h["source"] for h in d["hits"])')" "{'GARD'}" "source filter"

# Real-style complaints, as people write them: the answers must be about what they describe.
# The message quoted in the understanding issue (a person's words, typos kept): a back-pain
# answer in the top 3, and none about harlequin ichthyosis ("Hi" is its abbreviation).
back="Hi, about 3 months back i was exercising (doing pushups) and i think i over streched my lower back. It has never been painful but stiffness from the lower back going down to all the way till my tail bone and my hips. I went to the the doctor and i was given muscle relaxants and incobal. But it is still the same. One day it is good the next day it is the same. I do jog for 30 mins alternate day from the past month and it gets well afterwards. Can you please advice what i have to do for healing this? Help would be appreriated. Many Thanks."
run 0 search --db "$DB" --format json -n 5 "$back"
expect_eq "$(json_get "$WORK/out" 'any(h["focus"] == "Back Pain" for h in d["hits"][:3])')" True "back pain in the top 3"
# Nothing in the top 5 about a condition the message does not describe (its back, spine,
# tailbone, hips or muscles): not Paget's disease of bone for "my tail bone".
expect_eq "$(json_get "$WORK/out" 'all(any(w in h["focus"].lower() for w in ("back", "spin", "lumbar", "tailbone", "hip", "muscle")) for h in d["hits"][:5])')" True "the top 5 about what the message describes"
expect_eq "$(json_get "$WORK/out" 'any("ichthyosis" in h["focus"].lower() for h in d["hits"])')" False "no greeting taken for a disease"
# Short lay complaints: units and plurals of abbreviations are not diseases, dictionary words
# are not respelt.
run 0 search --db "$DB" --format json -n 5 "I take 20 mg of my meds every morning and feel dizzy"
expect_eq "$(json_get "$WORK/out" 'any(h["focus"].lower() in ("myasthenia gravis", "multiple epiphyseal dysplasia") for h in d["hits"])')" False "mg and meds are not diseases"
run 0 search --db "$DB" --format json -n 5 "rash after amoxicillin"
expect_eq "$(json_get "$WORK/out" 'd["did_you_mean"]')" None "amoxicillin is not respelt"
run 0 search --db "$DB" --format json -n 5 "what causes a stroke"
expect_eq "$(json_get "$WORK/out" 'd["understanding"]["names"][0]["key"]')" "stroke" "stroke is a name"
expect_eq "$(json_get "$WORK/out" 'd["hits"][0]["qtype"]')" "causes" "a cause answer first"
# The quick start's question over all of MedQuAD: "back stiffness" is lay vocabulary for back
# pain; the type asked ("what could it be": causes) must not pull in any cause record that
# says "stiff" (sleep apnea: a stiff airway).
run 0 search --db "$DB" --format json -n 5 "I have lower back stiffness. What could it be?"
expect_eq "$(json_get "$WORK/out" 'd["hits"][0]["focus"]')" "Back Pain" "back pain first"
expect_eq "$(json_get "$WORK/out" 'any(h["focus"] == "Sleep Apnea" for h in d["hits"])')" False "no stiff airway"
# A general topic is not what a complaint is about: "medicine" (MedlinePlus's Medicines page).
run 0 search --db "$DB" --format json -n 5 "please suggest a medicine for my migraine"
expect_eq "$(json_get "$WORK/out" 'd["understanding"]["names"][0]["key"]')" "migrain" "the condition, not the topic"
expect_eq "$(json_get "$WORK/out" 'd["hits"][0]["focus"]')" "Migraine" "a migraine answer first"
# Everyday words for conditions, from the lay vocabulary: the records use the medical name.
run 0 search --db "$DB" --format json -n 3 "I have piles, it hurts to sit"
expect_eq "$(json_get "$WORK/out" 'all(h["focus"] == "Hemorrhoids" for h in d["hits"])')" True "piles are hemorrhoids"
run 0 search --db "$DB" --format json -n 3 "I twisted my ankle yesterday and it's swollen"
expect_eq "$(json_get "$WORK/out" 'd["hits"][0]["focus"]')" "Sprains and Strains" "a twisted ankle is a sprain"
# "burning" alone is the name of burns; burning when one pees is a urinary tract infection.
run 0 search --db "$DB" --format json -n 3 "for 2 weeks I have burning when I pee and I need to go all the time. do I need antibiotics??"
expect_eq "$(json_get "$WORK/out" 'all("urinary tract infection" in h["focus"].lower() for h in d["hits"])')" True "burning when peeing is a UTI"
run 0 search --db "$DB" --format json -n 1 "my ankles are swollen in the evening"
expect_eq "$(json_get "$WORK/out" 'd["hits"][0]["focus"]')" "Edema" "swollen ankles are edema"
# The corpus writes "disk": the lay phrase's medical side must be the corpus's name.
run 0 search --db "$DB" --format json -n 1 "I have a slipped disc"
expect_eq "$(json_get "$WORK/out" 'd["hits"][0]["focus"]')" "Herniated Disk" "a slipped disc is a herniated disk"
finish

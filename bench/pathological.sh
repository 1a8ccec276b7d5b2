#!/usr/bin/env bash
# Builds of seeds made to be hard, with two digest binaries side by side: each case is a project of its own, built
# cold by the old binary and then the new one (each stopped after LIMIT seconds, default 120), and the wall seconds,
# peak memory and summary line of each are printed. What the robustness figures of bench/README.md come from.
#
#   bench/pathological.sh OLD_BINARY NEW_BINARY [CASE ...]
#
# Cases (all of them by default):
#   deep       a saved page of 100,000 nested <div>s (1 MB)
#   inline     50,000 unclosed <b><i> pairs around a paragraph
#   paragraphs a saved page of 200,000 paragraphs that name one place each (6 MB)
#   links      a paragraph of 100,000 links in prose (8.4 MB)
#   titles     10,000 text seeds with one headline ("Weather update")
#   mentions   a text seed of 100,000 paragraphs that name two places each (5.9 MB)
#   quotes     a saved page of 300 nested <blockquote>s (markdown deeper than Markdig reads)
#   tags       three hand-written articles that list the same 2,000 tags, beside a seed
#   story      2,000 hand-written reports given one story, each of 20 sentences of words drawn from 5,000
#   lists      a hand-written article of a list nested 3,000 deep, each level two spaces further in (9 MB), beside a seed
#   wrapped    a saved page of 2,000 paragraphs of 2.4 KB inside 1,990 nested <div>s (4.8 MB)
#   siblings   a saved page of 100,000 <div>s side by side, each a sentence (6 MB)
#   urls       a text seed of one paragraph of 100,000 bare addresses (3 MB)
# A binary is a digest executable (`dotnet publish src/Digest.Cli -c Release -r linux-x64 -o DIR` gives DIR/Digest.Cli).
# The seeds are written by this script (nothing from ../shared/eval) into WORK (default /dev/shm/digest-pathological).
set -euo pipefail

[ $# -ge 2 ] || { sed -n '2,20p' "$0"; exit 2; }
OLD=$(realpath "$1")
NEW=$(realpath "$2")
shift 2
CASES=("$@")
[ ${#CASES[@]} -gt 0 ] || CASES=(deep inline paragraphs links titles mentions quotes tags story lists wrapped siblings urls)
WORK=${WORK:-/dev/shm/digest-pathological}
LIMIT=${LIMIT:-120}

seeds() {
  local name=$1 dir=$2
  mkdir -p "$dir"
  python3 - "$name" "$dir" <<'EOF'
import sys
name, d = sys.argv[1], sys.argv[2] + '/'
def page(body, title='A page'):
    return '<html><head><title>%s</title></head><body><h1>%s</h1>%s</body></html>' % (title, title, body)
if name == 'deep':
    open(d + 'deep.html', 'w').write(page('<div>' * 100000 + '<p>The council met in Madrid on Monday.</p>' + '</div>' * 100000))
elif name == 'inline':
    open(d + 'inline.html', 'w').write(page('<p>' + '<b><i>' * 50000 + 'The council met in Vienna.' + '</i></b>' * 50000 + '</p>'))
elif name == 'paragraphs':
    open(d + 'paragraphs.html', 'w').write(page(''.join('<p>Paragraph %d about Lisbon.</p>' % i for i in range(200000))))
elif name == 'wrapped':
    open(d + 'wrapped.html', 'w').write(page('<div>' * 1990 + ('<p>' + 'Words of the report about the harbour board in Oslo. ' * 45 + '</p>') * 2000 + '</div>' * 1990))
elif name == 'siblings':
    open(d + 'siblings.html', 'w').write(page(''.join('<div>Sentence %d of the report about Oslo.</div>' % i for i in range(100000))))
elif name == 'urls':
    open(d + 'urls.txt', 'w').write('Addresses\n\n' + ' '.join('https://example.org/%d?a=b' % i for i in range(100000)) + '\n')
elif name == 'links':
    # Prose between the links: a paragraph of links alone is a list of links, which the writer leaves out.
    open(d + 'links.html', 'w').write(page('<p>' + ' '.join('<a href="https://e.example/%d">Paris %d</a> lies on a river, the guide said.' % (i, i) for i in range(100000)) + '</p>'))
elif name == 'titles':
    for i in range(10000):
        open(d + 's%05d.txt' % i, 'w').write('Weather update\n\nToday in Oslo it was %d degrees and windy, said the forecast for district %d.\n' % (i % 40, i))
elif name == 'quotes':
    open(d + 'quotes.html', 'w').write(page('<p>The council met in Madrid on Monday.</p>' + '<blockquote>' * 300 + '<p>A quote about the budget.</p>' + '</blockquote>' * 300))
elif name == 'mentions':
    open(d + 'mentions.txt', 'w').write('Many paragraphs\n\n' + '\n\n'.join('Paragraph %d mentions Oslo and Bergen and the council.' % i for i in range(100000)) + '\n')
elif name in ('tags', 'story', 'lists'):
    import os
    os.makedirs(d + '../input/articles', exist_ok=True)
    open(d + 'seed.txt', 'w').write('A seed\n\nThe council met in Oslo on Monday.\n')
if name == 'tags':
    for j in range(3):
        open(d + '../input/articles/tagged-%d.md' % j, 'w').write('---\ntitle: Tagged %d\nslug: tagged-%d\ntags: [%s]\n---\n\nText.\n'
            % (j, j, ', '.join('tag%d' % i for i in range(2000))))
elif name == 'story':
    import random
    random.seed(1)
    words = ['word%d' % i for i in range(5000)]
    for j in range(2000):
        body = ' '.join(' '.join(random.choice(words) for _ in range(12)).capitalize() + '.' for _ in range(20))
        open(d + '../input/articles/r%04d.md' % j, 'w').write('---\ntitle: Report %d\nslug: r%04d\ndate: 2020-01-%02d\nstory: one\n---\n\n%s\n'
            % (j, j, 1 + j % 28, body))
elif name == 'lists':
    open(d + '../input/articles/deep-list.md', 'w').write('---\ntitle: A deep list\nslug: deep-list\n---\n\n'
        + ''.join(' ' * (2 * k) + '- item %d\n' % k for k in range(3000)))
EOF
}

for name in "${CASES[@]}"; do
  rm -rf "$WORK/$name"
  seeds "$name" "$WORK/$name/seeds"
  for side in old new; do
    bin=$OLD; [ "$side" = new ] && bin=$NEW
    project="$WORK/$name-$side"
    rm -rf "$project" && mkdir -p "$project" && cp -r "$WORK/$name/." "$project/"
    set +e
    /usr/bin/time -f '%e %M' -o "$WORK/time.txt" timeout "$LIMIT" "$bin" build --root "$project" > "$WORK/build.log" 2>&1
    code=$?
    set -e
    read -r wall peak < <(tail -1 "$WORK/time.txt")
    if [ $code -eq 124 ]; then
      echo "$name $side: stopped after ${LIMIT} s"
    else
      echo "$name $side: ${wall} s, peak $((peak / 1024)) MB, exit $code: $(grep -E 'seeds →|error' "$WORK/build.log" | tail -2 | cut -c1-150 | tr '\n' ' ')"
    fi
  done
done

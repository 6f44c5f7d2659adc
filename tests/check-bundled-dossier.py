#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Editorial checks on the bundled dossier, beyond what the loader requires.

Usage: check-bundled-dossier.py FILE

- Every text is written in English and French: an object with non-empty "en" and "fr".
  Only actor names may be plain strings (brand and person names); quotes need both.
- Every reference names an item of the dossier (actors, phases, events, series), ids are
  unique: in the lists, and in key figures, claims and the deal model.
- Every link is https or http to a publisher's own site (see PUBLISHERS).

Exits 0 when the dossier passes, 1 listing the JSON path of each problem.
"""

import json
import sys
from urllib.parse import urlsplit

# Keys whose value is a text, wherever they appear in the format.
TEXT_KEYS = {
    'title', 'subtitle', 'summary', 'name', 'description', 'label', 'text', 'body', 'basis',
    'note', 'prefix',
}
# Paths where one of those keys holds a word of the format instead: the stake's basis is
# "pre" or "post".
NOT_TEXT_PATHS = {'stake.basis'}
# Keys whose value is a list of texts.
TEXT_LIST_KEYS = {'paragraphs', 'bullets'}
LANGUAGES = ('en', 'fr')

# Publishers' own sites; their subdomains are allowed too.
PUBLISHERS = (
    'openai.com', 'nvidia.com', 'nvidianews.nvidia.com', 'microsoft.com',
    'blogs.microsoft.com', 'sec.gov', 'wsj.com', 'bloomberg.com', 'reuters.com', 'cnbc.com',
    'ft.com', 'fortune.com', 'amd.com', 'oracle.com', 'anthropic.com', 'x.ai', 'mistral.ai',
    'softbank.jp', 'group.softbank', 'intel.com', 'broadcom.com', 'apnews.com', 'nytimes.com',
    'theinformation.com', 'semafor.com',
)

LISTS = ('actors', 'phases', 'events', 'series', 'takeaways', 'sections', 'key_figures', 'claims')


def join(path, key):
    if isinstance(key, int):
        return f'{path}[{key}]'
    return f'{path}.{key}' if path else key


def is_actor_name(path):
    # "actors[3].name"
    return path.startswith('actors[') and path.endswith('].name') and path.count('.') == 1


def check_text(value, path, problems):
    if isinstance(value, str):
        if is_actor_name(path):
            if not value.strip():
                problems.append(f'{path}: empty name')
            return
        problems.append(f'{path}: a plain string; write {{"en": …, "fr": …}}')
        return
    if not isinstance(value, dict):
        problems.append(f'{path}: not a text ({type(value).__name__})')
        return
    for language in LANGUAGES:
        text = value.get(language)
        if not isinstance(text, str) or not text.strip():
            problems.append(f'{path}: no non-empty "{language}"')


def walk_texts(node, path, problems):
    if isinstance(node, dict):
        for key, value in node.items():
            sub = join(path, key)
            if key in TEXT_KEYS and sub not in NOT_TEXT_PATHS:
                check_text(value, sub, problems)
            elif key in TEXT_LIST_KEYS:
                if not isinstance(value, list):
                    problems.append(f'{sub}: not a list of texts')
                    continue
                for i, item in enumerate(value):
                    check_text(item, join(sub, i), problems)
            else:
                walk_texts(value, sub, problems)
    elif isinstance(node, list):
        for i, item in enumerate(node):
            walk_texts(item, join(path, i), problems)


def items(dossier, key):
    value = dossier.get(key, [])
    if not isinstance(value, list):
        return []
    return [(i, item) for i, item in enumerate(value) if isinstance(item, dict)]


def check_references(dossier, problems):
    ids = {}
    for key in LISTS:
        seen = {}
        for i, item in items(dossier, key):
            item_id = item.get('id')
            if item_id in seen:
                problems.append(f'{key}[{i}].id: duplicate id "{item_id}", already used at '
                                f'{key}[{seen[item_id]}].id')
            else:
                seen[item_id] = i
        ids[key] = set(seen)

    def refer(value, path, key, what):
        if value not in ids[key]:
            problems.append(f'{path}: no {what} has the id "{value}"')

    for i, event in items(dossier, 'events'):
        for j, actor in enumerate(event.get('actors', [])):
            refer(actor, f'events[{i}].actors[{j}]', 'actors', 'actor')
        if 'phase' in event:
            refer(event['phase'], f'events[{i}].phase', 'phases', 'phase')
    for i, series in items(dossier, 'series'):
        if 'actor' in series:
            refer(series['actor'], f'series[{i}].actor', 'actors', 'actor')
    for i, takeaway in items(dossier, 'takeaways'):
        for j, event in enumerate(takeaway.get('evidence', [])):
            refer(event, f'takeaways[{i}].evidence[{j}]', 'events', 'event')
    for i, figure in items(dossier, 'key_figures'):
        if 'event' in figure:
            refer(figure['event'], f'key_figures[{i}].event', 'events', 'event')
        if 'series' in figure:
            refer(figure['series'], f'key_figures[{i}].series', 'series', 'series')
        if 'event' not in figure and 'series' not in figure:
            problems.append(f'key_figures[{i}]: neither an event nor a series backs it')
    for i, claim in items(dossier, 'claims'):
        statements = claim.get('statements', [])
        if not statements:
            problems.append(f'claims[{i}].statements: no statement')
        for j, event in enumerate(statements):
            refer(event, f'claims[{i}].statements[{j}]', 'events', 'event')
    model = dossier.get('deal_model')
    if isinstance(model, dict) and isinstance(model.get('actual'), dict):
        actual = model['actual']
        if 'event' in actual:
            refer(actual['event'], 'deal_model.actual.event', 'events', 'event')
        else:
            problems.append('deal_model.actual: no event backs it')


def is_publisher(host):
    host = host.lower().rstrip('.')
    return any(host == domain or host.endswith('.' + domain) for domain in PUBLISHERS)


def check_urls(node, path, problems):
    if isinstance(node, dict):
        for key, value in node.items():
            sub = join(path, key)
            if key == 'url':
                check_url(value, sub, problems)
            else:
                check_urls(value, sub, problems)
    elif isinstance(node, list):
        for i, item in enumerate(node):
            check_urls(item, join(path, i), problems)


def check_url(url, path, problems):
    if not isinstance(url, str):
        problems.append(f'{path}: not a string')
        return
    try:
        parts = urlsplit(url)
        host = parts.hostname or ''
    except ValueError as error:
        problems.append(f'{path}: cannot parse "{url}": {error}')
        return
    if parts.scheme not in ('http', 'https'):
        problems.append(f'{path}: "{url}" is not an http or https link')
    elif not host:
        problems.append(f'{path}: "{url}" has no host')
    elif not is_publisher(host):
        problems.append(f'{path}: "{host}" is not a publisher\'s own site (see PUBLISHERS in '
                        f'{sys.argv[0]})')


def main(argv):
    if len(argv) != 2:
        print(f'usage: {argv[0]} FILE', file=sys.stderr)
        return 2

    try:
        with open(argv[1], encoding='utf-8') as fp:
            dossier = json.load(fp)
    except (OSError, ValueError) as error:
        print(f'{argv[1]}: {error}', file=sys.stderr)
        return 1
    if not isinstance(dossier, dict):
        print(f'{argv[1]}: not a JSON object', file=sys.stderr)
        return 1

    problems = []
    walk_texts(dossier, '', problems)
    check_references(dossier, problems)
    check_urls(dossier, '', problems)

    for problem in problems:
        print(f'{argv[1]}: {problem}', file=sys.stderr)
    if problems:
        print(f'{len(problems)} problem' + ('' if len(problems) == 1 else 's'), file=sys.stderr)
        return 1

    counts = ', '.join(f'{len(dossier.get(key, []))} {key}' for key in LISTS)
    print(f'{argv[1]}: ok ({counts})')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))

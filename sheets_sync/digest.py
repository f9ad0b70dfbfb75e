"""The weekly staff digest: one per department and one for coordinators. Pure.

:func:`make_digest` cuts the coordination board (:mod:`sheets_sync.board`,
``private/board.json``) into what one audience needs; :func:`render_text`,
:func:`render_html` and :func:`adaptive_card` turn it into a plain-text mail part, an HTML
mail part and a Microsoft Teams Adaptive Card (schema 1.5, https://adaptivecards.io/schemas/).
Delivery is :mod:`sheets_sync.delivery`.

A department's digest holds

- ``upcoming``: the coming weeks' events *led by other departments* (joint or not; events it
  takes part in are marked);
- ``requests``: other departments' events asking for help that it has not joined yet, with
  its own matching capabilities and every department whose capabilities match;
- ``awaiting``: offers made to *its* events, waiting for its answer (Accepted/Declined);
- ``problems``: the Validation lines of its tab; ``review``: pending duplicate questions with
  one of its rows;
- ``suggestions``: its single-department events that others joined before, and others'
  events of a kind it joined before; ``clashes``: those involving it;
- ``months``: joint events this month (and next, when the window reaches it) against target.

The coordinators' digest holds all of it for every department.

**Privacy.** ``Contact`` and ``Internal Notes`` of an event appear only when *every other*
department of the event lists the audience in ``coordination.share_private_with``; otherwise
both fields are dropped before rendering (a test reads every digest for them).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Sequence

from .board import COORDINATORS, localised

MAX_CARD_ITEMS = 8        # a Teams card is limited to about 28 KB: longer lists say "and N more"


@dataclass(frozen=True)
class Digest:
    """One audience's digest (values are the board's plain dicts, filtered)."""
    audience: str                      # a department name or "Coordinators"
    week: str                          # ISO week, "2025-W36"
    today: str
    until: str
    upcoming: tuple[dict, ...]
    requests: tuple[dict, ...]
    awaiting: tuple[dict, ...]
    problems: tuple[dict, ...]
    review: tuple[dict, ...]
    suggestions: tuple[dict, ...]
    clashes: tuple[dict, ...]
    months: tuple[dict, ...]
    capabilities: tuple[str, ...] = field(default=())

    @property
    def subject(self) -> str:
        who = "Coordinators" if self.audience == COORDINATORS else self.audience
        n = len(self.requests)
        return (f"Safety events week {self.week} — {who}: {len(self.upcoming)} upcoming, "
                f"{n} request{'s' if n != 1 else ''} for help, {len(self.awaiting)} offer(s) to answer, "
                f"{len(self.problems)} sheet problem(s)")

    @property
    def is_empty(self) -> bool:
        return not any((self.upcoming, self.requests, self.awaiting, self.problems, self.review,
                        self.suggestions, self.clashes))


def may_see_private(event: Mapping, audience: str, share: Mapping[str, Sequence[str]]) -> bool:
    """True when every department of ``event`` other than ``audience`` shares its Contact and
    Internal Notes with ``audience`` (``share``: ``coordination.share_private_with``, keys and
    values already department names)."""
    others = [d for d in event["departments"] or [event.get("lead", "")] if d and d != audience]
    return all(audience in share.get(d, ()) for d in others)


def _private_filtered(event: dict, audience: str, share: Mapping[str, Sequence[str]]) -> dict:
    if may_see_private(event, audience, share):
        return event
    return {**event, "contact": "", "internal_notes": ""}


def make_digest(board: Mapping, audience: str, share: Mapping[str, Sequence[str]] = {}) -> Digest:
    """The digest of ``audience`` (a department name or ``"Coordinators"``) from ``board``
    (as board.json holds it; instants are shown in the board's time zone, :func:`localised`)."""
    board = localised(board)
    coord = audience == COORDINATORS
    mine = lambda depts: coord or audience in depts  # noqa: E731
    events = [_private_filtered(e, audience, share) for e in board["events"]]
    upcoming = [e for e in events if coord or (e["lead"] or (e["departments"] or [""])[0]) != audience]
    for e in upcoming:
        e["you_take_part"] = not coord and audience in e["departments"]
    requests = []
    for r in board["requests"]:
        if r["state"] == "accepted" and not coord:
            continue
        if not coord and (r["lead"] == audience or audience in r["departments"]):
            continue
        requests.append({**r, "yours": list(r["matches"].get(audience, []))})
    if not coord:          # requests matching what it can bring first
        requests.sort(key=lambda r: (not r["yours"], r["start"]))
    awaiting = [o for o in board["open_offers"] if coord or o["lead"] == audience]
    problems = [p for p in board["problems"] if coord or p["department"] == audience]
    review = [q for q in board["review"] if mine(q["departments"])]
    suggestions = [s for s in board["suggestions"]
                   if coord or s["department"] == audience or audience in [p[0] for p in s["partners"]]]
    clashes = [c for c in board["clashes"] if mine(c["departments"])]
    return Digest(audience, board["week"], board["today"], board["until"], tuple(upcoming),
                  tuple(requests), tuple(awaiting), tuple(problems), tuple(review), tuple(suggestions),
                  tuple(clashes), tuple(board["months"]),
                  tuple(board.get("capabilities", {}).get(audience, ())))


def when_text(event: Mapping) -> str:
    """``"2025-09-13 11:00"`` for a timed event, ``"2025-09-13 (all day)"`` otherwise."""
    start = str(event["start"])
    return f"{start[:10]} (all day)" if event.get("all_day") or len(start) == 10 else f"{start[:10]} {start[11:16]}"


def month_line(m: Mapping) -> str:
    gap = f", {m['gap']} short" if m["gap"] else ", target met"
    return f"{m['month']}: {m['joint_events']} joint event(s) held or scheduled, target {m['target']}{gap}"


def render_text(d: Digest) -> str:
    """The plain-text part of the mail (also what ``digest --dry-run`` prints)."""
    out = [d.subject, "=" * min(len(d.subject), 78), "",
           f"For {d.audience}, events from {d.today} to {d.until}.", ""]

    def section(title: str, lines: Sequence[str], empty: str) -> None:
        out.append(f"## {title}")
        out.extend(f"- {line}" for line in lines) if lines else out.append(f"  ({empty})")
        out.append("")

    section("Joint events against target", [month_line(m) for m in d.months], "no month")
    section("Help wanted", [
        f"{r['title']} ({r['start']}, {r['lead']}): {r['wanted']}"
        + (f" — you can bring: {', '.join(r['yours'])}" if r.get("yours") else "")
        + (f" — matching departments: {', '.join(r['matches'])}" if r["matches"] else "")
        + f" [{r['state']}; offer in the Assistance Offers tab with UID {r['uid']}]"
        for r in d.requests], "no request for help")
    section("Offers waiting for your answer", [
        f"{o['department']} offers {o['bring'] or 'help'} for {o['title']} ({o['start']}) — set "
        f"Accepted or Declined in {o['source']}" for o in d.awaiting], "none")
    section("Coming up" if d.audience == COORDINATORS else "Coming up in other departments", [
        f"{when_text(e)} {e['title']} — {', '.join(e['departments'])}"
        + (" (joint)" if e["joint"] else "") + (" (you take part)" if e.get("you_take_part") else "")
        + (f" ({e['status'].upper()})" if e.get("status") in ("Cancelled", "Postponed") else "")
        + (f" @ {e['location'] or e['address']}" if e["location"] or e["address"] else "")
        + (f" — contact: {e['contact']}" if e["contact"] else "")
        + (f" — notes: {e['internal_notes']}" if e["internal_notes"] else "")
        for e in d.upcoming], "nothing scheduled")
    section("Suggested partners", [
        f"{s['title']} ({s['start']}, {s['department']}): "
        + ", ".join(f"{dept} joined {n} such event(s)" for dept, n in s["partners"])
        for s in d.suggestions], "no suggestion")
    section("Clashes", [f"{c['kind']}: {c['titles'][0]} / {c['titles'][1]} ({c['start'][:16]}) — {c['detail']}"
                        for c in d.clashes], "no clash")
    section("Problems in your tab", [
        f"{p['tab']}!{p['cell']} ({p['column']}): {p['problem']} — {p['action']}"
        + (f" {p['link']}" if p["link"] else "") for p in d.problems], "none")
    section("Possible duplicates to decide (Review Duplicates tab)", [
        f"{q['a']['source']} {q['a']['title']} / {q['b']['source']} {q['b']['title']} — {q['says']}"
        for q in d.review], "none")
    return "\n".join(out).rstrip() + "\n"


_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ d.subject }}</title>
<style>
body{font-family:Arial,Helvetica,sans-serif;color:#1a1a1a;background:#ffffff;margin:0;padding:16px;line-height:1.45}
main{max-width:760px;margin:0 auto}
h1{font-size:1.4rem;margin:0 0 4px}h2{font-size:1.1rem;margin:24px 0 8px;border-bottom:2px solid #0b5394;padding-bottom:2px}
table{border-collapse:collapse;width:100%;font-size:0.95rem}
th,td{border:1px solid #8a8a8a;padding:6px;text-align:left;vertical-align:top;overflow-wrap:break-word}
.uid{word-break:break-all}
th{background:#e8eef7}
.bad{color:#8b0000;font-weight:bold}.good{color:#1e5c1e;font-weight:bold}
.mine{background:#fff4c2}
a{color:#0b4a8b}
.muted{color:#4a4a4a}
</style></head>
<body><main>
<h1>{{ d.audience }}: week {{ d.week }}</h1>
<p class="muted">Events from {{ d.today }} to {{ d.until }}. Decide in the spreadsheet: offers in the
Assistance Offers tab, duplicates in the Review Duplicates tab.</p>

<h2>Joint events against target</h2>
<ul>{% for m in d.months %}<li><span class="{{ 'bad' if m.gap else 'good' }}">{{ m.month }}: {{ m.joint_events }} of {{ m.target }}</span>
{% if m.gap %}({{ m.gap }} short){% else %}(target met){% endif %}{% if m.titles %} — {{ m.titles|join('; ') }}{% endif %}</li>{% endfor %}</ul>

<h2>Help wanted</h2>
{% if d.requests %}<table><thead><tr><th scope="col">Event</th><th scope="col">Date</th><th scope="col">Lead</th>
<th scope="col">Help wanted</th><th scope="col">Can bring it</th><th scope="col">State</th></tr></thead><tbody>
{% for r in d.requests %}<tr{% if r.yours %} class="mine"{% endif %}><td>{{ r.title }}<br><span class="muted uid">UID {{ r.uid }}</span></td><td>{{ r.start }}</td><td>{{ r.lead }}</td>
<td>{{ r.wanted }}</td><td>{% if r.yours %}<strong>You: {{ r.yours|join(', ') }}</strong>{% if r.matches|length > 1 %}<br>{% endif %}{% endif %}
{% for dept, caps in r.matches.items() %}{% if dept != d.audience %}{{ dept }}: {{ caps|join(', ') }}<br>{% endif %}{% endfor %}</td><td>{{ r.state }}</td></tr>
{% endfor %}</tbody></table>{% else %}<p>No request for help.</p>{% endif %}

<h2>Offers waiting for your answer</h2>
{% if d.awaiting %}<ul>{% for o in d.awaiting %}<li>{{ o.department }} offers {{ o.bring or 'help' }} for
<strong>{{ o.title }}</strong> ({{ o.start }}): set Accepted or Declined in {{ o.source }}.</li>{% endfor %}</ul>
{% else %}<p>None.</p>{% endif %}

<h2>{{ 'Coming up' if d.audience == 'Coordinators' else 'Coming up in other departments' }}</h2>
{% if d.upcoming %}<table><thead><tr><th scope="col">When</th><th scope="col">Event</th><th scope="col">Departments</th><th scope="col">Where</th></tr></thead><tbody>
{% for e in d.upcoming %}<tr><td>{{ when(e) }}</td><td>{{ e.title }}{% if e.joint %} <strong>(joint)</strong>{% endif %}{% if e.you_take_part %} (you take part){% endif %}{% if e.status in ('Cancelled', 'Postponed') %} <strong class="bad">({{ e.status }})</strong>{% endif %}
{% if e.contact %}<br>Contact: {{ e.contact }}{% endif %}{% if e.internal_notes %}<br>Notes: {{ e.internal_notes }}{% endif %}</td>
<td>{{ e.departments|join(', ') }}</td><td>{{ e.location or e.address }}</td></tr>{% endfor %}</tbody></table>
{% else %}<p>Nothing scheduled.</p>{% endif %}

<h2>Suggested partners</h2>
{% if d.suggestions %}<ul>{% for s in d.suggestions %}<li><strong>{{ s.title }}</strong> ({{ s.start }}, {{ s.department }}):
{% for dept, n in s.partners %}{{ dept }} joined {{ n }} such event(s){% if not loop.last %}, {% endif %}{% endfor %}.</li>{% endfor %}</ul>
{% else %}<p>No suggestion.</p>{% endif %}

<h2>Clashes</h2>
{% if d.clashes %}<ul>{% for c in d.clashes %}<li><span class="bad">{{ c.kind }}</span>: {{ c.titles[0] }} and {{ c.titles[1] }} ({{ c.start[:16]|replace('T', ' ') }}) — {{ c.detail }}</li>{% endfor %}</ul>
{% else %}<p>No clash.</p>{% endif %}

<h2>Problems in your tab</h2>
{% if d.problems %}<table><thead><tr><th scope="col">Cell</th><th scope="col">Column</th><th scope="col">Value</th><th scope="col">Problem</th><th scope="col">What to do</th></tr></thead><tbody>
{% for p in d.problems %}<tr><td>{% if p.link %}<a href="{{ p.link }}">{{ p.tab }}!{{ p.cell }}</a>{% else %}{{ p.tab }}!{{ p.cell }}{% endif %}</td><td>{{ p.column }}</td><td>{{ p.value }}</td><td>{{ p.problem }}</td><td>{{ p.action }}</td></tr>{% endfor %}
</tbody></table>{% else %}<p>None.</p>{% endif %}

<h2>Possible duplicates to decide</h2>
{% if d.review %}<ul>{% for q in d.review %}<li>{{ q.a.source }} “{{ q.a.title }}” and {{ q.b.source }} “{{ q.b.title }}”: {{ q.says }}</li>{% endfor %}</ul>
{% else %}<p>None.</p>{% endif %}
</main></body></html>
"""


def render_html(d: Digest) -> str:
    """The HTML part of the mail: one self-contained page (inline styles, no images or
    scripts), with ``lang``, a title, headed tables and contrast ≥ 4.5:1 (WCAG 2.1 AA)."""
    from jinja2 import Environment
    env = Environment(autoescape=True)
    return env.from_string(_HTML).render(d=d, when=when_text)


def _text(text: str, **kw) -> dict:
    return {"type": "TextBlock", "text": text, "wrap": True, **kw}


def _list_block(title: str, lines: Sequence[str], empty: str) -> list[dict]:
    """A heading and one TextBlock per item (plain text, no Markdown: it reads the same in
    every Adaptive Card host, rendered or not)."""
    shown = list(lines[:MAX_CARD_ITEMS])
    if len(lines) > MAX_CARD_ITEMS:
        shown.append(f"… and {len(lines) - MAX_CARD_ITEMS} more")
    items = [_text(f"• {line}", spacing="Small") for line in shown] or [_text(empty, spacing="Small")]
    return [_text(title, weight="Bolder", size="Medium", separator=True, spacing="Medium"), *items]


def adaptive_card(d: Digest, url: str = "") -> dict:
    """The digest as an Adaptive Card 1.5 (``url``: where to act, e.g. the spreadsheet)."""
    body: list[dict] = [
        _text(f"{d.audience}: week {d.week}", size="Large", weight="Bolder", style="heading"),
        _text(f"Events from {d.today} to {d.until}", isSubtle=True, spacing="None"),
        {"type": "FactSet", "facts": [{"title": m["month"], "value": f"{m['joint_events']} of {m['target']} "
                                        "joint events" + (f" ({m['gap']} short)" if m["gap"] else "")}
                                       for m in d.months]},
    ]
    body += _list_block("Help wanted", [
        f"{r['title']} ({r['start']}, {r['lead']}): {r['wanted']}"
        + (f" — you can bring: {', '.join(r['yours'])}" if r.get("yours") else "") for r in d.requests],
        "No request for help.")
    body += _list_block("Offers waiting for your answer", [
        f"{o['department']} offers {o['bring'] or 'help'} for {o['title']} ({o['start']}): answer in {o['source']}"
        for o in d.awaiting], "None.")
    body += _list_block("Coming up" if d.audience == COORDINATORS else "Coming up in other departments", [
        f"{when_text(e)} {e['title']} — {', '.join(e['departments'])}" + (" (joint)" if e["joint"] else "")
        + (" (you take part)" if e.get("you_take_part") else "")
        + (f" — contact: {e['contact']}" if e["contact"] else "") for e in d.upcoming], "Nothing scheduled.")
    body += _list_block("Suggested partners", [
        f"{s['title']} ({s['start']}): " + ", ".join(f"{dept} ({n})" for dept, n in s["partners"])
        for s in d.suggestions], "No suggestion.")
    body += _list_block("Clashes", [f"{c['kind']}: {c['titles'][0]} / {c['titles'][1]} — {c['detail']}"
                                    for c in d.clashes], "No clash.")
    body += _list_block("Problems in your tab", [
        f"{p['tab']}!{p['cell']} ({p['column']}): {p['problem']}" for p in d.problems], "None.")
    body += _list_block("Possible duplicates to decide", [
        f"{q['a']['source']} / {q['b']['source']}: {q['a']['title']}" for q in d.review], "None.")
    card = {"type": "AdaptiveCard", "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
            "version": "1.5", "body": body, "fallbackText": d.subject}
    if url:
        card["actions"] = [{"type": "Action.OpenUrl", "title": "Open the spreadsheet", "url": url}]
    return card


def teams_message(card: dict) -> dict:
    """The body a Teams Workflows webhook ("Post to a channel when a webhook request is
    received") expects: a ``message`` with the card as its one attachment."""
    return {"type": "message", "attachments": [
        {"contentType": "application/vnd.microsoft.card.adaptive", "contentUrl": None, "content": card}]}

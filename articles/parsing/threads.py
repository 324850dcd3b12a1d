"""What follows a story and is written by other people: readers' comments and the authors' boxes."""

import re

from .notices import is_rail_heading
from .shapes import word_count
from .text import has_terminal_punctuation


# "34 responses to “Council backs the bridge”", "12 Comments", "Comments (12)", "Leave a Reply",
# "Showing Comments 1 - 5 of 5": the heading of the readers' comments under a story.
_THREAD_HEADING_RE = re.compile(
    r"(\d[\d,]* )?(responses?|comments?|replies|thoughts) (to|on) [“\"‘'].{0,300}"
    r"|((there (are|is) )?(\d[\d,]*|one) (comments?|responses?|replies)|comments? \(\d[\d,]*\))\W*"
    r"|leave a (reply|comment)\W*|(join|start) the (discussion|conversation)\W*"
    r"|(showing|displaying|viewing) (comments? )?\d[\d,]* ?[-–] ?\d[\d,]* of \d[\d,]*( comments?)?\W*"
    # the same in other languages: "14 comentarios", "Kommentare (3)", "6 reacties"
    r"|(\d[\d.]* )?(kommentare?|commentaires?|comentarios?|commenti|comentários?|reacties)( ?\(\d[\d.]*\))?\W*",
    re.IGNORECASE)
# What a heading can open with: a count, or the first letter of one of its words.
_THREAD_HEADING_FIRST = frozenset("0123456789CcRrTtLlJjSsOoDdVvKk")
# "jo_li says:": a commenter's name over each comment ("Ana wrote:" may introduce a quotation
# in a post, so only the present tense of a comment form counts).
_COMMENTER_RE = re.compile(r"\S{1,40}( \S{1,40}){0,3} says:?")
_COMMENTERS = 3
# A comment's stamp: its date and time ("March 10, 2017 at 12:20 AM", "10 March 2017, 12:20",
# "2017/03/10 12:20"), or how long ago it was posted and at what time ("2 days ago at 07:52 am").
_CLOCK = r"\d{1,2}:\d{2}(:\d{2})?( ?[ap]\.?m\.?)?"
_DATE = (r"([A-Z][a-z]{2,9}\.? \d{1,2}(st|nd|rd|th)?|\d{1,2}(st|nd|rd|th)?\.? [A-Z][a-z]{2,9}\.?),? \d{4}"
         r"|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}")
_STAMP = rf"({_DATE}),?( at| @| -| –| —)? {_CLOCK}"
# "Ana Lima on March 10, 2017 at 12:20 am said:", "Ana Lima wrote on March 10, 2017 at 12:20:":
# a commenter's name, the comment's stamp and a verb of saying; one such line opens a thread.
_DATED_COMMENTER_RE = re.compile(
    rf"\S.{{0,80}}? (on ({_STAMP}) (said|says|wrote)|wrote on ({_STAMP})):", re.IGNORECASE)
# "jo_li Comment No. 4107", "Comment #12": a comment's number, under or after its writer's name.
_NUMBERED_COMMENT_RE = re.compile(r"(\S{1,40} )?comment (no\.?|number|#) ?\d[\d,]*", re.IGNORECASE)
_AGO_STAMP_RE = re.compile(
    rf"(\S.{{0,60}} )?\d{{1,2}} (minute|hour|day|week|month|year)s? ago,?( at)? {_CLOCK}", re.IGNORECASE)


# "Comments", "Reader comments (12)": a heading over the readers' comments that page furniture
# takes out of the body (a share row has a "Comments" button too); under it, comments numbered
# from one ("1. I rode that ferry for years …", "2. Walters:").
_COMMENTS_HEADING_RE = re.compile(
    r"(\d[\d,]* )?((readers?['’]? )?comments?|responses?|replies|discussion)( ?\(\d[\d,]*\))?:?", re.IGNORECASE)
_COMMENT_NUMBER_RE = re.compile(r"#? ?(\d{1,4})[.):] ")
_NUMBERED_REACH = 20  # blocks under the first comment where the second one stands


def is_comments_heading(line):
    """True for a bare heading over readers' comments: "Comments", "12 Comments", "Reader comments (3)"."""
    return len(line) <= 40 and _COMMENTS_HEADING_RE.fullmatch(line) is not None


def _comment_number(text):
    number = _COMMENT_NUMBER_RE.match(text)
    return int(number.group(1)) if number else None


def comment_thread_start(body, first, headed=()):
    """Index of the block that opens the readers' comments after the story, or None.

    A thread opens on its heading ("12 Comments", "There are 12 comments"), on a commenter's
    name with the comment's date, time and a verb of saying ("Ana Lima on March 10, 2017 at
    12:20 am said:"), or on the first of three or more blocks that name a commenter over a
    comment ("jo_li says:") or stamp one with how long ago and at what time it was posted
    ("2 days ago at 07:52 am"), or on the first of two or more numbered comments ("Comment No.
    4107", with the commenter's name over it); what follows is other people's writing. A live blog's
    entries are stamped with their time, or with a date and time, but not said by a name.
    Only a heading after the story's first prose counts: a paste may open on a page's
    comment counter. A bare "Comments" heading is page furniture, out of the body: ``headed``
    says for each block whether one stood right before it, and a thread opens there on a first
    comment numbered 1 with the second one numbered 2 a little further on.
    """
    commenters, ago, numbered = [], [], []
    for index in range(first + 1, len(body)):
        text = body[index].text
        if headed and headed[index] and _comment_number(text) == 1 and any(
                _comment_number(block.text) == 2 for block in body[index + 1:index + _NUMBERED_REACH]):
            return index
        if len(text) > 300 or body[index].kind not in ("paragraph", "subhead"):
            continue
        if text[:1] in _THREAD_HEADING_FIRST and _THREAD_HEADING_RE.fullmatch(text):
            return index
        if text.endswith((" says:", " says")) and _COMMENTER_RE.fullmatch(text):
            commenters.append(index)
            if len(commenters) == _COMMENTERS:
                return commenters[0]
        if text.endswith(":") and _DATED_COMMENTER_RE.fullmatch(text):
            return index
        elif _AGO_STAMP_RE.fullmatch(text):
            ago.append(index)
            if len(ago) == _COMMENTERS:
                return ago[0]
        elif "omment" in text[:60] and _NUMBERED_COMMENT_RE.fullmatch(text):
            numbered.append(index)
            if len(numbered) == _NUMBERED_COMMENTS:
                opening = numbered[0]
                # (the first commenter's name, set over the number, goes with the thread)
                named = opening - 1 > first and _is_commenter_name(body[opening - 1].text)
                return opening - 1 if named else opening
    return None


_NUMBERED_COMMENTS = 2


def thread_under_heading(body, is_prose, gaps, first):
    """Index of the first block under a comments heading the page's furniture took out of the
    body ("12 comments", "Leave a reply"; ``gaps``: the lines taken out before each block), where
    less of the prose stands under it than above and two of the comments' buttons or stamps
    were taken out between the next blocks ("Reply", "Like (4)", "2 hours ago"): a share row's count
    under the byline heads no thread. A rail's heading right over it ("Have your say") goes
    with it. None when none."""
    words = [word_count(block.text) if flag else 0 for block, flag in zip(body, is_prose)]
    above, total = 0, sum(words)
    for index in range(len(body)):
        if index > first and total - above < above and any(
                line and line[:1] in _THREAD_HEADING_FIRST and _THREAD_HEADING_RE.fullmatch(line) for line in gaps[index]
        ) and sum(bool(_COMMENT_TRACE_RE.fullmatch(line))
                  for gap in gaps[index + 1:index + _TRACE_REACH] for line in gap) >= _TRACES:
            over = body[index - 1]
            return index - 1 if index - 1 > first and over.kind == "subhead" and is_rail_heading(over.text) else index
        above += words[index]
    return None


def thread_under_closed_notice(body, gaps, first):
    """Index of the first block under a notice that the story's comments are closed ("Comments
    are now closed for this story", taken out of the body as furniture), where the comments
    follow it all the same: three of the next blocks or more are their writers' names, each
    over its comment ("Dana P", "Marco @ Harbor"). A story's subheads are fewer and stand
    over longer sections. None when none."""
    for index in range(first + 1, len(body)):
        if any(line and _CLOSED_NOTICE_RE.match(line) for line in gaps[index]):
            names = [block for block in body[index:index + _CLOSED_THREAD_REACH]
                     if block.kind in ("subhead", "paragraph") and _is_commenter_name(block.text)]
            if len(names) >= _COMMENTERS and body[index].kind == "subhead" and _is_commenter_name(body[index].text):
                return index
    return None


# "Comments are now closed for this story", "Comments have been closed on this entry".
_CLOSED_NOTICE_RE = re.compile(r"comments (are|have been|were) (now )?closed\b", re.IGNORECASE)
_CLOSED_THREAD_REACH = 8


# What a comment form sets between comments: its buttons, counts and how long ago each was posted.
# ("Like" alone is a share button too: only with its count.)
_COMMENT_TRACE_RE = re.compile(
    r"reply|report( abuse)?|(like|recommend)s? \(\d[\d,]*\)|\d[\d,]* (likes?|replies|recommendations?)"
    r"|\d{1,2} (second|minute|hour|day|week|month|year)s? ago"
    # ("Responder", "Antworten", "Gosto 18", "Hace 12 horas", "vor 3 Stunden", "il y a 2 h", "4 ore fa")
    r"|responder|répondre|rispondi|antworten|reageer|(gosto|j'aime|me gusta|mi piace|gefällt mir|vind ik leuk) \d+"
    r"|(hace|há|il y a|vor) \d{1,2} ?(h|min|d|j|horas?|minutos?|heures?|minutes?|stunden|minuten|tagen)\.?"
    r"|\d{1,2} ?(h|min|ore|minuti|uur|minuten) (fa|geleden)", re.IGNORECASE)
_TRACE_REACH = 6
_TRACES = 2


def _is_commenter_name(text):
    # a writer's name over a numbered comment: one word, a handle or a name of a few words
    return len(text.split()) <= 3 and not text.endswith((".", "?", "!"))


# An author's box: the name on a line of its own over a short bio that opens with it.
_BOX_NAME_WORDS = (2, 4)
_BOX_BIO_WORDS = 80
# A box's heading may say "About" before the name, in the page's language.
_ABOUT_NAME_RE = re.compile(r"(?:About|Über|Sobre|Acerca de|À propos de|Su|Over) (.+)")
_BOX_NAME_WITHIN = 120
# More boxes in a row than a story has authors are a list of people in the story.
_CO_AUTHORS = 2


def author_boxes(body, is_prose, first):
    """Indexes of the blocks of the authors' boxes after the story: each name and its bio.

    A box is a line of two to four capitalised words ("Ana Lima") over a short paragraph
    that opens with that name ("Ana Lima is a reporter for …"; under a name in capitals, "Lima
    covers …" too), with no prose right after
    it; the first box stands where more of the story's prose words are above it than
    below, and a co-author's box may follow it. Only the first name over such a paragraph
    counts: when it stands higher up, or when three or more follow one another, the story
    is a list of people, each named over a paragraph on them, and none is a box. A box
    headed "About Ana Lima" ("Über …", "Sobre …") over a bio that names her early on says
    what it is, and goes wherever it stands after the story's first paragraph. What
    follows the boxes is left to the rules on the story's end: a credit line ("Tom Reyes
    contributed") may stand under them.
    """
    words = [word_count(block.text) if flag else 0 for block, flag in zip(body, is_prose)]
    before = sum(words[:first + 1])
    after = sum(words) - before
    for index in range(first + 1, len(body) - 1):
        before, after = before + words[index], after - words[index]
        if _is_box(body, is_prose, index):
            if after - words[index + 1] >= before and not _ABOUT_NAME_RE.fullmatch(body[index].text):
                return set()  # (a box headed "About …" says what it is wherever it stands)
            boxes = set()
            while index + 1 < len(body) and _is_box(body, is_prose, index):
                boxes.update((index, index + 1))
                index += 2
            return boxes if len(boxes) <= 2 * _CO_AUTHORS else set()
    return set()


def _is_box(body, is_prose, index):
    # A name over a short bio that opens with it, with no prose right after the bio.
    if index + 1 >= len(body) or is_prose[index] or not is_prose[index + 1] or (
            index + 2 < len(body) and is_prose[index + 2]):
        return False
    name, bio = body[index].text, body[index + 1].text
    if word_count(bio) > _BOX_BIO_WORDS:
        return False
    # "About Ana Lima" over a bio that names her early on ("A reporter since 2010, Ana Lima …")
    about = _ABOUT_NAME_RE.fullmatch(name)
    if about is not None and _is_name_line(about.group(1)) and about.group(1) in bio[:_BOX_NAME_WITHIN]:
        return True
    # (a name set in capitals may head a bio that opens on the surname: "ANA LIMA" over "Lima covers …")
    if name.isupper():
        name = name.title()
        return _is_name_line(name) and bio.startswith((name + " ", name.split()[-1] + " "))
    # (two writers' names joined over their bios: "Jorinde Van Hoorebeke en Wannes De Coninck")
    names = _TWO_NAMES_RE.split(name, 1)
    return all(map(_is_name_line, names)) and bio.startswith(names[0] + " ")


_TWO_NAMES_RE = re.compile(r" (?:and|en|und|et|y|e|&) ")


def _is_name_line(text):
    # Two to four words, each opening with a capital and holding no figure: a name, not a title.
    words = text.split()
    return _BOX_NAME_WORDS[0] <= len(words) <= _BOX_NAME_WORDS[1] and all(
        word[:1].isupper() and word.replace("-", "").replace(".", "").replace("'", "").isalpha() for word in words)


# A post embedded in the story, as a page copies it: the account's name, its handle, the post's
# text, then its time and date ("9:58 p. m. · 16 jun. 2025"): the post's words are the account's,
# set into the page, not the story's sentences.
_HANDLE_RE = re.compile(r"@\w{2,30}")
_POST_STAMP_RE = re.compile(r"\d{1,2}[:.]\d{2}(?:\s?[ap]\.?\s?m\.?)?\s?·\s?[\w .,]{3,30}", re.IGNORECASE)
_POST_LINES = 5
_ACCOUNT_NAME_WORDS = 5


# Or the embed's label with the account's handle ("Publicación de Instagram de @club"), the post's
# text, then the button to see it there ("Ver en Instagram").
_EMBED_LABEL_RE = re.compile(r"(?=.*@\w)(?=.*\b(?:instagram|tiktok|facebook)\b).{1,80}", re.IGNORECASE)
_SEE_IT_THERE_RE = re.compile(r"(?:ver|voir|bekijk|visualizza|view)(?: this post)? (?:en|no|sur|op|su|on)"
                              r" (?:instagram|tiktok|facebook)|auf (?:instagram|tiktok) ansehen", re.IGNORECASE)


def embedded_post_end(lines, index):
    """The index of the time and date line closing a post embedded in the story whose account's
    name or handle is at ``index`` (or of the button under a post whose label is there); else None."""
    line = lines[index]
    if "@" in line and _EMBED_LABEL_RE.fullmatch(line):
        for following in range(index + 1, min(len(lines), index + 1 + _POST_LINES)):
            if _SEE_IT_THERE_RE.fullmatch(lines[following].strip()):
                return following
    start = index
    if line[:1] != "@" or not _HANDLE_RE.fullmatch(line):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if following[:1] != "@" or not _HANDLE_RE.fullmatch(following) or has_terminal_punctuation(line) \
                or len(line.split(None, _ACCOUNT_NAME_WORDS)) > _ACCOUNT_NAME_WORDS:
            return None
        start = index + 1
    for following in range(start + 1, min(len(lines), start + 1 + _POST_LINES)):
        if "·" in lines[following] and _POST_STAMP_RE.fullmatch(lines[following]):
            return following
    return None


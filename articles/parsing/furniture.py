"""Page furniture: the boilerplate a copied web page brings along (ads, share bars, bylines, stamps)."""

import re
from functools import lru_cache

from .captions import is_credit_line, split_caption
from .linepatterns import LinePatterns
from .names import looks_like_person_name
from .text import has_terminal_punctuation
from .words import DAYS_AND_MONTHS, FOREIGN_TAG_LABELS, WIRE_SERVICES, word_set


# Page boilerplate, one generic pattern per kind of widget. Each must match a whole line
# (case-insensitive). Boilerplate shows up mid-story as well as at the end.
FURNITURE_PATTERNS = (
    # advertising
    r"(advertisement|advertising|ad|sponsored( content)?|paid (content|post)|promoted)\W*",
    r"(the )?(story|article|text|content) continues (below|after)( (this|the))?( advertisement| ad)?\W*",
    r"(continue|keep|scroll to continue|scroll down to continue) reading\W*( below\W*)?",
    r"(continue|keep) reading (the )?(main |full |rest of the )?(story|article)\W*( below\W*)?",
    r"scroll (down )?to continue.{0,40}",
    r"skip (ad|advertisement)\W*",
    r"(advertisement|advertising|ad)\W+(scroll|continue|story|article|feedback)\b.{0,40}",
    # comment widgets
    r"join the (conversation|discussion)\W*",
    r"(looking for|view|show|hide|load|loading|see|read|leave|post|add|write|open|jump to|go to|skip to)"
    r" (the |all |a |an |\d+ )?(comments?|repl(y|ies)|conversation)\W*",
    r"(\d[\d,]* )?(comments?|replies|conversation|discussion)\W*( ?\(?\d[\d,]*\)?)?",
    r"comments? (are|is|have been|has been) (now )?(closed|disabled|turned off|moderated|moved).*",
    r"(log|sign) in to (comment|reply|join).*",
    r"(?=.*\bcomment(s|ing)?\b)(?=.*\b(click|tap|buttons?|scroll (up|down))\b).{0,250}",
    # sharing
    r"share( this| the)?( article| story| page| post| video| link)?( (on|via|with|to) \w+( \w+)?)?\W*",
    r"share (it|this|this (article|story|post|page)) with (a friend|friends|your friends|others|family)\W*",
    r"(facebook|twitter|x|email|e-mail|copy( the)? link|link copied|copied|print|linkedin|whatsapp"
    r"|reddit|pinterest|threads|bluesky|flipboard|messenger|telegram|tweet|pin it|more( sharing)?"
    r" options|save( (article|story))?|gift( this)? (article|story)|listen( to this (article|story))?)\W*",
    r"\d+ min(ute)?s? (read|listen)\W*|reading time\s*:?\s*\d+ (min(ute)?s?|seconds?)\W*",
    r"listen( to (this|the) (article|story))?\W{0,4}(\d+(:\d\d)?( min(ute)?s?)?)?\W*",
    r"((facebook|twitter|x|email|e-mail|linkedin|whatsapp|reddit|pinterest|threads|bluesky|print|share"
    r"|copy link|comments?|pocket|flipboard|tumblr|tweet|messenger|telegram|sms|more)\W*){2,}",
    # newsletters and accounts
    r"(sign up|subscribe|register)( now| today| here| for free)?\W*",
    r"(sign up|subscribe|register) (for|to) .{0,150}",
    r"enter (your )?(e-?mail|email address).*",
    r"by (signing up|subscribing|clicking|submitting|registering|continuing).{0,250}"
    r"(agree|consent|terms|privacy|acknowledge).*",
    r"(?=.*\b(newsletters?|inbox)\b)(?=.*\b(sign|subscribe|get|deliver(ed)?|receive|e-?mail|free"
    r"|daily|weekly|every)\b).{0,200}",
    r"(thanks|thank you) for (signing up|subscribing).*",
    r"you('re| are) (now )?(signed up|subscribed).*",
    r"((your|enter your) )?(e-?mail( address)?|privacy policy|terms of (use|service)|submit|log ?in|sign ?in|log ?out"
    r"|already (a subscriber|have an account)\?.*|create (an? )?(free )?account)\W*",
    # an account's links run together: "Sign in / Sign up", "Log in or sign up", "Login Register"
    # (one way to read the space between two links: a line of them repeated is not tried every way)
    r"(log ?in|sign ?in|sign ?up|register|join|create (an? )?(free )?account)((\s*(/|\||or|and|&)\s*|\s*)(log ?in"
    r"|sign ?in|sign ?up|register|join( now| free)?|create (an? )?(free )?account))+\W*",
    r"support (local |our |independent )?journalism.*",
    r"this site is protected by recaptcha.*",
    # links, promotions, media-player chrome
    # "Read more: title", "Most Read" — a link label alone or before a colon, not "Most read books …"
    r"(read more|read also|also read|see also|more on this|recommended( for you| stories)?"
    r"|most (read|popular|viewed)|trending( now)?|you (may|might) also like|up next"
    r"|what to read next|don'?t miss)(\s*[:|»›>–—-]\s*.{0,200}|\W*)",
    r"more from [^.?!]{0,60}",
    # a reference work's cross-references: "Main article: Harbor history", "Further information: …"
    r"(main|further) articles?\s*:.{1,200}|further information\s*:.{1,200}",
    # another story's link with its label: "Next article: title", "SEE MORE: title", "Also: See …"
    r"(previous|next) (article|post|story)\b.{0,150}|see more\s*:.{0,150}|also\s*:\s*(see|read|watch)\b.{0,150}",
    # a blog's links to its neighbours: "← Previous: title", "Older entry: title →"
    # (a bare "← Previous story Next story →" is left to the rails' headings: a rail starts there)
    r"(?!.*[.!?]$)[←«‹]?\s*(previous|prev|older|newer|next)( (post|article|story|entry))?\s*:\s*.{1,150}",
    r"\d*(click|tap) (here|to|for|the) .*",
    # a post's permanent address and a search box's clear button: "Permalink: https://…", "Clear this text input"
    r"permalink\s*:\s*\S{1,200}|clear (this |the )?(text|search)( input| field| box)?\W*",
    # a way back through the site: "Back to main menu", "Return to top", "Back to the overview"
    r"(back|return|go back) to (the )?(main menu|menu|top|home( ?page)?|start|index|overview|list|all \w+)\W*",
    # a page's skip links: "Skip to main content", "Jump to navigation Jump to search", "Skip to Right rail"
    r"((skip|jump)( directly)? to (the )?(main |site |section |related |right |left )?(content|navigation|main|article"
    r"|story|index|search|footer|menu|links|rail)\W*)+(skip navigation)?\W*",
    r"(tags|topics|filed under|categories|more about)\s*:.{0,200}",
    # who checked or edited the text: "Medically reviewed by Jo Li, MD", "Edited by: Ana Lima"
    r"(?!.*[.!?]$)((medically|clinically|fact) )?(reviewed|fact-checked|checked|edited)( and \w+)? by:?"
    r" (?-i:[A-Z]).{1,100}",
    r"(report (an? )?(error|typo|correction)|contact us|send us a (news )?tip|(got|have) a (news |story )?tip\?).*",
    # an author box: "Jo Li is a reporter for the Ledger. Reach her at jli@ledger.com."
    r"(?=.*([\w.+-]+@[\w-]+\.[a-z]{2,}|@\w{2,}))(?=.*\b(reach|contact|e-?mail|write to|follow)\s+"
    r"(him|her|them|me|us|the (reporter|writer|author|editor|newsroom)|[A-Z]\w+ (at|on))\b).{0,250}",
    # a comment prompt inside a sentence or two: "We want to hear from you. Join the discussion below."
    r"(?=.*\b((join|start) the (discussion|conversation) (below|here)|leave a comment|in the comments"
    r"( section)?( below)?)\b).{0,200}",
    r"(print|email|e-mail|save|bookmark) (this )?(page|story|article|for later)\W*",
    r"(follow|following|unfollow)( us)?\W*|follow @\w+.*",
    # "Follow Jo Li on Twitter", "Contact the author", "Got a story? Email us"
    r"follow (?-i:[A-Z])[\w.’'-]+( (?-i:[A-Z])[\w.’'-]+){0,2} on (twitter|x|facebook|instagram|linkedin|threads"
    r"|bluesky|mastodon)\W*|contact the (author|writer|reporter)\W*|got a (news |story )?(tip|story)\?.{0,40}",
    # a blog's own chrome: "Posted by Jo Li", "Posted in News, Harbor", "Cancel reply", "Search for:",
    # "Entries feed", "Proudly powered by WordPress", a comment form's "Name *"
    r"posted by (?-i:[A-Z])[\w.’'-]+( (?-i:[A-Z])[\w.’'-]+){0,3}( on .{4,40})?|posted in [^.!?]{1,120}"
    r"|cancel reply|search for\s*:|(entries|comments) (feed|rss)|(proudly )?powered by [\w. -]{2,40}"
    r"|theme( by|\s*:) [\w. -]{2,40}|(name|e-?mail|website|comment)\s*\*",
    # the page's controls: "Show more", "Load more", "Top of page", "Open navigation", "Sign in to save"
    r"(show|load|view) more\W*|top of (the )?page\W*|(open|close|toggle) (the )?(navigation|menu|search)\W*"
    r"|sign in to (save|read|comment|continue)\W*|read (the )?full (article|story)\W*",
    # a cookie banner's and a consent dialog's buttons: "Accept all", "Manage preferences", "I agree"
    r"((accept|reject|decline|allow|refuse)( all| necessary| selected)?( cookies)?|manage (preferences|cookies|consent"
    r"|settings|options)|cookies? (policy|settings|preferences|notice)|privacy (&|and) cookies? policy|i agree"
    r"|agree and (close|continue)|(we value )?your privacy( choices)?|we value your privacy"
    r"|do not sell( or share)? my personal information)\W*",
    # a sponsor's label: "Advertisement feature", "Sponsored by Acme", "In partnership with Acme"
    r"(advertisement feature|partner content|paid post|(sponsored|presented) by [^.!?,]{2,40}"
    r"|in partnership with [^.!?,]{2,40})\W*",
    # a broadcaster's labels for readers of screens: "Image source, Getty Images", "Image caption, …"
    r"(image|media|video) (source|caption)\s*,.{1,200}",
    r"(more|top|latest|related|featured) (stories|news|headlines|videos)\W*|editor'?s picks\W*",
    # "Related: title" on one line and "Related Coverage" are promo links: the contract's
    # related block is only the bare "Related" marker with the title on the next line.
    r"related( \w+)?\s*:\s*\S.{0,200}",
    # calls to action: "Get unlimited access for just $1 a week.", "Start your free trial"
    r"(get|unlock|enjoy|try|start|subscribe|become|join|support|claim|upgrade|activate|download)\b.{0,150}"
    r"\b(unlimited|digital access|full access|premium|subscriptions?|subscribers?|membership|free trial"
    r"|newsletters?|inbox|our (free )?app|\$\d[\d.]* (a|per|/) ?(week|month|year))\b.{0,150}",
    r"(watch|video|listen|podcast|gallery|photos)\s*:.{0,120}",
    r"(listen|play|watch)\W{0,3}(\d+:\d+|\d+ min(ute)?s?).{0,20}",
    r"(follow|like) us on .*",
    r"(download|get|open in) (our|the) .{0,30}app\W*.*",
    r"(copyright|©).{0,150}",
    r"all rights reserved.*",
    r"((image|photo|slide|video|picture) )?\d+ ?(of|/|of /) ?\d+",
    r"(enlarge|expand|close|open) (this )?(image|photo|gallery).{0,30}|(toggle|hide|show) caption|caption",
    r"(image|photo|video|audio|listen|play|pause|loading|close|menu|search|next|previous|expand"
    r"|collapse|back to top|more|less)\W*",
    r"(published|updated|posted|last updated|first published)\b.{0,60}\d.{0,30}",
    # a field's label left alone when its value is a link or a line of its own: "Publish date:", "Author:"
    r"(authors?|writers?|(publish|published|publication|post) date|date (published|posted)|posted (by|on)"
    r"|written by|published|updated|last updated|posted)\s*:",
    # a date or time standing alone: "Friday, May 16, 2025, 4:15 p.m. MDT", "2 hours ago"
    r"((mon|tues|wednes|thurs|fri|satur|sun)day,? )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r" \d{1,2},? \d{4}(,? (at )?\d{1,2}(:\d\d)? ?[ap]\.?m\.?( [a-z]{2,4})?)?",
    r"\d+ (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?) ago",
)
# The same widgets on pages in German, French, Spanish, Italian, Portuguese and Dutch, each a
# whole line: an ad's marker, a share or read-on button, a subscription's, a reading time, a
# photo's credit label with its few words ("Foto: dpa", "Bild: Jo Weber/dpa").
FOREIGN_FURNITURE_PATTERNS = (
    r"(anzeige|werbung|publicité|publicidad|pubblicità|publicidade|advertentie)\W*",
    r"((artikel|beitrag) )?teilen|partager( (cet |l')article)?|compartir|compartilhar|condividi|delen|sdílet( článek)?"
    r"|(auf|sur|en|su|no|op) (facebook|twitter|x|whatsapp|linkedin|telegram|pinterest|e-?mail)"
    r" (teilen|partager|compartir|condividi|compartilhar|delen)\W*"
    r"|(drucken|artikel drucken|imprimer( cet article| l'article)?|imprimir|stampa|afdrukken|printen"
    r"|envoyer( par (e-?mail|courriel))?|per e-?mail (senden|versenden)|enviar por (e-?mail|correo)|invia per e-?mail)\W*",
    # skip links: "Zum Inhalt springen", "Aller au contenu", "Ir para o conteúdo [1]", "Перейти к контенту"
    r"((direkt )?zum (inhalt|hauptinhalt)( springen)?|aller au contenu( principal)?|passer au contenu( principal)?"
    r"|ir al contenido( principal)?|saltar al contenido( principal)?|vai al contenuto( principale)?|salta al contenuto"
    r"|ir para o conteúdo( principal)?|naar (de )?(hoofd)?inhoud( gaan)?|перейти к (контенту|содержимому|содержанию))"
    r"\W*(\[\d+\])?",
    r"(endereço da página|adresse de la page|dirección de la página|indirizzo della pagina)\s*:?\s*\S{1,200}",
    r"(zurück zu[rm]? (übersicht|startseite|hauptmenü|menü)|retour (à l'accueil|au menu|en haut)|volver (al inicio|al menú"
    r"|arriba)|torna (alla home|al menu|su)|voltar (ao início|ao menu|ao topo)|terug naar (boven|home|het overzicht))\W*",
    r"(weiterlesen|mehr lesen|lire la suite|lire plus|seguir leyendo|continuar leyendo|continua a leggere"
    r"|continue lendo|continuar lendo|verder lezen)\W*",
    r"((jetzt|newsletter) )?abonnieren|abonnez-vous|s'abonner|suscr[ií]bete|suscribirse|abbonati|assine( já)?"
    r"|abonneren\W*",
    # share, save, listen, comment and type-size buttons: "Jetzt teilen", "Link kopieren", "Artikel merken",
    # "Vorlesen", "Réagir", "Schriftgröße"
    r"((jetzt|per (whatsapp|e-?mail|mail|facebook|twitter|x|sms)) teilen|link kopieren|copier le lien|copiar (el )?enlace"
    r"|copia (il )?link|kopieer link|versenden|(artikel )?merken|sauvegarder( l'article)?|guardar( artículo)?"
    r"|vorlesen|(artikel )?(anhören|vorlesen lassen)|artikel zum hören|écouter (cet |l')article|escuchar (este |el )?artículo"
    r"|ascolta (l')?articolo|(jetzt )?kommentieren|leserkommentare|zum kommentarbereich|réagir|commenter|comentar"
    r"|commenta|schriftgröße|taille du texte|tamaño de (la )?letra|dimensione del testo)\W*",
    # the site's own links and controls: "Impressum", "Mentions légales", "Anmelden", "Mein Konto",
    # "Cookie-Einstellungen", "Seite 2 von 3", "Nächster Artikel"
    r"(impressum|datenschutz(erklärung|hinweise|einstellungen)?|agb|kontakt|mentions légales"
    r"|politique de confidentialité|aviso legal|política de privacidad|note legali|informativa (sulla )?privacy"
    r"|privacyverklaring|cookie-?einstellungen|paramètres des cookies|gérer les cookies|configuración de cookies"
    r"|impostazioni (dei )?cookie|anmelden|abmelden|registrieren|mein konto|se connecter|s'inscrire|mon compte"
    r"|iniciar sesión|registrarse|mi cuenta|accedi|registrati|inloggen|registreren|mijn account"
    r"|(nächster|vorheriger) artikel|article (suivant|précédent)|artículo (siguiente|anterior)"
    r"|articolo (successivo|precedente)|volgend artikel|vorig artikel|seite \d+ von \d+|page \d+ sur \d+"
    r"|página \d+ de \d+|pagina \d+ di \d+)\W*",
    # relative times, comment counts and forms, galleries and players, links up the page
    r"vor \d+ (minuten|stunden|tagen)|il y a \d+ (minutes?|heures?|jours?)|hace \d+ (minutos?|horas?|días?)"
    r"|\d+ (minuti|ore|giorni) fa|há \d+ (minutos?|horas?|dias?)|\d+ (minuten|uur|dagen) geleden",
    r"(\d+ )?(kommentare?|commentaires?|comentarios?|commenti|comentários?|reacties)( ?\(\d+\))?\W*"
    r"|kommentar (verfassen|abgeben|schreiben)|diskutieren sie mit|(jetzt )?registrieren|newsletter-anmeldung"
    r"|zur merkliste( hinzufügen)?|zur mobilen ansicht|bilder ansehen|bildergalerie|video abspielen"
    r"|lesen sie mehr|mehr erfahren|en savoir plus|saber más|scopri di più|saiba mais|lees verder"
    r"|(zurück )?nach oben|seitenanfang|haut de page|volver arriba|torna su",
    # a consent dialog's buttons: "Alle akzeptieren", "Tout refuser", "Aceptar todo"
    r"((alle )?(akzeptieren|ablehnen)|einstellungen|tout (accepter|refuser)|accepter|refuser|aceptar( todo)?"
    r"|rechazar( todo)?|accetta( tutto)?|rifiuta( tutto)?|(alles )?(accepteren|weigeren))\W*",
    # the agencies the story draws on: "Mit Material von dpa", "(dpa/AFP)", "Avec AFP", "Con información de EFE"
    r"mit material (von|der) [^.!?]{2,60}|avec (l')?(afp|ap|reuters|ansa|efe|belga)|(con|com) (información|informações)"
    r" (de|da|do) [^.!?]{2,40}|\((dpa|afp|ap|reuters|epd|kna|apa|sda|ansa|efe)(/(dpa|afp|ap|reuters|epd|kna|apa|sda"
    r"|ansa|efe))*\)",
    # a source's or photo's credit label in parentheses or with its label: "(Foto: Jo Weber/dpa)", "Quelle: dpa"
    r"\(?(bildquelle|quellen?|fonte|fuente|bron|foto|bild|photo)\s*:\s*[^.:!?()]{1,60}\)?",
    rf"({FOREIGN_TAG_LABELS})\s*:.{{0,200}}",
    r"(lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo de leitura|tempo di lettura|leestijd)\s*:?\s*\d+\s*\w*\.?"
    r"|\d+\s*min(\.|uten)? lesezeit",
    r"(foto|fotos|bild|bilder|crédits? photo|imagen|immagine|afbeelding|фото)\s*:\s*[^.:!?]{1,60}",
    # a Chinese page's line of particulars: date and time, source, writer, editor
    # ("2017-03-10 09:58　来源：网易科学人", "责任编辑：肖春芳")
    # (a value holds no colon and the labels come four at most: a hostile line of labels is not
    # tried every way it could be split)
    r"(\S{0,8}\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(\d{1,2}:\d\d(:\d\d)?)?\s*)?((来源|來源|作者|责任编辑|責任編輯|编辑|編輯)"
    r"\s*[:：]\s*[^。！？:：]{0,30}){1,4}\s*",
    # a date line's label: "Stand: 18.11.2031 14:05 Uhr", "Mis à jour le 5 mai 2031 à 20h13"
    # (a line that ends on a word and a full stop is a sentence: "Publicado el informe, … impuestos.")
    r"(stand|aktualisiert|veröffentlicht|erschienen|mis à jour|publié|actualizado|publicado|atualizado|aggiornato"
    r"|pubblicato|bijgewerkt|gepubliceerd|letzte aktualisierung|dernière mise à jour|última actualización"
    r"|ultimo aggiornamento)( (am|le|el|em|il|op))?\s*:?\s*[^.!?]{0,60}\d[^!?]{0,30}"
    r"(?<![^\W\d]{3}\.)",
)
# Bylines: "By", "BY" or "by:" then capitalised names, nothing that reads like a sentence.
# The names themselves must stay capitalised, so "By Tuesday night, crews …" is prose.
_BYLINE_RE = re.compile(
    r"(?:By|BY|by):? [A-Z][\w.’'-]*( (and |AND |& |y |et |und |e )?[A-Z][\w.’'-]*){0,5}( (at|in) [A-Z][\w.’'-]*( [A-Z][\w.’'-]*){0,3})?"
    r"( ?[,|] ?[\w .’'-]{0,40})?")
# Credit lines: "Story by Jo Li", "Reporting by Jo Li; Editing by Ann Roe" (wire trailers).
_CREDIT_TRAILER_RE = re.compile(
    r"\(?((additional |story |written |words |text |reporting |writing |editing |photos? |video |interview"
    r"(s|ed)? |compiled |produced |illustrations? )by:? "
    r"(?-i:[A-Z])[\w.’'-]*( [\w.’'-]+){0,12}[;,]?\s*)+\.?\)?\.?", re.IGNORECASE)
# A reporter's social handle or address under the byline: "@JaneDoe", "Twitter: @jdoe".
_HANDLE_RE = re.compile(r"((twitter|x|instagram|threads|bluesky|email)\s*:\s*)?(@\w{1,30}|[\w.+-]+@[\w-]+\.[\w.]+)",
                        re.IGNORECASE)
# A byline's job line on its own: "Staff Writer", "Senior Science Reporter @jli", "Middle East
# correspondent": up to three words of beat or rank (no article or preposition) before the job.
_STAFF_ROLE_RE = re.compile(
    r"((?!(?:the|a|an|to|of|for|and|or|in|on|at|by|with|our|your|my|this|that)\b)[\w’'-]+ ){0,3}"
    r"(writer|reporter|correspondent|editor|columnist|contributor|photographer|journalist|producer)s?"
    r"( @\w{1,30})?",
    re.IGNORECASE)
# A whole line must match one of the patterns, or be a handle, a job line or a credit trailer;
# each is tried only where it could match.
_FURNITURE = LinePatterns(
    (*FURNITURE_PATTERNS, *FOREIGN_FURNITURE_PATTERNS, _HANDLE_RE.pattern, _STAFF_ROLE_RE.pattern,
     _CREDIT_TRAILER_RE.pattern), re.IGNORECASE)


@lru_cache(maxsize=16384)
def is_furniture(line):
    """True for page boilerplate: ad markers, share buttons, newsletter and comment prompts."""
    if len(line) > 400:
        return False  # boilerplate is short; a long paragraph would cost every pattern a full scan
    # (three of the byline rules need "By" first, which most lines tell at once)
    opens_with_by = line[:2] in _BY
    if opens_with_by and _BYLINE_RE.fullmatch(line) and not has_terminal_punctuation(line):
        return True
    if line[:2] in _FOREIGN_BY and _is_foreign_byline(line):
        return True
    if _is_byline_with_role(line) or is_breadcrumb(line) or (opens_with_by and (
            _is_byline_with_stamp(line) or _is_byline_with_bio(line))) \
            or _is_byline_with_agency(line) or _is_control_label(line) or _is_name_with_stamp(line):
        return True
    return _FURNITURE.fullmatch_any(line) or is_credit_line(line) or (
        _META_SEPARATOR.search(line) is not None and _is_meta_line(line))


# "Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Jo Li (avec Ana Lima)":
# a line of the story's particulars run together, each part a date, a byline or the site's name.
_META_SEPARATOR = re.compile(r" [|•·] ")
_WITH_OTHERS = re.compile(r"\s*\((?:avec|with|mit|con|com|met) [^()]{3,80}\)$")
_SITE_NAME = re.compile(r"(?:[A-Z][\w.&'’-]*|le|la|les|the|de|du|der|die|das|el|il|o|a)(?: (?:[A-Z][\w.&'’-]*|de|du|des|del"
                        r"|der|die|das|of|the|avec|with|and|et|y|e|und)){0,4}")


def _is_meta_line(line):
    parts = [part.strip() for part in _META_SEPARATOR.split(line)]
    particulars = 0
    for part in parts:
        part = _WITH_OTHERS.sub("", part)
        if not part:
            return False
        if is_stamp_or_data_line(part) or is_furniture(part):
            particulars += 1
        elif not _SITE_NAME.fullmatch(part):
            return False
    return particulars > 0 and len(parts) >= 2


_BY = frozenset(("By", "BY", "by"))  # how _BYLINE_RE, _BYLINE_OPENER and _BYLINE_BIO_RE open
# Pages in other languages open a byline with their own word ("Par Ana Lima", "von Jo Weber");
# these words open other lines too ("Door Open", "Von Miller"), so what follows must be a name.
# (A German one may name the kind of piece first: "Ein Kommentar von Jo Weber".)
_FOREIGN_BYLINE_RE = re.compile(r"(?:(?:Ein |Eine )?(?:Artikel|Kommentar|Analyse|Gastbeitrag|Interview|Reportage"
                                r"|Kolumne|Bericht) )?"
                                r"(?:Par|PAR|par|Por|POR|por|Von|VON|von|Door|door|di|Di):? (?P<names>[\w .,’'&-]{3,80})")
_FOREIGN_BY = frozenset(("Pa", "PA", "pa", "Po", "PO", "po", "Vo", "VO", "vo", "Do", "do", "di", "Di",
                         "Ei", "Ar", "Ko", "An", "Ga", "In", "Re", "Be"))
_NAME_JOINERS = re.compile(r",? (?:and|et|y|e|und|en|&) |, ")


# "… publiziert am 25. September 2031", "… publié le 3 mai 2031": the date a byline may end on
_PUBLISHED_TAIL = re.compile(r",? (?:publiziert|veröffentlicht|publié|publicado|pubblicato|gepubliceerd)"
                             r"(?: am| le| el| em| il| op)? [^,]{0,30}\d[^,]{0,30}$")


def _is_foreign_byline(line):
    # "Von Jo Weber, Berlin", "Par Ana Lima (avec Jo Li)": a place or the others who helped may
    # follow the names, and the date it was published.
    line = _WITH_OTHERS.sub("", line)
    tail = _PUBLISHED_TAIL.search(line)
    match = _FOREIGN_BYLINE_RE.fullmatch(line[:tail.start()] if tail else line)
    if match is None:
        return False
    names = _NAME_JOINERS.split(match.group("names"))
    if len(names) > 1 and _PLACE.fullmatch(names[-1]) and looks_like_person_name(names[-2]):
        names = names[:-1]
    return all(map(looks_like_person_name, names))


_PLACE = re.compile(r"[A-Z][\w’'-]+(?: (?:de|del|la|am|an|der|sur|upon) )?(?: ?[A-Z][\w’'-]+){0,2}")


_BYLINE_OPENER = re.compile(r"(?:by|By|BY):?\s+")
# "By Jo Li, a senior editor who has covered the harbor for a decade. She lives in Alder Creek."
_BYLINE_BIO_RE = re.compile(r"(?:By|BY) (?P<name>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){1,3}), (?:a|an|the|our) [a-z].{0,300}")


def _is_byline_with_bio(line):
    # A byline that runs on into the writer's short biography: an author box under the title.
    bio = _BYLINE_BIO_RE.fullmatch(line)
    return bio is not None and looks_like_person_name(bio.group("name"))
_NAME_TOKEN = re.compile(r"[A-Z][\w.’'-]*|and|AND|&")
_GLUED_HANDLE_RE = re.compile(r"(?<=[a-z])@(?=\w+(?:\s|$))")
_STAMP_SEPARATORS = " ,;|/—–-•·"


def _is_byline_with_stamp(line):
    # "by Jo Li July 10, 2015", "By Jo Li and Al Roe — Nov. 19, 2019 8:21 am ET",
    # "by Jo Li @jli February 1, 2016": one to six name words, then a handle and/or a date stamp.
    opener = _BYLINE_OPENER.match(line)
    if not opener or len(line) > 160:
        return False
    # "By Jo Li , Al Roe on Monday, …": a comma standing alone between two names; a page may
    # run a name and its handle together ("Jo Li@jli").
    tokens = [token for token in _GLUED_HANDLE_RE.sub(" @", line[opener.end():]).split() if token != ","]
    for count in range(1, min(6, len(tokens)) + 1):
        if not _NAME_TOKEN.fullmatch(tokens[count - 1].rstrip(",;|")):
            return False
        rest = tokens[count:]
        if rest and _HANDLE_RE.fullmatch(rest[0]):
            rest = rest[1:]
        tail = " ".join(rest).strip(_STAMP_SEPARATORS)
        if tail and re.search(r"\d", tail) and is_stamp_or_data_line(tail):
            return True
    return False


# The words of a page's buttons and controls: "Show more sharing options", "Close share
# panel", "Back to Gallery", "Read Later", "Copy Link URLCopied!". A line made only of these,
# one of them a control's own word, is a control, whatever its order.
_CONTROL_WORDS = word_set("""
    submit share shares shared sharing copy copied link links url urlcopied bookmark bookmarked gallery galleries
    print email e-mail mail tweet pin toggle menu caption captions advert advertisement ads later like view
    comment comments reply replies newsletter newsletters subscribe subscribed login logout signin
    fullscreen enlarge download image images photo photos video videos slideshow autoplay replay accept
""")
_CONTROL_FILLERS = _CONTROL_WORDS | word_set("""
    show hide close open more less extra options option panel read save saved all this it
    back to next previous prev expand collapse search likes loading play pause watch listen
    audio full screen zoom app skip return top go a an the and or of on via with in out up sign log
    account my your our click tap here see now report i font size
    facebook twitter linkedin reddit whatsapp pinterest flipboard telegram messenger
""")
_CONTROL_TOKEN = re.compile(r"[^\W\d_][\w’'-]*")


# Alone on a line these name a section of the story as often as a control ("Photos", "Links").
_SECTION_NOUNS = word_set("link links image images photo photos video videos gallery galleries newsletter newsletters")


def _is_control_label(line):
    if len(line) > 60:
        return False
    first = _CONTROL_TOKEN.search(line)
    if first is None or first.group().lower() not in _CONTROL_FILLERS:
        return False  # (each word must be a control's: the first one tells most lines)
    words = [word.lower() for word in _CONTROL_TOKEN.findall(line)]
    if len(words) == 1 and words[0] in _SECTION_NOUNS:
        return False
    return 0 < len(words) <= 6 and all(word in _CONTROL_FILLERS for word in words) and any(
        word in _CONTROL_WORDS for word in words)


def _is_name_with_stamp(line):
    # "Jo Li - Apr 16, 2025 8:02 pm UTC", "Associated Press November 19, 2025, 9:02 AM",
    # "November 20, 2025 Jo Li": a reporter's or an agency's name and the date and time,
    # either way round, with no "By".
    if len(line) > 160 or not _DIGIT.search(line) or not line[:1].isupper():
        return False
    # "AFP 30 avril 2031 à 07:19 (Mis à jour : 30 avril 2031 à 07:38)": the update time in brackets
    bracket = _BRACKETED_TAIL.search(line)
    if bracket and is_stamp_or_data_line(bracket.group(1)):
        line = line[:bracket.start()]
    tokens = line.split()
    # (one word is an agency's name only: "AFP"; a person's takes two or more)
    for count in range(1, min(4, len(tokens) - 1) + 1):
        first, last = " ".join(tokens[:count]), " ".join(tokens[-count:])
        if (count > 1 or first.lower() in _AGENCY_NAME_WORDS) and _is_writer_name(first) \
                and _is_date_stamp(" ".join(tokens[count:])):
            return True
        if (count > 1 or last.lower() in _AGENCY_NAME_WORDS) and _is_writer_name(last) \
                and _is_date_stamp(" ".join(tokens[:-count])):
            return True
    return False


_BRACKETED_TAIL = re.compile(r"\s*\(([^()]{4,60})\)$")


def _is_date_stamp(text):
    # a date with its month, day or time, not a bare year ("Jo Li 2015")
    text = text.strip(_STAMP_SEPARATORS)
    return bool(text) and _DIGIT.search(text) is not None and (
        _LETTER.search(text) is not None or ":" in text) and is_stamp_or_data_line(text)


def _is_writer_name(name):
    words = name.lower().split()
    return all(word in _AGENCY_NAME_WORDS or word == "the" for word in words) or looks_like_person_name(name)


_CRUMB_SEPARATOR = re.compile(r"\s+[/›»>|·•]\s+")
_CRUMB_MARK = re.compile(r"[/›»>|·•]")


def is_breadcrumb(line):
    # "Home / News / Local", "News › Politics › Congress": three or more short labels.
    if not _CRUMB_MARK.search(line):
        return False  # (most lines hold no separator, which a scan for its marks tells first)
    parts = _CRUMB_SEPARATOR.split(line)
    return len(parts) >= 3 and all(
        part and len(part.split()) <= 4 and not has_terminal_punctuation(part) for part in parts)


def _is_byline_with_role(line):
    # "Jo Li | Staff Writer" has the shape of a caption, but names a reporter and a job;
    # "Jo Li, Staff Writer" the shape of a name and its title.
    separator = " | " if " | " in line else ", "
    if separator not in line:
        return False
    parts = line.rsplit(separator, 1)
    return len(parts) == 2 and looks_like_person_name(parts[0].removeprefix("By ")) and bool(
        _STAFF_ROLE_RE.fullmatch(parts[1]))


# Words a date or time line is made of: "Updated 8:52 a.m. CDT Thursday, Aug. 28, 2025".
_STAMP_WORDS = DAYS_AND_MONTHS | word_set("""
    mon tue tues wed thu thur thurs fri sat sun am pm at on updated published posted last first
    modified edited original ago st nd rd th min mins read
    et est edt ct cst cdt mt mst mdt pt pst pdt akst akdt hst gmt utc bst cet cest
    eet eest ist jst aest aedt nzst nzdt sast wat msk
""")
# The same words in French, Spanish, Portuguese, German, Italian and Dutch: a date line's
# words only (some are surnames too, "Le", "Mai", so a byline's names keep them).
_DATE_LINE_WORDS = _STAMP_WORDS | word_set("""
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    lundi mardi mercredi jeudi vendredi samedi dimanche le à h mis jour publié modifié
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre
    diciembre lunes martes miércoles jueves viernes sábado domingo de del a las actualizado publicado
    janeiro fevereiro março maio junho julho setembro outubro dezembro segunda terça quarta
    quinta sexta feira às em atualizado atualizada publicada
    januar februar märz juni juli oktober dezember montag dienstag mittwoch donnerstag freitag
    samstag sonntag um uhr aktualisiert veröffentlicht stand
    gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre lunedì martedì
    mercoledì giovedì venerdì sabato domenica alle ore aggiornato pubblicato il
    januari februari maart mei augustus maandag dinsdag woensdag donderdag vrijdag zaterdag
    zondag om bijgewerkt gepubliceerd
""")


_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")


_GLUED_WORDS = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_GLUED_PAIR = re.compile(r"[a-zA-Z][A-Z]")  # in every line _GLUED_WORDS parts (a quicker search)


def is_stamp_or_data_line(line):
    """A line with no words of its own: a date/time stamp, a price or ticker line, a divider.

    These only ever stand alone; inside a hard-wrapped paragraph a line like "2011." is
    story text, so callers check that the line does not continue a sentence.
    """
    if len(line) > 90:
        return False
    if not _DIGIT.search(line):
        return not (line[:1].isalpha() or _LETTER.search(line))  # "* * *"; any word without a figure is text
    # a copy may glue two stamps together: "18.54 GMTLast modified on …"
    lowered = (_GLUED_WORDS.sub(" ", line) if _GLUED_PAIR.search(line) else line).lower()
    if ".m." in lowered:
        lowered = _DOTTED_AM_PM.sub(r"\1m", lowered)
    words = _WORD.findall(lowered)
    if not words:
        return True  # "61.37 -10.02 (-14.03%)"
    if all(word in _DATE_LINE_WORDS for word in words):
        return True
    # "HLVR 61.37 -10.02 (-14.03%)": stock tickers (capitals only) and figures
    tickers = _WORD.findall(line)
    return all(t.isupper() and len(t) <= 5 for t in tickers) and bool(_PRICE_OR_DECIMAL.search(line))


_WORD = re.compile(r"[^\W\d_]+")
_DOTTED_AM_PM = re.compile(r"\b([ap])\.m\.")
_PRICE_OR_DECIMAL = re.compile(r"[%$€£]|\d\.\d")


# A company name with its stock symbol as a line of its own: "Acme Corp. (NYSE: ACME)".
_TICKER_LABEL_RE = re.compile(r"[A-Z][\w.&’' -]{1,60} \(((NYSE|NASDAQ|Nasdaq|NYSEARCA|AMEX|TSX|LSE|OTC)\s*:\s*)?"
                              r"[A-Z]{1,5}(\.[A-Z]{1,2})?\)")

# A header over a list of links to other stories ("Most Read", "Trending now", "Related
# Coverage"): the story titles that follow it are page furniture too.
_LINK_LIST_HEADER_RE = re.compile(
    r"(most (read|popular|viewed|shared|emailed|commented)( (stories|articles|now|today|this week))?"
    r"|trending( now| stories| today| news| videos)?|popular( now| stories| today)?"
    r"|recommended( for you| stories| reading| articles| videos)?"
    r"|related (coverage|stories|articles|content|links|reading|news|videos|topics)"
    r"|more (stories|news|coverage|headlines|videos|to read|from [\w .’'-]{1,40}|interviews|features|columns"
    r"|opinion|analysis|explainers|reviews|podcasts|galleries|in [\w .’'-]{1,30}|on [\w .’'-]{1,30})"
    r"|(top|latest|featured|other|editor[’']?s?) (stories|news|headlines|picks|videos)|editor[’']?s picks"
    r"|you (may|might) (also )?(like|be interested in)|read (next|more|also)|also read|see also|up next"
    r"|what to read next|don[’']?t miss|further reading|keep reading|around the web|in case you missed it"
    r"|sponsored (stories|links)|from (our|the) (partners|network)|latest"
    # "More:", "More on: Taliban", "Most read in World News", "Explore further", "Recent articles"
    r"|more( on| about| in| from)?\s*:.{0,60}|more (on|about|articles in) .{1,40}"
    r"|most (read|popular|viewed|shared) (in|on) .{1,40}|(latest|more|top) in .{1,40}"
    r"|explore further|recent (articles|stories|posts)|other (people|readers) are reading"
    r"|people (also|are) (read|reading|viewed)|related (posts|items)|you (may|might) have missed)\W*",
    re.IGNORECASE)


_LINK_LIST_HEADERS = LinePatterns((_LINK_LIST_HEADER_RE.pattern,), re.IGNORECASE)  # (tried only where it could match)


def is_link_list_header(line):
    """True for the header of a list of links to other stories."""
    return _LINK_LIST_HEADERS.fullmatch_any(line)


def is_link_list_item(line):
    """A story title in a link list: a short line that does not end like a sentence.

    A line ending in a colon introduces the story's own list ("What you'll need:"), so it
    ends the link list.
    """
    return not has_terminal_punctuation(line) and not line.endswith(":") and len(line.split()) <= 20 \
        and split_caption(line) is None


def is_widget_line(line):
    return is_furniture(line) or is_data_widget_line(line)


def is_data_widget_line(line):
    """A widget line told by its figures and symbols: a date stamp, a price or ticker line, a
    company's stock symbol ("Acme Corp. (NYSE: ACME)")."""
    # (a ticker label holds " (" before its symbol)
    return is_stamp_or_data_line(line) or (" (" in line and bool(_TICKER_LABEL_RE.fullmatch(line)))


_BYLINE_NAME_SPLIT = re.compile(r"\s*(?:,|\band\b|\bAND\b|&)\s*")


# "Interview by Jo Li", "Words and photos by Jo Li": a credit naming the story's writers.
_WRITER_CREDIT_RE = re.compile(r"(?:interview(?:ed)?|words|text|story|reporting|analysis|commentary|opinion|review"
                               r"|essay|column|profile|explainer)( and \w+)? by:? (?P<names>.+)",
                               re.IGNORECASE)


def find_bylines(lines, *, limit=12):
    """Reporters' names from a byline near the top, in order.

    "By Jane Doe and John Roe" (with a date or handle after it), "Interview by Jane Doe",
    "Jane Doe | Staff Writer" and "Jane Doe, Reuters".
    """
    seen = 0
    for line in lines:
        if not line:
            continue
        seen += 1
        if seen > limit:
            break
        names = _byline_names(line)
        if names is not None:
            candidates = [n.strip() for n in _BYLINE_NAME_SPLIT.split(names) if n.strip()]
            # Some sites set bylines in capitals: "BY MARIA GARCIA".
            candidates = [n.title() if n.isupper() else n for n in candidates]
            return [n for n in candidates if looks_like_person_name(n)]
    return []


def _byline_names(line):
    bio = _BYLINE_BIO_RE.fullmatch(line)
    if bio and looks_like_person_name(bio.group("name")):
        return bio.group("name")
    if has_terminal_punctuation(line) and not _is_byline_with_stamp(line):
        return None
    if _BYLINE_RE.fullmatch(line):
        return line.split(" ", 1)[1].split(" | ")[0]
    if _is_byline_with_stamp(line):
        tokens = _GLUED_HANDLE_RE.sub(" @", line).split()[1:]
        names = []
        for token in tokens:
            if not _NAME_TOKEN.fullmatch(token.rstrip(",;|")):
                break
            names.append(token.rstrip(",;|"))
        # The stamp's month may trail the names: "Jo Li July 10, 2025".
        while names and names[-1].lower().rstrip(".") in _STAMP_WORDS:
            names.pop()
        return " ".join(names)
    credit = _WRITER_CREDIT_RE.fullmatch(line)
    if credit:
        return credit.group("names")
    if _is_byline_with_role(line) or _is_byline_with_agency(line):
        return re.split(r" \| |, ", line.removeprefix("By "), maxsplit=1)[0]
    return None


_AGENCY_NAME_WORDS = WIRE_SERVICES | word_set("associated press agence france-presse news wire")


def _is_byline_with_agency(line):
    # "Jo Li, Reuters", "By Jo Li and Al Roe, Associated Press": reporters' names and a news agency.
    names, _, agency = line.removeprefix("By ").rpartition(", ")
    first = agency.split(None, 1)[:1]
    if not first or first[0].lower() not in _AGENCY_NAME_WORDS:
        return False  # (the first word tells most lines without the rest of the line)
    words = agency.lower().split()
    return all(word in _AGENCY_NAME_WORDS for word in words) and bool(names) and all(
        map(looks_like_person_name, _BYLINE_NAME_SPLIT.split(names)))


# A byline's opening word, in the languages news pages are written in most.
_BYLINE_WORD = re.compile(r"(?:by|par|por|von|door|di|af|av)\b:?", re.IGNORECASE)
_CLOCK_ENDS = ("a.m.", "p.m.")  # "By Jo Li on Monday, May 4, 2025 at 11:08 a.m."
# A date: a day's or month's name next to a figure ("Oct 4", "4 October", "Yahoo FinanceOctober
# 13, 2016"), a clock time or a date in figures ("11/19/2019"); a title may hold a month and a
# figure apart ("4 Things to Do in October").
_DAY_OR_MONTH = "|".join(sorted(DAYS_AND_MONTHS, key=len, reverse=True))
_DATE_RE = re.compile(
    r"(?:\b|(?-i:(?<=[a-z])(?=[A-Z])))(?:%s)\.?,? \d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\.? (?:of )?(?:%s)\b|\d:\d\d"
    r"|\b\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})\b|\b\d{4}-\d\d-\d\d\b" % (_DAY_OR_MONTH, _DAY_OR_MONTH), re.IGNORECASE)


def is_byline_or_date(line):
    """A byline ("By Jo Li") or a date or time: what stands under a story's title.

    A share button or a menu label is furniture too, but stands anywhere on a page.
    """
    if _BYLINE_WORD.match(line):
        return len(line.split()) <= 14 and (not has_terminal_punctuation(line) or line.endswith(_CLOCK_ENDS))
    return bool(_DIGIT.search(line)) and (is_stamp_or_data_line(line) or is_furniture(line) or (
        len(line.split()) <= 14 and bool(_DATE_RE.search(line))))

"""The whole-line patterns of a page's widgets: ad markers, share, print and save buttons, comment
and sign-up prompts, links of the site's own, date lines, credits, in English and other languages.

``furniture.is_furniture`` asks them of every line, with the bylines, handles and job lines it
tells itself; so it does the rows told by their words rather than by one pattern: a site's
menu or its own links run together, a row of like buttons.
"""

import re

from .captions import ARCHIVE_PHOTO_PATTERN
from .linklists import MAY_INTEREST_YOU
from .text import has_terminal_punctuation
from .words import FOREIGN_TAG_LABELS, SECTION_WORDS, SITE_LINK_WORDS, TAG_LABELS


# "Story continues below advertisement": the page's word that the story goes on past what stands there.
STORY_GOES_ON_RE = re.compile(
    r"(the )?(story|article|text|content) continues( (below|after)( (this|the))?( advertisement| ad)?)?\W*",
    re.IGNORECASE)

# Page boilerplate, one generic pattern per kind of widget. Each must match a whole line
# (case-insensitive). Boilerplate shows up mid-story as well as at the end.
FURNITURE_PATTERNS = (
    # a press release's sender and its contacts: "News provided by", "Media Contact:", "For more
    # information, please contact:"
    # (a bare "Contact" is the site's link, among its other links in a footer)
    r"news provided by\W*|(media|press|investor|news) (contacts?|enquiries|inquiries)( information)?\s*:?"
    r"|(contacts?|enquiries|inquiries)( information)?\s*:",
    r"for (more|further) information,? (please )?contact\W*|for (media|press) (inquiries|enquiries),?( please)?"
    r"( contact)?\W*",
    # advertising
    r"(advertisement|advertising|ad|sponsored( content)?|paid (content|post)|promoted|sponsor message)\W*",
    STORY_GOES_ON_RE.pattern,
    r"(continue|keep|scroll to continue|scroll down to continue) reading\W*( below\W*)?",
    r"(continue|keep) reading (the )?(main |full |rest of the )?(story|article)\W*( below\W*)?",
    r"scroll (down )?to continue.{0,40}|scroll down (to read more|for more)\W*",
    r"skip (ad|advertisement)\W*",
    r"(advertisement|advertising|ad)\W+(scroll|continue|story|article|feedback)\b.{0,40}",
    # comment widgets
    r"join the (conversation|discussion)\W*",
    # a box that asks for readers' comments: "Your thoughts on the match"
    r"your (thoughts|views|comments) on [^.!?]{3,80}",
    r"(looking for|view|show|hide|load|loading|see|read|leave|post|add|write|open|jump to|go to|skip to)"
    r" (the |all |a |an |\d+ )?(comments?|repl(y|ies)|conversation)\W*",
    r"(\d[\d,]* )?(comments?|replies|conversation|discussion)\W*( ?\(?\d[\d,]*\)?)?",
    r"(comments?|commenting)( (for|on) (this|the) (entry|post|article|story|page))? (are|is|have|has)( now)?"
    r"( been)?( now)? (closed|disabled|turned off|moderated|moved).*",
    r"(log|sign) in to (comment|reply|join).*",
    r"(?=.*\bcomment(s|ing)?\b)(?=.*\b(click|tap|buttons?|scroll (up|down))\b).{0,250}",
    # readers' reactions counted: "12 Likes ·", "2 Restacks", "1.2K claps"
    r"\d[\d,.]*k? (likes?|restacks?|reposts?|shares|reactions?|claps|upvotes?|hearts?)\W*",
    # sharing
    r"share( this| the)?( article| story| page| post| video| link)?( (on|via|with|to|in) (your )?\w+( \w+)?)?\W*",
    r"share (it|this|this (article|story|post|page)) with (a friend|friends|your friends|others|family)\W*",
    # the button with the title it shares: "Share this Story : Rural bus route to be replaced …"
    r"share this (article|story|page|post)\s*:\s*.{1,200}",
    r"(facebook|twitter|x|x\.com|email|e-mail|copy( the)? link|link copied|copied|print|linkedin|whatsapp"
    r"|reddit|pinterest|google|instagram|youtube|tiktok|threads|bluesky|flipboard|messenger|telegram|tweet|pin it|more( sharing)?"
    r" options|save( (article|story))?|gift( this)? (article|story)|listen( to this (article|story))?"
    r"|share (the )?full (article|story))\W*",
    # a row of them: "Facebook Twitter Google+ Whatsapp"
    r"((facebook|twitter|x|google\+?|whatsapp|linkedin|pinterest|telegram|messenger|reddit|e-?mail)\W*){2,8}",
    # a player's label with the reading's length: "Listen to this article · 5:12 min Learn more"
    r"listen to this (article|story)\W+\d{1,2}:\d\d( min)?( learn more)?\W*",
    r"\d+ min(ute)?s? (read|listen)\W*|reading time\s*:?\s*\d+ (min(ute)?s?|seconds?)\W*",
    # a story's tools, run together or not: "Email to a friendPrinter friendly", "Printer-friendly version
    # Email-a-friend Respond", "Send to Friend", "del.icio.us Digg it", "IM on Yahoo", "Story Tools"
    r"(((e-?mail|send|refer)( (this|it))?( (story|article|page))? to (an? )?(friend|colleague)|e-?mail-a-friend"
    r"|print(er)?[- ]friendly( version| page)?|print this (story|article|page)|respond|digg( this| it)?|del\.icio\.us"
    r"|newsvine|stumbleupon|stumble (it|this)!?|technorati|yahoo! buzz|im (on|via) (yahoo|aim|msn|aol)|im (this|it)"
    r"|font( size)?\s*:\s*[*+-]?|(story|article) tools)\W*){1,6}",
    # a bookmarking service's button: "Add to Del.icio.us", "Add to My Yahoo!", "Add to Google"
    r"add (this |it )?to (del\.icio\.us|delicious|digg|google( reader| bookmarks)?|my ?yahoo|yahoo( bookmarks)?|my ?msn"
    r"|my ?aol|netvibes|newsvine|reddit|stumbleupon|technorati|favou?rites|bookmarks|reading list|pocket|instapaper)\W*",
    # a search box's label, a site's offer to be the reader's start page, the letters page's link
    r"(quick|advanced|site|full) search\W*|make (us|this( site| page)?|[\w.]{2,30}) your (home ?page|start page)\W*",
    r"(send|write|submit|email) (a |us a )?letters? to the editors?\W*",
    # the site's own advertising desk: "Advertise with us", "Advertise on the Harbor Ledger"
    r"advertise( (with|on|in) [^.!?]{1,40}| here| now)?\W*",
    # a reprint's order link, a post's tag line
    r"((order|buy|purchase|request) )?reprints?( (and|&) permissions)?\W*",
    r"this (entry|post|article|story) (was|is) (tagged|filed)\b.{0,200}",
    # the page's text size buttons: "Increase text size", "Font Size", "Diminuir fonte"
    r"(increase|decrease|reduce|enlarge|shrink|reset|aumentar|diminuir|reduzir)( the| a| o)? (text|font|fonte|type|letra)"
    r"( size| tamanho)?\W*|(text|font|type) size\W*",
    # a byline run together with the post's tags: "by Jo Li (Staff) 0 comments Filed Under: Ferries, Harbor"
    rf"by (?-i:[A-Z])[^:.!?]{{2,80}}?\b({TAG_LABELS})\s*:.{{0,200}}",
    # a wire service's name on a line of its own, under the byline
    r"(the )?(associated press|press association|press trust of india|agence france[- ]presse|canadian press"
    r"|australian associated press|united press international)\W*",
    # a photo's own controls: "View larger image", "Buy a copy of this picture.", "Enlarge this photo"
    r"(view larger|enlarge( this)?|buy( a copy of)? this|buy) (image|photo|picture)( (here|now))?\W*",
    # a comment count's label and a help link: "Talkbacks for this article: 28", "What's this?"
    r"(talkbacks?|comments?|responses?) (for|on|to) this (article|story|post)\s*:?\s*\(?\d*\)?\W*|what['’]?s this\?",
    r"send us your (comments|views|thoughts|photos|pictures|videos)\W*",
    # where the story came from and who wrote for whom, on a line of its own: "Article from: Harbor
    # News Agency", "Special to the Harbor Ledger", "All Jo Li articles"
    r"(article|story|report) (from|courtesy of)\s*:\s*.{1,60}|special to (the )?(?-i:[A-Z])[^.!?]{1,50}",
    r"(all|more) ((?-i:[A-Z])[\w.’'-]* ){1,4}(articles|stories|columns|posts)\W*",
    # a text-size switch and a search box, copied with their buttons: "Size: large | normal", "Search: [ Go ]"
    r"(text |font )?size\s*:\s*(small|normal|medium|large|larger)(\s*\|\s*(small|normal|medium|large|larger))+\W*",
    r"search\s*:?\s*\[\s*go\s*\]",
    # a breadcrumb under its label: "You are here: Home > News"
    r"you are here\s*:.{1,150}",
    # "Comments (No comments posted.)", "• Discuss this story on the league's message board..."
    r"comments?\s*\(\s*no comments( (posted|yet))?\.?\s*\)|(•\s?)?discuss this (story|article) (on|in) .{3,80}",
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
    # a sign-up box's own words: "We have more newsletters", "Show me", "Invalid Email", "Join our
    # WhatsApp community for the latest news"
    r"(we have more newsletters|show me|invalid e-?mail( address)?|(please )?enter a valid e-?mail( address)?)\W*",
    r"join (us on |our )?(whatsapp|telegram)( community| channel| group)?\b.{0,80}",
    r"you('re| are) (now )?(signed up|subscribed).*",
    r"((your|enter your) )?(e-?mail( address)?|privacy policy|terms of (use|service)|submit|log ?in|sign ?in|log ?out"
    r"|already (a subscriber|have an account)\?.*|create (an? )?(free )?account)\W*",
    # an account's links run together: "Sign in / Sign up", "Log in or sign up", "Login Register"
    # (one way to read the space between two links: a line of them repeated is not tried every way)
    r"(log ?in|sign ?in|sign ?up|register|join|create (an? )?(free )?account)((\s*(/|\||or|and|&)\s*|\s*)(log ?in"
    r"|sign ?in|sign ?up|register|join( now| free)?|create (an? )?(free )?account))+\W*",
    r"support (local |our |independent )?journalism.*",
    # a site's plea on a line of its own: "Please support local shops!", "Please disable your ad blocker"
    r"please (support|visit|like|follow|donate|consider|disable|enable|turn off|whitelist|allow)\b[^,.;:]{0,60}[!.]?",
    r"this site is protected by recaptcha.*",
    # links, promotions, media-player chrome
    # "Read more: title", "Most Read" — a link label alone or before a colon, not "Most read books …"
    r"(read more|read also|also read|see also|more on this|recommended( for you| stories)?"
    r"|most (read|popular|viewed)|trending( now)?|you (may|might) also like|up next"
    r"|what to read next|don'?t miss)(\s*[:|»›>–—-]\s*.{0,200}|\W*)",
    r"more from [^.?!]{0,60}|(read|see) more about [^.?!]{1,60}",
    # another story's or a video's link under its label: "Read: Fares rise again", "Watch: The ferry at dawn"
    r"(read|watch|listen|related)\s*:\s*[^.!?]{1,150}",
    # a video's link in other languages: "VIDÉO. Brévinac : les salariés bloquent l'usine", "Vídeo: veja como …"
    r"(vidéos?|vídeos?|videos?)\s*[.:|]\s+[^.!?]{5,150}",
    # the marker a page sets between a story's paragraphs, where an ad was
    r"article content",
    # the same link set in brackets inside the story: "[Read more: Fares rise again]", "(SEE ALSO: …)"
    r"[\[(]\s*(read( more| also)?|also read|see( also)?|watch|listen|related( stories| story| articles?)?)"
    r"\s*:\s*[^\])]{1,150}[\])]",
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
    # a way back through the site: "Back to main menu", "Return to top", "« Back to Harbor Home", "Go to Harbor News"
    r"([«‹←] ?)?(back|return|go back|go) to (the )?((?-i:[A-Z])[\w.&’'-]* ){0,3}"
    r"(main menu|menu|top|home( ?page)?|start|index|overview|list|all \w+|news|front page|blog|forums?|archives?)\W*",
    # a page's skip links: "Skip to main content", "Jump to navigation Jump to search", "Skip to Right rail"
    r"((skip|jump)( directly)? to (the )?(main |site |section |related |right |left |next )?(content|navigation|main|article"
    r"|story|index|search|footer|menu|links|rail|paragraph)\W*)+(skip navigation)?\W*",
    # where the writer reported from, under the byline: "Reporting from Harbor City, Ore."
    r"reporting from (?-i:[A-Z])[\w’'-]*\.?(,? (?-i:[A-Z])[\w’'-]*\.?){0,5}"
    r"( and (?-i:[A-Z])[\w’'-]*\.?(,? (?-i:[A-Z])[\w’'-]*\.?){0,4})?",
    # a gallery's caption set again under its counter, and the licence link after it: "[1/2]Crews
    # board the ferry … Purchase Licensing Rights, opens new tab"
    r"\[\d{1,2}/\d{1,2}\]\S.{10,500}|purchase licensing rights(, opens new tab)?\W*",
    # the same links run together with the page's next labels: "Skip to contentSkip to site
    # indexSearch & Section Navigation"
    r"skip to (main )?content(?=skip to)\S.{0,100}",
    r"(skip|jump) to\s*:\s*(navigation|search|content)(\s*,\s*(navigation|search|content))*\W*",
    rf"({TAG_LABELS}|more about)\s*:.{{0,200}}",
    # who checked or edited the text: "Medically reviewed by Jo Li, MD", "Edited by: Ana Lima"
    r"(?!.*[.!?]$)((medically|clinically|fact) )?(reviewed|fact-checked|checked|edited)( and \w+)? by:?"
    r" (?-i:[A-Z]).{1,100}",
    r"(report (an? )?(error|typo|correction)|contact us|send us a (news )?tip|(got|have) a (news |story )?tip\?).*",
    # an author box: "Jo Li is a reporter for the Ledger. Reach her at jli@ledger.com."
    # (or "… He may be reached at jli@ledger.com.", "Reach her at 555-0147.")
    r"(?=.*([\w.+-]+@[\w-]+\.[a-z]{2,}|@\w{2,}|\d{3}[-. ]\d{4}))(?=.*\b((reach|contact|e-?mail|write to|follow)\s+"
    r"(him|her|them|me|us|the (reporter|writer|author|editor|newsroom)|[A-Z]\w+ (at|on))|(can|may) be (reached|contacted)"
    r" (at|on|by|via))\b).{0,250}",
    # a comment prompt inside a sentence or two: "We want to hear from you. Join the discussion below."
    r"(?=.*\b((join|start) the (discussion|conversation) (below|here)|leave a comment|in the comments"
    r"( section)?( below)?)\b).{0,200}",
    r"(print|email|e-mail|save|bookmark) (this )?(page|story|article|for later)\W*",
    r"(follow|following|unfollow)( us)?\W*|follow @\w+.*",
    # "Follow Jo Li on Twitter", "Contact the author", "Got a story? Email us"
    r"follow (?-i:[A-Z])[\w.’'-]+( (?-i:[A-Z])[\w.’'-]+){0,2} on (twitter|x|facebook|instagram|linkedin|threads"
    r"|bluesky|mastodon)\W*|contact the (author|writer|reporter)\W*|got a (news |story )?(tip|story)\?.{0,40}",
    # a blog's own chrome: "Posted by Jo Li" (or by "D"), "Posted in News, Harbor", "Cancel reply", "Search for:",
    # "Entries feed", "Proudly powered by WordPress", a comment form's "Name *"
    r"posted by (?-i:[A-Z])[\w.’'-]*( (?-i:[A-Z])[\w.’'-]+){0,3}( on .{4,40})?|posted in [^.!?]{1,120}"
    r"|cancel reply|search for\s*:|(entries|comments) (feed|rss)|(proudly )?powered by [\w. -]{2,40}"
    r"|theme( by|\s*:) [\w. -]{2,40}|(name|e-?mail|website|comment)\s*\*"
    # the host's or sponsor's label left alone, its logo not copied: "Hosted by", "Powered by";
    # a blog's trackback address, the site's sister sites
    r"|(hosted|powered|presented) by\W*|trackback url( for this (entry|post))?\s*:.{0,200}"
    r"|visit our sister (sites?|publications?|papers?)\b.{0,200}",
    # a photo's caption under its label: "Caption: The band on stage in 2031"
    r"((photo|image|picture) )?caption\s*:.{1,300}",
    # the text's size and layout controls: "[-] Text [+]", "Font Scale: A A A", "| Single Page |"
    # (each opens on a character of its own: a pattern that may open on any is tried on every line)
    r"\[[-–]\]\s*(text|font|a)\s*\[\+\]\W*|[-–]\s*(text|font)\s*\+\W*",
    r"(font|text) (scale|size)\s*:?\s*((a|decrease|increase|smaller|larger|reset)\s*){1,3}[-+]?\W*",
    r"\|?\s?single page( view)?\s?\|?",
    # the page's controls: "Show more", "Load more", "Top of page", "Open navigation", "Sign in to save"
    r"(show|load|view) more\W*|top of (the )?page\W*|(open|close|toggle) (the )?(navigation|menu|search)\W*"
    r"|sign in to (save|read|comment|continue|e-?mail|print|share)( or (save|e-?mail|print|share))?( this)?\W*"
    r"|read (the )?full (article|story)\W*",
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
    # (or a dash after the label: "VIDEO – Il taglio del nastro")
    r"(watch|video|vídeo|vidéo|listen|podcast|gallery|photos)( now)?(\s*:|\s+[–—-]\s).{0,120}",
    r"(listen|play|watch)\W{0,3}(\d+:\d+|\d+ min(ute)?s?).{0,20}",
    r"(follow|like) us on .*",
    r"(download|get|open in) (our|the) .{0,30}app\W*.*",
    r"(copyright|©).{0,150}",
    r"all rights reserved.*",
    r"((image|photo|slide|video|picture) )?\d+ ?(of|/|of /) ?\d+",
    # a weather box: "52°", "Temperature: 25°", "Currently: Clear", "Full Forecast"
    r"((temperature|temp|currently|now|high|low|feels like)\s*:?\s*)?-?\d{1,3}\s*°\s*[fc]?\W*"
    r"|currently\s*:\s*[^\W\d_]+( [^\W\d_]+)?|(full|extended|\d{1,2}-day|hourly) forecast\W*",
    # how to reach the writer: "Reach Ana Lima: alima@example.org; Twitter: @alima", "Email Ana Lima at …"
    r"(reach|contact|e-?mail|write to) [^.!?@]{2,60}?(\s+(at|on|via))?\s*:?\s*[\w.+-]+@[\w-]+\.[\w.]+.{0,80}",
    # a player's countdown to the video it loads: "Your video will play in 00:25"
    r"(your )?(video|clip|story|ad) (will )?(play|begins?|starts?|resumes?) in \d{1,2}(:\d\d)?( s(ec(ond)?s?)?)?\W*",
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
    r"(anzeige|werbung|publicité|publicidad|pubblicità|publicidade|advertentie)\W*"
    # "Weiterlesen nach der Anzeige", "La suite après cette publicité", "Continúa después de la publicidad"
    r"|(weiterlesen|lesen sie weiter|weiter) nach (der|dieser) (anzeige|werbung)|la suite après (cette|la) publicité"
    r"|(continúa|sigue) (después de|tras) la publicidad|l'articolo continua (sotto|dopo la pubblicità)"
    r"|((o )?artigo )?continua (depois|após|a seguir) (da|à|a) publicidade|lees verder (na|onder) de advertentie",
    # a photo's own label alone: "Illustratiebeeld", "Symbolbild", "Photo d'illustration"
    ARCHIVE_PHOTO_PATTERN,
    # another story's link under its label: "Lire aussi : …", "Lesen Sie auch: …", "Leggi anche: …"
    r"((à )?lire aussi|lire également|lesen sie (auch|mehr)|mehr dazu|leggi anche|lee también|lea también"
    rf"|vea también|leia também|veja também|lees ook|lees meer|{MAY_INTEREST_YOU}|ti potrebbe interessare"
    r"|das könnte sie (auch )?interessieren|à voir aussi|voir aussi|pode interessar|ook interessant)"
    r"\s*[:|.]\s*(?:[^.!?]|(?<=\d)\.(?=\d)){1,150}",  # (a figure's stop is none: "1.200 famiglie")
    r"((diesen )?(artikel|beitrag) )?teilen|partager( (cet |l')article)?|compartir( (este|el) art[ií]culo)?|compartilhar"
    r"|(compartilhe|partilhe)( (este|o) artigo)?|condividi( (questo |l')articolo)?|((dit )?artikel )?delen|deel dit artikel"
    r"|sdílet( článek)?"
    r"|(auf|sur|en|su|no|op) (facebook|twitter|x|whatsapp|linkedin|telegram|pinterest|e-?mail)"
    r" (teilen|partager|compartir|condividi|compartilhar|delen)\W*"
    r"|(partager|compartir|compartilhar|partilhar|condividi|teilen|delen)( (sur|en|no|na|su|auf|op|via|per|por))?"
    r" (facebook|twitter|x|whatsapp|linkedin|telegram|pinterest|e-?mail|bluesky|threads|messenger)\W*"
    # a gallery's counter and its button: "Foto 1 di 8", "Bild 3 von 12", "Sfoglia la gallery"
    r"|(foto|bild|photo|image|imagen|imagem|immagine|afbeelding) \d{1,3} (di|von|sur|de|van) \d{1,3}"
    # a gallery's label and its count: "FOTO", "12 foto", "8 Bilder", "Galería de fotos"
    # (not "Galerie", "Galería" alone: a gallery of art is news too)
    r"|fotos?|vid[eé]os?|vídeos?|galer[ií]a de fotos|fotogalerie|bildergalerie|fotogallery|fotogalerij"
    r"|\d{1,3} (foto|fotos|photos|bilder|immagini|imágenes|imagens|afbeeldingen|foto's)"
    r"|sfoglia la gallery|zur (bilder)?galerie|(bilder)?galerie ansehen|voir (la )?galerie|ver (la )?galería"
    r"|ver (a )?galeria"
    r"|bekijk (de )?(foto'?s|galerij)"
    r"|(drucken|artikel drucken|imprimer( cet article| l'article)?|imprimir|stampa|afdrukken|printen"
    r"|envoyer( par (e-?mail|courriel))?|courriel|per e-?mail (senden|versenden)|enviar por (e-?mail|correo)|invia per e-?mail)\W*",
    # skip links: "Zum Inhalt springen", "Aller au contenu", "Ir para o conteúdo [1]", "Перейти к контенту"
    r"((direkt )?zum (inhalt|hauptinhalt)( springen)?|aller au contenu( principal)?|passer au contenu( principal)?"
    r"|ir al contenido( principal)?|saltar al contenido( principal)?|vai al contenuto( principale)?|salta al contenuto"
    r"|(ir|saltar|passar|pular) para o conteúdo( principal)?|naar (de )?(hoofd)?inhoud( gaan)?"
    r"|перейти к (контенту|содержимому|содержанию))"
    r"\W*(\[\d+\])?",
    r"(endereço da página|adresse de la page|dirección de la página|indirizzo della pagina)\s*:?\s*\S{1,200}",
    # "Klicken Sie hier, um weitere Nachrichten zu finden:", "Wie bewerten Sie diesen Artikel? sehr gut 1 2 3 …"
    r"(klicken sie hier|cliquez ici|haga clic aquí|clicca qui|clique aqui)\b.{0,150}"
    r"|(wie bewerten sie|comment évaluez-vous|bewerten sie) .{0,60}\?.{0,60}",
    r"(zurück zu[rm]? (übersicht|startseite|hauptmenü|menü)|retour (à l'accueil|au menu|en haut)|volver (al inicio|al menú"
    r"|arriba)|torna (alla home|al menu|su)|voltar (ao início|ao menu|ao topo)|terug naar (boven|home|het overzicht))\W*",
    r"(weiterlesen|mehr lesen|lire la suite|lire plus|seguir leyendo|continuar leyendo|continua a leggere"
    r"|continue lendo|continuar lendo|leia mais|leia também|verder lezen)\W*",
    r"((jetzt|newsletter) )?abonnieren|abonnez-vous|s'abonner|suscr[ií]bete|suscribirse|abbonati|assine( já)?"
    r"|subscrever"
    r"|abonneren\W*",
    # share, save, listen, comment and type-size buttons: "Jetzt teilen", "Link kopieren", "Artikel merken",
    # "Vorlesen", "Réagir", "Schriftgröße"
    r"((jetzt|per (whatsapp|e-?mail|mail|facebook|twitter|x|sms)) teilen|link kopieren|copier le lien|copiar (el )?enlace|copiar (o )?link"
    r"|copia (il )?link|kopieer link|versenden|(artikel )?merken|sauvegarder( l'article)?|guardar( artículo)?"
    r"|vorlesen|(artikel )?(anhören|vorlesen lassen)|artikel zum hören|écouter (cet |l')article|escuchar (este |el )?artículo"
    r"|(beluister|luister naar) (dit|het) artikel|ouvir (este |o )?artigo"
    r"|oferecer (este |o )?artigo|offrir (cet |l')article|artikel verschenken|regalar (este |el )?artículo"
    r"|regala (l')?articolo|artikel cadeau geven|presentear (esta |a )?(matéria|reportagem)"
    r"|ascolta (l')?articolo|(jetzt )?kommentieren|leserkommentare|zum kommentarbereich|réagir|commenter|comentar"
    r"|commenta|schriftgröße|taille du texte|tamaño de (la )?letra|dimensione del testo)\W*",
    # (each of the next few its own pattern: one of many openings, added to the alternation above,
    # would try the whole of it on every line opening like it)
    # what a subscriber may give: "Assinantes podem presentear 7 acessos gratuitos por dia"
    r"(assinantes|subscribers|abonnenten|abonnés|suscriptores|abbonati|abonnees) (podem|can|können|peuvent"
    r"|pueden|possono|kunnen) [^.!?]{0,60}(presentear|gift|verschenken|offrir|regalar|regalare|cadeau doen)[^.!?]{0,60}",
    r"((normal|default|large|larger|very large|extra large|small|smaller|increase|decrease) )?(text|font) size\W*",
    # the buttons of a subscriber's account and its alerts: "Je m'abonne", "Déjà abonné ? Se connecter",
    # "Turn on notifications"; a kicker saying the story is for subscribers: "Abonnés"
    r"(je m'abonne|déjà abonnée? ?\?( ?(se connecter|connectez-vous))?|already a subscriber\?( ?(log|sign) in)?"
    r"|schon abonnent(in)?\?( ?(jetzt )?anmelden)?|¿ya eres suscriptor\?( ?inicia sesión)?|já é assinante\?( ?entrar)?"
    r"|turn on (breaking news )?(alerts|notifications)( straight to your phone)?"
    r"|abonnés|exclusivo para (assinantes|suscriptores)|nur für abonnenten|riservato agli abbonati)\W*",
    # the site's own links and controls: "Impressum", "Mentions légales", "Anmelden", "Mein Konto",
    # "Cookie-Einstellungen", "Seite 2 von 3", "Nächster Artikel"
    r"(impressum|datenschutz(erklärung|hinweise|einstellungen)?|agb|kontakt|mentions légales"
    r"|politique de confidentialité|aviso legal|política de privacidad|note legali|informativa (sulla )?privacy"
    r"|privacyverklaring|cookie-?einstellungen|paramètres des cookies|gérer les cookies|configuración de cookies"
    r"|impostazioni (dei )?cookie|(jetzt )?(kostenlos )?(anmelden|registrieren|testen)|abmelden|mein konto|se connecter"
    r"|connectez-vous|s'inscrire|inscrivez-vous|mon compte|abbonati ora|entrar"
    r"|iniciar sesión|registrarse|mi cuenta|accedi|registrati|inloggen|registreren|mijn account"
    r"|(nächster|vorheriger) artikel|article (suivant|précédent)|artículo (siguiente|anterior)"
    r"|articolo (successivo|precedente)|volgend artikel|vorig artikel|seite \d+ von \d+|page \d+ sur \d+"
    r"|página \d+ de \d+|pagina \d+ di \d+)\W*",
    # relative times, comment counts and forms, galleries and players, links up the page
    r"vor \d+ (minuten|stunden|tagen)|il y a \d+ (minutes?|heures?|jours?)|hace \d+ (minutos?|horas?|días?)"
    r"|\d+ (minuti|ore|giorni) fa|há \d+ (minutos?|horas?|dias?)|\d+ (minuten|uur|dagen) geleden",
    # a comment's stamp: "há 4 h", "Hace 3 h", "2 u geleden"
    r"(há|il y a|hace|vor) \d{1,2} ?(h|min|d|j|std\.?)|\d{1,2} ?(h|min|u) (fa|geleden)",
    # its buttons and the thread's sorting: "Responder", "Gosto 18", "Inicie sessão para comentar", "Mais recentes"
    r"responder|répondre|rispondi|antworten|reageer|(gosto|j'aime|me gusta|mi piace|gefällt mir|vind ik leuk) \d+"
    r"|(inicie sessão|inicia sesión|connectez-vous|accedi|melden sie sich an|log in) (para|pour|per|um zu|om te)"
    r" (comentar"
    r"|commenter|commentare|kommentieren|reageren)|mais (recentes|lidas|antigos)|más (recientes|leídas)"
    r"|plus (récents|lus)|più (recenti|letti)|meist ?gelesen|neueste|meest gelezen|nieuwste",
    r"(\d+ )?(kommentare?|commentaires?|comentarios?|commenti|comentários?|reacties)( ?\(\d+\))?\W*"
    r"|kommentar (verfassen|abgeben|schreiben)|diskutieren sie mit|(jetzt )?registrieren|newsletter-anmeldung"
    r"|zur merkliste( hinzufügen)?|zur mobilen ansicht|bilder ansehen|bildergalerie|video abspielen"
    r"|lesen sie mehr|mehr erfahren|en savoir plus|saber más|scopri di più|saiba mais|lees verder"
    r"|(zurück )?nach oben|seitenanfang|haut de page|volver arriba|torna su",
    # a player's label with its length, a download, a gallery's counter and arrows, a programme's
    # slot: "Video (02:47 Min.)", "Artikel anhören (6:12 Min.)", "Audio herunterladen (3,9 MB | MP3)",
    # "1 von 8", "Weiter", "Sendung: Regionalmagazin, 19:30 Uhr"
    # (each set apart: a pattern that may open on any word is tried on every line)
    r"((artikel|beitrag) )?(video|vídeo|audio|áudio|podcast|anhören|vorlesen|écouter|escuchar|ascolta|ouvir|luister)\w*"
    r"( [\w'’]+){0,3}\s*\(\d{1,2}:\d\d( ?(min\.?|minuten|minutes|minutos|minuti))?\)",
    r"([\w'’]+ )?(herunterladen|télécharger|descargar|scaricare|scarica|baixar|downloaden)( \([^()]{0,30}\))?",
    r"\d{1,3} (von|sur|de|di|van) \d{1,3}"
    r"|(weiter|zurück|suivant|précédent|siguiente|anterior|successivo|successiva|precedente|próximo|próxima|volgende"
    r"|vorige|voltar|volver|retour|terug|indietro)\W*|(sendung|émission|uitzending)\s*:.{0,80}"
    r"|((guarda|mira|regardez|assista|bekijk|sehen sie) (il |el |la |le |o |de |das )?)?(vídeo|vidéo|video)s?\W*",
    # a subscriber's buttons and a live page's labels, an embedded post's lines and a sign-up
    # form's fields: "Offrir cet article", "Vastgepind", "Een bericht gedeeld door …", "E-Mail-Adresse"
    r"(offrir cet article|ajouter à (vos|mes) sélections|(article )?réservé (à nos|aux) abonnés|nieuwste bovenaan"
    r"|oudste bovenaan|vastgepind|link kopiëren|meer laden|mehr laden|cargar más|carregar mais|carica altri"
    # "Plus d'articles de cette auteure", "Mehr Artikel dieser Autorin", "Más artículos de este autor"
    r"|(plus d'articles|mehr artikel|más artículos|mais artigos|altri articoli|meer artikelen)"
    r" (de cette |de cet |de l'|dieser |von dieser |von diesem |dieses |de este |de esta |deste |desta |dell'|di questo"
    r" |di questa |van deze )(auteure?|autrice|autorin|autors?|autora|auteur|giornalista|journaliste)"
    r"|live|live-?ticker|live-?blog|new|neu|nuovo|nouveau|nuevo|novo|nieuw|en direct|en vivo|ao vivo|in diretta|kostenlos abonnieren|gratis abonneren"
    r"|e-mail-adresse|adresse e-mail|dirección de correo( electrónico)?|endereço de e-mail|indirizzo e-mail|e-mailadres"
    # a consent dialog's and the newsroom's: "Wij waarderen je privacy", "Alleen noodzakelijke cookies", "Tip de redactie"
    r"|(we|wij) waarderen (je|uw) privacy|nous respectons votre vie privée|respetamos tu privacidad"
    r"|wir respektieren ihre privatsphäre|instellingen|paramètres|configuración|configurações|impostazioni"
    r"|(alleen|nur|seulement les|solo|apenas|solo i) (technisch )?(noodzakelijke|notwendige|nécessaires|necesarias|necessários"
    r"|necessari)( cookies?)?|ga naar (de )?(hoofd)?inhoud|tip (de|onze) redactie)\W*"
    r"|(view this post on|bekijk dit bericht op|voir cette publication sur|ver esta publicación en|ver esta publicação no"
    r"|visualizza questo post su|diesen beitrag auf) (instagram|facebook|x|tiktok)( ansehen)?\W*"
    # an embedded post's label and its button: "Publicación de Instagram de @club", "Ver en Instagram"
    r"|(publicación|publicação|publication|beitrag|bericht|post) (de |van |von |di )?(instagram|tiktok|facebook)"
    r"( (de|da|van|von|di))? @[\w.]{1,40}"
    r"|(ver|voir|bekijk|visualizza|view) (en|no|sur|op|su|on) (instagram|tiktok|facebook)|auf (instagram|tiktok) ansehen"
    r"|(a post shared by|een bericht gedeeld door|une publication partagée par|una publicación compartida de"
    r"|uma publicação compartilhada por|un post condiviso da|ein beitrag geteilt von) .{1,120}"
    r"|(laatste update|zuletzt aktualisiert|última atualização|ultima modifica)\s*:?\s*[^.!?]{0,40}\d[^!?]{0,20}",
    # a photo viewer's label: "Bild vergrößern", "Agrandir l'image"
    r"((bild|foto) )?vergrößern|agrandir( l'image| la photo)?|ampliar( (la )?(imagen|foto))?|ingrandisci( (la )?foto)?"
    r"|(afbeelding|foto) vergroten",
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
    # a sign-up box's field, heading and button: "Je e-mailadres", "Blijf op de hoogte", "Schrijf je in",
    # "S'inscrire à la newsletter"
    r"((je|uw|ihre|deine|votre|ton|tu|su|seu|o seu|la tua|il tuo|your) )?(e-mail-adresse|adresse e-mail"
    r"|dirección de correo( electrónico)?|correo electrónico|endereço de e-mail|e-mail|indirizzo e-mail|email"
    r"|e-mailadres|email address)",
    r"blijf op de hoogte|bleiben sie (auf dem laufenden|informiert)|restez informée?s?|mantente informad[oa]"
    r"|fique (por dentro|informad[oa])|resta aggiornat[oa]|stay (informed|up to date)|schrijf (je|u) (nu )?in"
    r"|(nu )?inschrijven",
    r"(s'inscrire|je m'inscris|inscrivez-vous|sign up|subscribe|anmelden|abonnieren|suscr[ií]bete|inscr[ií]bete"
    r"|iscriviti|inscreva-se|schrijf (je|u) in|aanmelden) (à|a|to|for|für|zur|zum|para|al|alla|voor|op)"
    r" (la |the |our |unseren? |nuestra |o |ao |nosso |la nostra |de |onze )?(newsletter|nieuwsbrief|infolettre|boletín)",
    # a player's buttons: "Voltar  Ver novamente", "Watch again"
    r"(voltar\s+)?ver novamente|volver a ver|revoir|erneut ansehen|rivedi|opnieuw bekijken|watch again",
    # the header over a story's topics: "Veja mais sobre:", "Lees meer over:", "Mehr zum Thema:"
    r"(veja mais sobre|leia mais sobre|lees meer over|meer over|mehr zu|plus sur|más sobre|leggi di più su|more on)\s*:",
    # an outlet's rows of its own accounts: "Follow the Valley Echo:"
    r"(follow|folgen sie|suivez|síguenos en|siga|seguici su|volg)( us| uns| nous| ons)?( [^:]{1,40})?\s*:",
    r"(suche|recherche|buscar|búsqueda|ricerca|zoeken|pesquisar?)\W*",
    r"(lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo de leitura|tempo di lettura|leestijd)\s*:?\s*\d+\s*\w*\.?"
    r"|(lecture|lectura|lettura)\s*:?\s*\d+\s*min\w*\.?"
    r"|\d+\s*min(\.|uten)? lesezeit|\d+\s*min\w*\.?\s+(de lecture|de lectura|di lettura)",
    # (with the account the photo came from after it: "Foto: Jo Weber Instagram: @joweber")
    r"(foto|fotos|bild|bilder|crédits? photo|imagen|immagine|afbeelding|фото)\s*:\s*[^.:!?]{1,60}"
    r"(\s[^\W\d_]{2,20}\s*:\s*@[\w.]{1,30}(,\s*@[\w.]{1,30}){0,5})?",
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


# The heading of a box of text advertisements, and the web address that closes each of its
# units (a title, a line of pitch, then "www.example.co.uk").
_AD_HEADER_RE = re.compile(r"(sponsored|paid) (links|results|listings)|ads by \w+|advertiser links", re.IGNORECASE)
_WEB_ADDRESS_RE = re.compile(r"(https?://)?[\w-]+(\.[\w-]+)*\.[a-z]{2,6}(/\S*)?", re.IGNORECASE)


def is_ad_header(line):
    """True for the heading of a box of text advertisements: "Sponsored Links", "Ads by Google"."""
    # (asked of every line: its first three letters tell almost all of them)
    return len(line) <= 30 and line[:3].lower() in _AD_HEADER_OPENINGS and _AD_HEADER_RE.fullmatch(line) is not None


_AD_HEADER_OPENINGS = frozenset(("spo", "pai", "ads", "adv"))


def is_web_address(line):
    """True for a line that is a bare web address ("www.example.co.uk", "Shop.Example.info")."""
    return len(line) <= 80 and " " not in line and "." in line and _WEB_ADDRESS_RE.fullmatch(line) is not None


_ROW_LABELS = 3  # a row of like buttons or a title the page set again: three copies or more
_BUTTON_RUNS = 4  # a row of buttons of unlike length: four at least
_BUTTON_WORDS = 6
_ROW_MIN_SPACES = 7  # three runs of three words, or four of two, at least


def is_repeated_label_row(line):
    """True for a row of like buttons or a title set again and again on one line.

    "Preview yellow theme Preview green theme Preview blue theme", "How to Shop How to Shop
    How to Shop": the line's first word opens three runs or more of as many words each (three
    or more: "The Good The Bad The Ugly" is a title), or four runs or more of two to six words
    ("Post to Fark Post to Digg this story Post to reddit Post to Facebook"), and the line ends
    on no stop and holds no comma. Runs led by a lowercase word or a figure ("0 files updated,
    0 files merged …") are a story's own text.
    """
    if line.count(" ") < _ROW_MIN_SPACES:
        return False  # (most lines are told here: a row holds eight words at least)
    first = line.split(" ", 1)[0]
    if not first.istitle() or not first.isalpha() or line.count(first) < _ROW_LABELS:
        return False
    words = line.split()
    starts = [index for index, word in enumerate(words) if word == first]
    if len(starts) < _ROW_LABELS or line[-1] in ".!?" or "," in line:
        return False
    size = starts[1]
    if size >= 3 and len(words) % size == 0 and starts == list(range(0, len(words), size)):
        return True
    # buttons of a few words each, led by the same word: "Post to Fark Post to Digg this story Post to …"
    runs = [end - start for start, end in zip(starts, starts[1:] + [len(words)])]
    return len(runs) >= _BUTTON_RUNS and min(runs) >= 2 and max(runs) <= _BUTTON_WORDS


_MENU_LINE_WORDS = 5
_MENU_LINE_SECTIONS = 3
_SITE_LINKS = 4
_MENU_WORD_RE = re.compile(r"[^\W\d_]+")


def is_section_menu(line):
    """A site's menu copied as one line: "Home News Business Sports Entertainment Travel",
    "NEWS SPORTS FORUMS BLOGS JOBS": most of its words name sections, none ends a sentence."""
    if len(line) > 200 or not line[:1].isupper() or " " not in line or has_terminal_punctuation(line):
        return False
    words = line.split(None, 2)
    if len(words) < 2:
        return False  # (a space at the line's end: a single word)
    first, second = words[:2]
    if first.lower() not in SECTION_WORDS and second.lower() not in SECTION_WORDS:
        return False  # (a menu names a section in its first two words: most lines are told here)
    words = _MENU_WORD_RE.findall(line)
    if len(words) < _MENU_LINE_WORDS or any(word[0].islower() for word in words):
        return False
    sections = sum(word.lower() in SECTION_WORDS for word in words)
    return sections >= _MENU_LINE_SECTIONS and 2 * sections >= len(words)


def is_site_links_row(line):
    """The site's own links run together, a small word or two between them ("Terms of Use"):
    two in three of its words and four at least name such links, none ends a sentence."""
    if len(line) > 200 or not line[:1].isupper() or has_terminal_punctuation(line):
        return False
    if line.split(None, 1)[0].lower() not in SITE_LINK_WORDS:
        return False  # (such a row opens on a link: most lines are told here)
    words = [word for word in _MENU_WORD_RE.findall(line) if not word.islower() or word.lower() in SITE_LINK_WORDS]
    links = sum(word.lower() in SITE_LINK_WORDS for word in words)
    return links >= _SITE_LINKS and 3 * links >= 2 * len(words)


# Links in a row with the same mark between them: "Home | About us | Contact | Advertise | RSS",
# "AP TOP HEADLINES · Ferry fares rise · Bridge shut · …", "Buy Tickets - Ferry Tickets - Bus
# Tickets - …". Five links or more, each of a few words not ending a sentence (between dashes,
# each capitalised, with no figure); a story's line with dashes or bars in it has fewer parts,
# or sentences or clauses between them ("he said - and she said - …"), and a list of dates run
# together ("July 30 – Tinley Park August 2 – Denver …") has figures.
_LINK_MARK_RE = re.compile(r" [·•|\\»–-] ")
_ROW_LINKS = 5
_ROW_LINK_WORDS = 10


def is_row_of_links(line):
    """Five links or more in a row on one line, parted by the same mark (a bar, a dot, a dash)."""
    marks = _LINK_MARK_RE.findall(line)
    if len(marks) < _ROW_LINKS - 1:
        return False
    mark = max(set(marks), key=marks.count)
    parts = [part.strip() for part in line.split(mark)]
    if len(parts) < _ROW_LINKS:
        return False
    dashes = mark.strip() in "-–"
    # (the last link may end the row with its mark or a stop: "… | RSS |", "… more topics »")
    return all(part and len(part.split()) <= _ROW_LINK_WORDS and not has_terminal_punctuation(part)
               and not (dashes and (not part[0].isupper() or any(map(str.isdigit, part)))) for part in parts[:-1])


# A player's label over its title, and its length or a label with it under the title: "Video" /
# "Storm hits the coast" / "2:14", "Guarda il video" / … / "00:47", "Audio" / … / "Audio (04:12 Min.)".
# (a gallery's too: "FOTO" over its title over "12 foto")
_PLAYER_LABEL_RE = re.compile(r"(video|vídeo|audio|áudio|podcast|watch|listen|guarda il video|mira el vídeo"
                              r"|fotos?|photos|gallery|fotogalerie|bildergalerie|fotogallery|galería de fotos"
                              r"|regardez|assista|video abspielen|bekijk de video|play video|reproducir( el)? vídeo"
                              r"|reproduzir( o)? vídeo|lire la vidéo|riproduci( il)? video|video afspelen)( now)?\W*",
                              re.IGNORECASE)
_PLAYER_LENGTH_RE = re.compile(r"(\w+ )?\(?\d{1,2}:\d\d(:\d\d)?( ?min\.?)?\)?"
                               r"|\d{1,3} (foto|fotos|photos|bilder|immagini|imágenes|imagens|afbeeldingen|foto's)",
                               re.IGNORECASE)
_PLAYER_TITLE_WORDS = 16


def is_player_title(lines, index):
    """Whether the line is a video's, a recording's or a gallery's title, set between the player's label and
    its length or count."""
    if not index or index + 1 >= len(lines) or not lines[index - 1] or not lines[index + 1]:
        return False
    line = lines[index]
    return len(lines[index - 1]) <= 20 and _PLAYER_LABEL_RE.fullmatch(lines[index - 1]) is not None \
        and _PLAYER_LENGTH_RE.fullmatch(lines[index + 1]) is not None \
        and not has_terminal_punctuation(line) and len(line.split(None, _PLAYER_TITLE_WORDS)) <= _PLAYER_TITLE_WORDS

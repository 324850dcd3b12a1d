"""Sentences about the site rather than the story: cookie and privacy notices, legal lines, pitches, comment forms.

A page says things about itself: that it uses cookies, that its material may not be
reproduced, that it may earn a commission, that this article appeared in print, that the
reader may subscribe, comment or share the story, that the player or the comments need a browser
it does not have. Such a paragraph is written in sentences, so it passes for story
prose; what gives it away is what its sentences are about. Each pattern names a kind of
notice in general words, never a site.
"""

import re

from .linepatterns import FOLDED_CLUES, LinePatterns, any_of, holds_any, needed_words
from .words import FOREIGN_TAG_LABELS, TAG_LABELS

_SITE_NOTICE_PATTERNS = (
    # cookies and privacy
    r"\bcookies?\b.{0,80}\b(use|uses|used|using|website|site|browser|experience|accept|consent|settings|opt)",
    r"\b(use|uses|using|accept|consent to|our|these|necessary|analytics|third-party|of) cookies\b",
    r"\b(our|this|the) (privacy|cookies?) (policy|notice|statement|settings|overview)\b|\buser agreement\b",
    # the same in other languages: "Utilizziamo i cookie per …", "Wir verwenden Cookies, um …"
    r"\b(verwenden|verwendet|nutzen|nutzt|setzen|setzt|utilizziamo|utilizza|utilizzano|utilisons|utilise|utilisent"
    r"|usamos|usam|utilizamos|utiliza|utilizan|utilizam|gebruiken|gebruikt)"
    r" (i |des |de |los |las |as |os |)cookies?\b"
    r"|\bcookies?\b.{0,80}\b(sito|navigazione|navegación|navegação|webseite|nutzung|utilisation|utilizzo|esperienza"
    r"|expérience|experiencia|experiência|website)\b",
    # a consent dialog, in the words such dialogs share across languages: "We and our 143
    # partners store and/or access information on a device", "Mit einem Klick auf „Alle
    # akzeptieren“ willigen Sie …", "Klik op ‘Akkoord’ als je daarmee instemt."
    r"\b(we|wir|nous|nosotros|noi|nós|wij) (and|und|et|y|e|en) (our|unsere|nos|nuestros|i nostri|os nossos|nossos"
    r"|onze) (\d+ )?(partners?|partenaires|socios|fornitori|parceiros) (store|access|process|speichern|verarbeiten"
    r"|greifen|stockons|accédons|traitons|almacenamos|accedemos|tratamos|archiviamo|accediamo|trattiamo|armazenamos"
    r"|acedemos|acessamos|slaan|verwerken)\b"
    r"|\b(click(ing)?|klick(en)?|clic|cliquant|cliquez|clique|clicando|cliccando|klik(ken)?) (on |auf |sur |en |em |su"
    r" |op )?[„“\"‘'«]\s?(accept|agree|alle akzeptieren|akzeptieren|zustimmen|einverstanden|tout accepter|accepter"
    r"|j'accepte|aceptar|acepto|accetta|accetto|aceitar|aceito|akkoord|alles accepteren|accepteren)"
    # "… dan plaatsen we alleen functionele en analytische cookies.", "Ihre Einwilligung können
    # Sie jederzeit … widerrufen."
    r"|\b(necessary|essential|functional|analytics?|analytical|notwendigen?|funktionalen?|analytischen?|functionele"
    r"|analytische|nécessaires|fonctionnels|analytiques|necesarias|técnicas|analíticas|necessari|tecnici|analitici"
    r"|necessários|funcionais|analíticos)( (and|und|et|y|e|en) \w+)? cookies?\b"
    r"|\b(consent|einwilligung|consentement|consentimiento|consenso|consentimento|toestemming)\b[^.!?]{0,100}"
    r"\b(withdraw|widerrufen|retirer|retirar|revocar|revocare|revogar|intrekken)\b",
    # legal lines
    r"(©|\bcopyright\b)\s?(\(c\)\s?)?\d{4}|(^|\s)(©|\(c\))\s?(copyright )?[\w.&' -]{1,60}\b(19|20)\d\d\b"
    r"|\ball rights reserved\b|\bmay not be (published|reproduced|broadcast|redistributed|copied)\b"
    r"|\bregistered trademarks?\b|\bprior written permission\b",
    r"[™®] is a (registered )?trade ?mark of\b",
    # a meter of free articles: "You’ve read 4 of 5 free articles this month", "4 articles gratuits sur 5"
    r"\b\d{1,2} (of|von|de|di|van) (your )?\d{1,2} (free|kostenlose[n]?|gratuit[oa]?s?|gratuiti|gratis)"
    r" (articles|stories|artikeln?|articoli|artículos|artigos|artikelen)\b"
    r"|\b\d{1,2} articles? gratuits? sur \d{1,2}\b|\bvous avez lu \d{1,2} articles? (offerts|gratuits)\b"
    r"|\bsave (articles|stories) for later\b"
    # and the offer after it: "Pour continuer à lire, profitez de notre offre : 1 € le premier mois."
    r"|\b(profitez de|découvrez) notre offre\b|\b(aproveite|conheça) (a )?nossa oferta\b|\baprovecha nuestra oferta\b"
    r"|\bapprofitta della nostra offerta\b|\bprofitieren sie von unserem angebot\b|\bprofiteer van ons aanbod\b",
    # the publisher's company number in its footer: "CNPJ: 83.102.459/0001-23", "P.IVA 01234567890"
    r"\b(cnpj|p\. ?iva|partita iva|ust-?idnr|siret|kvk|vat (no|number|reg\.?))\b\.?:?\s?(n[º°o]\.?\s?)?\d",
    r"\balle rechte vorbehalten\b|\btous droits réservés\b|\btodos los derechos reservados\b"
    r"|\btutti i diritti riservati\b|\btodos os direitos reservados\b|\balle rechten voorbehouden\b",
    # whose the text is and how it came: "Its content is the intellectual property of its
    # providers. Any copying is expressly prohibited.", "This story is fed directly from the
    # newswire and may contain errors.", "Disclaimer: This article is copyrighted by …"
    r"\b(content|material|text|articles?|stories) (is|are) the (intellectual )?property of\b"
    r"|\b(copying|republication|redistribution|reproduction|reuse)\b[^.]{0,80}\b(expressly|strictly) (prohibited|forbidden)\b"
    r"|\b(this|the) (news )?(article|story|material|content) is copyrighted\b"
    r"|\b(fed|sourced) direct(ly)? from (the |an? )?[^.]{0,40}\b(newswire|news agency|wire service)\b"
    r"|\bas an additional service to (our )?readers\b|^(disclaimer\s?:\s*(this|the) (news )?(article|story|content|site|website)\b|terms of (use|service)\s?:)"
    r"|\bkeine haftung für\b|\bohne gewähr\b|\b(contents?|site) copyright\b|\bcopyright ©\s?(?-i:[A-Z])"
    r"|\bif you have (any )?questions (regarding|about) (the )?(information in )?this (news )?(article|story)\b",
    # a local paper's own lines: "For complete area coverage pick up a newspaper copy at a store
    # near you.", "Come see us again."
    r"\bpick up a (news)?paper copy\b|\bfor complete (area )?coverage\b|\bcome (see|visit) us again\b"
    r"|(^|(?<=[.!?] ))a publication (of|by) (the )?[\w .&'-]{0,60}\b(group|company|media)\b"
    r"|\bour (online )?(news|site|edition) publishes\b",
    # the site and its readers
    r"\b(this|our) (web)?site\b|\b(this|our) (homepage|newsletter|app)\b"
    r"|\bour (morning|evening|daily|weekly|weekday|free) (e-?mail|briefing|newsletter)\b"
    # its app and its feed: "Download The Daily Meridian App to get daily updates.", "Catch all the
    # City News and latest updates on The Daily Meridian."
    r"|\bdownload (the |our )?[\w'’&. -]{0,40}\bapp\b|\bcatch all the\b.{0,80}\blatest (news|updates)\b",
    r"\bshare of (the )?(sale|revenue)\b|\bsupported by (its|our) (audience|readers)\b",
    # the article as a page: "A version of this article appears in print", "This story has been shared"
    r"\b(this|the) (article|story|post|page) (appears in print|appeared on page|has been shared|was last (edited|updated)"
    r"|is a continuation|was first published at\b.{0,40}\bupdated)|\bif you (enjoyed|liked) this\b",
    # a helpline under a story about hardship: "Need to talk? Call the Wellbeing Line free on 0800 555 017."
    r"\bneed to talk\?|\b(call|ring|text) (the )?[\w ]{0,40}\b(helpline|lifeline|samaritans|wellbeing line)\b.{0,40}"
    r"\d{2}[\d ]{2,}",
    # a form for readers' corrections: "Vous avez trouvé une erreur? Signalez-la-nous."
    r"\b(vous avez (trouvé|repéré) une (erreur|faute)|report an error"
    r"|fehler gefunden|¿encontraste un error|hai trovato un errore|encontrou um erro|fout gezien)\b",
    # a summary a machine wrote: "Résumé généré par l'IA, vérifié par la rédaction."
    r"\b(summary|résumé|resumen|zusammenfassung|riassunto|resumo|samenvatting) (generated|généré|generado|generiert"
    r"|generato|gerado|gegenereerd)\b.{0,30}\b(ai|ia|ki)\b",
    # sign-ups: "Subscribe to our newsletter", "You have been successfully subscribed"
    r"\b(sign up|subscribe|register) (for|to) (our|the) .{0,40}\b(newsletters?|e-?mails?|alerts|magazine|title)\b"
    r"|\b(successfully|now) subscribed\b|\bopt-in\b|\bnewsletter subscription\b",
    r"\b(comment data|community (rules|guidelines)|post limit|your comment)\b",
    # pitches: "The news that matters, delivered weekday mornings", "Click here to support it",
    # "Join our forums to keep talking", "Got a tip for us?"
    r"\b(news|stories|headlines|alerts|updates|reports)\b.{0,50}\bdelivered (daily|weekly|weekday|each|every|to your)\b"
    r"|\bget (breaking news|news|the latest) .{0,30}\b(alerts|updates|delivered)\b|\bget breaking (\w+ ){1,2}news\b"
    r"|\bclick (here )?to (support|subscribe|donate|sign up|join)\b|\bsupport (our|independent) journalism\b"
    r"|(^|(?<=[.!?] ))click here (for|to)\b"
    r"|\btell us what you think (of|about) (our|the) new\b|\bthanks for (watching|reading|visiting|stopping by)\b"
    r"|(^|(?<=[.!?] ))sign up to (learn|receive|get|be notified)\b|\bsubscribe now\b"
    r"|\bsubscribe (for free )?to (receive|get) (new |our |my )?(posts|stories|updates|issues)\b"
    # a sign-up's consent: "We use your sign-up to provide content in ways you've consented to"
    r"|\bwe use your sign-?up\b|\bin ways you('ve| have) consented to\b"
    r"|\b(adverts|ads) from us and (3rd|third) parties\b"
    r"|\bjoin\b[^.]{0,40}\b(whatsapp|telegram) channel\b.{0,30}\b(latest|news|updates|stories)\b"
    r"|\bjoin our .{0,30}\b(newsletters?|forums?)\b|\bjoin the .{0,30}\bnewsletters?\b|\bconsider supporting (us|our)\b"
    r"|\b(have|got) an? (\w+ )?(news )?tip( for us)?\?|\bread our blog\b|\bfollow us by e-?mail\b"
    r"|\bfollow us (on|via) (twitter|facebook|instagram|linkedin|youtube|social)\b"
    r"|\bwant to stay (updated|informed|up to date)\b[^.!?]{0,60}\?|\brecommend this (article|story|post) to\b"
    r"|\b(like|liked|enjoy|enjoyed|love|loved|found) (this|the) (story|article|post|piece)\b[^.!?]{0,20}\?"
    # "Do you rely on our reporting?", "Get the latest news and scores for the Harbor teams.",
    # "Submit your questions for our reporter."
    r"|\bdo you (rely on|value|appreciate|trust|enjoy)\b.{0,40}\b(reporting|journalism|coverage|work)\?"
    r"|(^|(?<=[.!?] ))get the latest (news|headlines|updates|scores|stories)\b|\bsubmit your questions (for|to)\b"
    r"|\bsms \w{2,10} to \d{4,6}\b|\btext \w{2,10} to \d{4,6}\b",
    # an alerts service: "Start receiving our news headlines per email.", "We email you the
    # related headlines.", "… announces the start of the news alerts free service."
    r"\bheadlines per e-?mail\b|\bnews headlines (by|via) e-?mail\b|\bwe e-?mail you\b"
    r"|\bnews alerts?\b[^.]{0,40}\bservice\b",
    # a sign-up's promises and answers: "No spam, we promise. You can unsubscribe at any time."
    r"\bno spam\b|\bwe( will|'ll) (only|never) (send|share|e-?mail)\b.{0,40}\b(information|news|updates|offers|e-?mails?"
    r"|newsletters?|details|data)\b|\bunsubscribe (at any time|anytime)\b"
    r"|\byou (can|may) opt out (at any time|anytime)\b"
    r"|\bby (signing up|subscribing|registering)\b.{0,20}\byou agree\b"
    r"|\bnever share your (details|e-?mails?|information|data)\b"
    r"|\bsend me\b.{0,40}\bnewsletters?\b|\bsend you an e-?mail when\b|\bactivation link\b|\bactivate your subscription\b"
    r"|\bsuc+es+ful+y subscribed\b",
    # a paywall: "This article is for subscribers only", "Dieser Artikel ist nur für Abonnenten"
    # a comment policy in other languages: "Os comentários são da exclusiva responsabilidade dos seus autores.",
    # "Reageren kan tot 23.00 uur. Houd het netjes en blijf bij het onderwerp; lees onze spelregels."
    r"\breageren kan tot\b|\blees onze (spel|huis)regels\b|\bblijf bij het onderwerp\b|"
    r"\b(comentários|commentaires|comentarios|commenti|kommentare|reacties)\b.{0,40}\b(responsabilidade|responsabilité"
    r"|responsabilidad|responsabilità|verantwortung|verantwoordelijkheid)\b"
    # a subscriber's thanks: "Vielen Dank, dass Sie unseren Lokaljournalismus mit Ihrem Abonnement unterstützen."
    r"|\b(vielen dank, dass sie|merci (de|pour) (votre|vous)|gracias por (su|tu)|grazie per|obrigad[oa] por"
    r"|bedankt (voor|dat)|thank you for)\b.{0,60}\b(abonnement|subscription"
    r"|suscripción|assinatura|abbonamento|subscribing)\b"
    # a paywall's offer: "Abbonati a L'Eco: il primo mese a 1 euro, poi 5,99 euro al mese. Disdici quando vuoi."
    r"|\b(disdici quando vuoi|résiliable à tout moment|cancela cuando quieras|cancele quando quiser|jederzeit kündbar"
    r"|maandelijks opzegbaar)\b|\b(abbonati|abonnez-vous|suscr[ií]bete|assine|abonneer|abonnieren sie)\b.{0,60}"
    r"\b\d+([,.]\d+)? ?(euros?|€|\$|dollars?)"
    # "Lesen Sie alle Artikel einen Monat lang um nur 1 Euro."
    r"|\b(alle artikel|tous les articles|todos los artículos|todos os artigos|tutti gli articoli|alle artikelen)\b"
    r".{0,40}\b\d+([,.]\d+)? ?(euros?|€|\$|dollars?)"
    r"|\bread our (privacy|cookie) (policy|notice)\b|\bprotection of your (personal )?data\b"
    r"|\b(no seu|na sua|dans votre|en tu|in ihr(em)?|nella tua|in je) (e-?mail|caixa de correio"
    r"|boîte (mail|de réception)|correo|postfach|posteingang|casella( di posta)?|inbox|mailbox)\b|"
    r"\b(for )?subscribers only\b|\bunlock this (article|story)\b|\breached your (limit|maximum) of free\b"
    r"|\bbecome a (member|subscriber)( today| now)?(\W*$|\s+(to|and get|for)\b)|\b(nur|exklusiv) für abonnenten\b|\bréservée? aux abonnés\b"
    r"|\bexclusivo para suscriptores\b|\briservato agli abbonati\b|\bweiterlesen mit \w+\b",
    # the same pitches in other languages: "Vous avez aimé cet article ? Recevez chaque matin …",
    # "Suscríbete a nuestra newsletter …", "Assine e tenha acesso ilimitado …", "Sigue la actualidad
    # en nuestro canal de WhatsApp."
    # ("recibe", the Spanish ask, also says what someone gets: only a newsletter or a mailbox tells it)
    r"\b(recevez|recibe|receba|ricevi|erhalten sie|ontvang)\b.{0,80}\b(newsletter|courriel|e-?mail|correo|posteingang|bandeja"
    r"|whatsapp|telegram)\b"
    # (or a phone: "Recibe las noticias … directo en tu celular.")
    r"|\b(recevez|recibe|receba|ricevi|erhalten sie|ontvang)\b.{0,80}\b(en tu|no seu|na sua|sur votre|sul tuo|auf ihr(em)?"
    r"|op je) (celular|móvil|telemóvel|telefone|téléphone|portable|mobile|cellulare|telefonino|handy|smartphone"
    r"|telefoon)\b"
    r"|\b(recevez|receba|ricevi|erhalten sie|ontvang)\b.{0,40}\b(chaque (matin|soir|jour|semaine)|todas as manhãs"
    r"|todos os dias|ogni (mattina|giorno)|jeden (morgen|tag)|elke (ochtend|dag))"
    r"|\b(vous avez aimé|te ha gustado|gostou d|ti è piaciuto|hat ihnen)\b.{0,30}\b(article|artículo|artigo|articolo|artikel)\b"
    # comments for subscribers and their rules: "Reageren kan alleen met een abonnement. Lees onze spelregels."
    r"|\b(reageren|kommentieren|commenter|comentar|commentare) (kan|können sie|peut|puede|pode|può) (alleen|nur|seulement"
    r"|solo|só) .{0,30}\b(abonnement|abonnenten|abonnés|suscriptores|assinantes|abbonati)\b"
    # "Vous aimez nos reportages régionaux ?": a pitch asking what the reader thinks of the paper's work
    r"|\b(vous aimez|vous appréciez|te gusta|le gusta|ti piace|vi piace|gosta d[oa]s|gefällt ihnen|gefallen ihnen"
    r"|houd je van) (nos|notre|nuestr[oa]s?|i nostri|il nostro|la nostra|le nostre|nossos|nossas|unser\w*|onze) (\w+ )?"
    r"(reportages?|articles|journalisme|artículos|periodismo|notas|articoli|giornalismo|artigos|jornalismo"
    r"|reportagens|artikel|journalismus|berichterstattung|artikelen|journalistiek)\b"
    r"|\b(suscr[ií]bete|abonnez-vous|abonnieren sie|abonniere|assine|iscriviti|abonneer|schrijf je in)\b.{0,80}\b(newsletter"
    r"|nieuwsbrief|bolet[ií]n|infolettre|acceso|accès|acesso"
    r"|accesso|zugang|toegang)\b|\b(canal|chaîne|kanal|canale|kanaal) (de |sur |auf |su |op )?whatsapp\b|\bwhatsapp-kanal\b"
    r"|\b(acceso|accès|acesso|accesso|zugang|toegang) (ilimitado|illimité|illimitato|unbegrenzt|onbeperkt)\b"
    r"|\b(unbegrenzten|onbeperkte?) (zugang|toegang)\b|\b\d+ (wochen|monate|semaines|mois|semanas|meses|settimane|mesi"
    r"|weken|maanden) (für|pour|por|per|voor) \d",
    # a sign-up's pitch and consent: "… werktags ab 6 Uhr in Ihrem Postfach.", "Mit der Anmeldung
    # akzeptieren Sie unsere Datenschutzbestimmungen."
    r"\b(in ihr(em)? postfach|dans votre boîte( mail| de réception| aux lettres)?|en tu (bandeja|correo)|na sua caixa"
    r"|nella tua casella|in je (inbox|mailbox))\b|\b(akzeptieren sie|vous acceptez|aceptas|aceita|accetti|accepteer je)"
    r" (unsere|nos|notre|nuestra|a nossa|la nostra|onze) (datenschutz|politique|política|privacy|informativa)",
    # where it was printed first: "Cet article est paru dans « Le Courrier » daté du 8 mai."
    r"\b(cet article|este artículo|este artigo|questo articolo|dieser artikel|dit artikel) (est paru|a été publié"
    r"|se publicó|fue publicado|foi publicado|è (stato )?pubblicato|erschien|ist (zuerst )?erschienen|verscheen)\b",
    # who answers for the words: "Opinions expressed are those of the author." (A syndicated story's
    # "This article was originally published by …" says where it comes from, and stays.)
    r"\bopinions expressed (are|in this)\b|\bviews expressed (here |in this \w+ )?are\b"
    r"|\b(represent|are) the (individual|author|writer|commenter)'?s'? own views\b"
    r"|\bviews represented here\b|\bnot necessarily (endorsed by|those of) (the |this |our )?(site|website|newspaper|publisher|editors?)\b"
    r"|\b(readers'?|user) comments (are|will be) (posted|monitored|moderated|reviewed)\b",
    # a blog post's closing line: "This entry was posted in News and tagged ferry. Bookmark the permalink."
    r"\bbookmark the permalink\b|\bthis entry was posted in\b",

    # the comment form and its rules: "You must be logged in to post a comment.", "Save my name in
    # this browser for the next time I comment.", "Badge holders consistently post smart comments."
    r"\b(logged|log|sign|signed) in to (post|leave|add|write|recommend|report|reply|comment|join the discussion)\b"
    r"|\bstay logged in\b|\blog in with your\b.{0,40}\baccount\b"
    r"|\bnext time i comment\b|\bnotify me (of|via|by|when|if)\b|\b(answers|replies to) my comment\b"
    r"|\be-?mail (address )?will not be published\b|\brequired fields are marked\b|\ball fields are required\b"
    r"|\bsubmission guidelines\b|\b(value|values|welcome|welcomes|appreciate) your comments\b"
    r"|\bconsistently (post|offer)\b.{0,40}\bcomments\b|\bthis commenter\b|\bother commenters\b|\bas you comment\b"
    r"|\b(recommend|report|flag) this comment\b|\b(displayed|posted|shown) in (the )?(top|all) comments\b"
    r"|\b(we are|we're)( temporarily)? moderating\b|\b(load|view|see) (the )?comments\b.{0,20}\b(right now|javascript)\b"
    r"|\bwe reserve the right to (remove|delete|edit|reject)\b|\b(off-topic|abusive|offensive) comments (will|may) be\b"
    r"|\bcomments (that|which) (include|contain) (profanity|personal attacks|abusive|offensive|obscene|inappropriate)"
    r"\b[^.]{0,100}\bwill be (removed|deleted)\b|\b(posting|commenting) (standards|rules)\b"
    r"|\b(see|read|review) our (full )?terms (of (use|service)|and conditions)\b|\bconstitutes acceptance of our\b"
    r"|\barticle comments\b|\bcomments on this post\b|\bsend us a (comment|tip)\b"
    r"|\bwe want to hear your (suggestions|comments|feedback)\b"
    r"|\b(connesso|connecté|conectado|logado|angemeldet|eingeloggt)\b.{0,40}\b(commento|commentaire|comentario"
    r"|comentário|kommentar)",
    # more of the comment form's rules and the site's asks: "Comment posters are responsible for
    # …", "Do not post: …", "We welcome your feedback.", "Please log in to read this story."
    r"\bcomment (posters|writers)\b|\btreat this as a public forum\b|\blet readers post comments\b"
    r"|^do not post\s?:|\bwe welcome your (feedback|comments|views)\b",
    r"(^|(?<=[.!?] )|\bplease )(create an account|log ?in|sign in|register)( or (log ?in|sign in|register))? to"
    r" (read|view|see|continue reading) (this|the|the full|the rest of this) (story|article)\b",
    # the browser and the player: "This slideshow requires JavaScript.", "Media playback is
    # unsupported on your device"
    r"\benable javascript\b|\bjavascript enabled (in order )?to (view|see|use|read|watch|play)\b"
    r"|\bjavascript is (required|disabled|needed|turned off)\b|\brequires javascript\b"
    r"|\bplayback is (unsupported|not supported)\b|\b(unsupported|not supported) (on|by|in) your (device|browser)\b"
    r"|\bopens? in a new (window|tab)\b|\bthis is a modal window\b|\bmodal can be closed\b"
    r"|\b(captions|subtitles|descriptions) off, selected\b"
    r"|\bforgot your password\b|\benter search (terms|keywords)\b|\bskip this ad\b"
    r"|\bsomething went wrong\b.{0,30}\b(connection|loading|try again|on our end|refresh)\b"
    r"|(^|(?<=[.!?] ))you have no (pending |new |unread )?(notifications|messages)\b",
    # sharing: "Like this story? Share it with a friend!", "Sharing is caring!"
    r"\bshare (it|this( story| article| post| page)?|your thoughts) with (a friend|your friends|friends)\b"
    r"|\bsharing is caring!|\bsharing options\b|\bread more about sharing\b|\blink back to this\b"
    r"|\bmake this (story|post) unlisted\b",
    # where the text came from and who answers for it: "Originally published at example.org on
    # May 3.", "Our standards: the trust principles", "Citation: ... retrieved 4 May 2031 from https://..."
    r"(^|(?<=[.!?] ))originally (published|posted) at\b|\bour standards\s?:|\btrust principles\b"
    r"|\bretrieved \d{1,2} \w+ \d{4} from https?:|\bexcept as otherwise noted\b"
    r"|\bthese statements have not been evaluated\b|\baffiliate commission\b|\bthrough affiliate links\b",
    # an encyclopedia's note on its own title: "This article is about the river. For other uses,
    # see Alder (disambiguation)."
    r"(^|(?<=[.!?] ))(for other uses,? see\b|\S.{0,40} redirects here\.|this article is about\b.{0,120}\. for\b)",
)
# Each pattern with the words one of which it needs: a paragraph is searched only for the
# notices it could hold (a search for them all at once is tried at every position).
_SITE_NOTICES = [(re.compile(pattern, re.IGNORECASE), needed_words(pattern, re.IGNORECASE))
                 for pattern in _SITE_NOTICE_PATTERNS]
# Every pattern holds one of these words; most paragraphs hold none, which one search for any
# of them tells faster than the patterns' scan.
_NOTICE_WORDS = ("cookie", "©", "copyright", "privacy", "agreement", "reserved", "vorbehalt", "réservés",
                 "reservados", "riservati", "voorbehouden", "may not be", "trademark", "permission", "site",
                 "homepage", "newsletter", " app", "latest", "share of", "supported by", "in print", "been shared",
                 "last edited", "(c)", "appeared on page", "last updated", "continuation", "enjoyed this",
                 "first published", "generated", "généré", "generado", "generiert", "generato", "gerado", "gegenereerd",
                 "need to talk", "helpline", "lifeline", "samaritans", "wellbeing line", "erreur", "error",
                 "fehler", "errore", "erro", "fout gezien", "cnpj", "p.iva", "p. iva", "partita iva", "idnr", "siret",
                 "kvk", "vat no", "vat number", "vat reg", "reageren kan", "regels", "onderwerp", "free", "kostenlos",
                 "gratuit", "gratis", "discussion", "offerts", "for later", "offre", "oferta", "offerta", "angebot",
                 "aanbod",
                 "liked this", "subscri", "sign up", "register", "opt-in", "sign-up", "consented", "3rd parties",
                 "third parties", "opt out", "comment", "community", "post limit", "delivered", "alerts", "breaking",
                 "click", "journalism", "abonnement", "assinatura", "abbonamento", "suscripción", "tell us", "inbox",
                 "postfach", "posteingang", "e-mail", "correo", "casella", "mailbox", "responsab", "verantwo",
                 "disdici", "résiliable", "kündbar", "opzegbaar", "thanks for", "forum", "consider supporting", "tip",
                 "?", "read our blog",
                 "follow us", "recommend this", "spam", "will only", "'ll only", "will never", "'ll never",
                 "never share", "send you", "permalink", "entry was posted", "unlock this", "of free", "become a",
                 "abonnenten", "abonnés", "suscriptores", "abbonati", "weiterlesen mit", "expressed",
                 "get the latest", "submit your", "sms", "text ", "activat", "logged in", "log in", "sign in",
                 "signed in", "notify me", "not be published", "required fields", "fields are required", "guidelines",
                 "moderating", "reserve the right", "terms", "constitutes acceptance", "send us", "hear your",
                 "javascript", "playback", "supported", "new window", "new tab", "modal", "off, selected", "password",
                 "enter search", "skip this ad", "share ", "sharing", "link back", "unlisted", "originally",
                 "standards", "trust principles", "retrieved", "otherwise noted", "statements have not", "affiliate",
                 "other uses", "redirects here", "article is about", "connesso", "connecté", "conectado", "logado",
                 "angemeldet", "eingeloggt", "property of", "prohibited", "forbidden", "copyrighted", "newswire",
                 "news agency", "wire service", "additional service", "disclaimer", "terms of", "haftung", "gewähr",
                 "paper copy", "complete", "come see", "come visit", "publication", "publishes", "own views",
                 "views represented", "not necessarily", "comments are", "comments will", "headlines per",
                 "headlines by", "headlines via", "mail you", "questions regarding", "questions about",
                 "public forum", "welcome your", "to read this", "to view this", "to see this", "to read the",
                 "to view the", "to see the", "continue reading", "trade mark", "do not post", "went wrong",
                 "notifications", "you have no", "our morning", "our evening", "our daily", "our weekly",
                 "our weekday", "our free", "recevez", "recibe", "receba", "ricevi", "erhalten sie", "ontvang",
                 "aimé", "gustado", "gostou", "piaciuto", "hat ihnen", "suscr", "abonn", "assine", "iscriviti",
                 "whatsapp", "acceso", "accès", "acesso", "accesso", "zugang", "toegang", "wochen", "monate",
                 "semaines", "mois", "semanas", "meses", "settimane", "mesi", "weken", "maanden", "article",
                 "artículo", "artigo", "articolo", "artikel", "postfach", "votre boîte", "bandeja", "correo", "caixa",
                 "casella", "inbox", "mailbox", "akzeptieren", "acceptez", "aceptas", "aceita", "accetti",
                 "accepteer", "partner", "partenaires", "socios", "fornitori", "parceiros", "klick", "clic", "cliqu",
                 "klik", "consent", "einwilligung", "consenso", "consentim", "toestemming")
# (a sentence may open on a capital outside ASCII, "Únete a …", or on an emoji, "📲 Recibe …")
_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?…])[”’\"')]*\s+(?=[A-ZÀ-ÖØ-Þ“‘\"(¿¡\u2600-\u27bf\U0001F000-\U0001FAFF])")

# A link's "Click here for …" closing a line of a sentence or two: a promo, however its first sentence reads.
_CLICK_HERE_RE = re.compile(r"click here (for|to)\b", re.IGNORECASE)
_PROMO_SENTENCES = 2

# Half a notice's text at least is about the site; a story may mention a site in one sentence of many.
_NOTICE_SHARE = 0.5
_ANY_NOTICE_WORD = any_of(_NOTICE_WORDS)
_NOTICE_MAX_CHARS = 900
_NOTICE_MIN_CHARS = 15  # "Opt-in required"; a shorter line says too little to tell


def is_site_notice(line):
    """A paragraph whose sentences are mostly about the site: cookies, legal text, sign-ups, comment forms, print editions.

    "This site uses cookies. By continuing you accept them.", "A version of this article
    appears in print on May 3.", "Need more news? Subscribe to our newsletter." Weighed by
    characters, at least half of the text is in sentences that speak of the site.
    """
    if len(line) > _NOTICE_MAX_CHARS:
        return False
    if len(line) < _NOTICE_MIN_CHARS:
        return False
    lowered = line.lower()
    if not _ANY_NOTICE_WORD.search(lowered) or not _speaks_of_site(line, lowered):
        return False
    sentences = _SENTENCE_SPLIT_RE.split(line)
    if len(sentences) <= _PROMO_SENTENCES and _CLICK_HERE_RE.match(sentences[-1]):
        return True  # a promo's line with its link: "Semi-final draw made. Click here for the odds."
    about_site = sum(len(sentence) for sentence in sentences if _speaks_of_site(sentence, sentence.lower()))
    return about_site >= _NOTICE_SHARE * sum(len(sentence) for sentence in sentences)


# The words a consent dialog's sentences hold, in the languages of the notices above.
_CONSENT_WORDS = ("cookie", "consent", "privacy", "partner", "personal data", "datenschutz", "einwilligung",
                  "personenbezogen", "confidentialité", "données", "consentim", "privacidad", "datos personales",
                  "consenso", "dati personali", "privacidade", "dados pessoais", "toestemming", "persoonsgegevens")


def is_consent_notice(line):
    """A notice about cookies, privacy or the reader's consent: a consent dialog's sentences."""
    return is_site_notice(line) and holds_any(line.lower(), _CONSENT_WORDS)


def _speaks_of_site(text, lowered):
    # One of the notice patterns found in text (``lowered``: the text in lower case).
    folded = holds_any(lowered, FOLDED_CLUES)
    for pattern, words in _SITE_NOTICES:
        if (words is None or folded or holds_any(lowered, words)) and pattern.search(text):
            return True
    return False


# A tag with an address in it: "<img width=1 height=1 src="//pixel.example/b?x">",
# "<a href="https://ads.example/jump/…">". A browser shows such markup as text when a page
# puts it in a <noscript> block; a story's own text speaks of pages, it does not carry their tags.
_ADDRESSED_TAG_RE = re.compile(
    r"<(?:img|a|iframe|script|div)\b[^<>]{0,300}\b(?:src|href)=[\"']?(?:https?:)?//[^<>]{0,400}>", re.IGNORECASE)


def is_page_markup(line):
    """A paragraph that carries a page's own tags: a tracking pixel or an ad's link shown as text."""
    return "<" in line and "//" in line and _ADDRESSED_TAG_RE.search(line) is not None


# The headings a page puts over what is not the story: other stories ("Read more", "More from
# Business", "You may also like", "Most read"), the story's tags and share row, its comments,
# the author's box, the links to the blog's other posts. A story's own subheads say what the
# next part of the story is about; these say what the page offers next.
_RAIL_HEADING_RE = re.compile(
    r"((read|see|watch|view|explore|discover) (more|next|this next|these next|all)|read also)\b(?! about\b)(\W+\w+){0,4}\W*"
    r"|(next up|up next|(more|latest|top|recent|related|popular|trending|recommended|featured|similar|other|further)( related)? "
    r"(from|in|on|stories|news|articles|posts|videos|reads|reading|coverage|content|links|topics|to explore|for you|like this))"
    r"\b(\W+\w+){0,4}\W*"
    r"|(you|you might|you may|we think you('ll| will)) (also )?(like|love|enjoy|want to read|be interested in)\b.{0,40}"
    r"|(most|the most) (read|popular|viewed|shared|emailed|commented|recent)\b.{0,40}"
    r"|(trending|recommended|related|popular|editor'?s'? picks?|editors'? choice|don'?t miss|up next|next up|keep reading"
    r"|around the web|from around the web|sponsored( content| stories| links)?|promoted( stories| content)?|paid content"
    r"|what to read next|in case you missed it|also on\b.{0,40})\W*"
    r"|(tags?|tagged|labels?|topics?|trends|trending|filed under|categories|posted in|more on|more about)\b ?:.{0,200}"
    r"|follow ([\w.&-]+ ){1,3}on\W*"
    r"|(tags?|tagged|labels?|topics|filed under|categories)\W*"
    r"|((leave|post|add|write|show|view|load|hide|read) (a |the |all |your )?(comments?|reply|replies|responses?))\b.{0,30}"
    r"|(\d[\d,]* )?(comments?|responses|replies)( \(\d[\d,]*\)|\d[\d,]*)?\W*|no comments\W*|reader comments\W*"
    r"|(about the author|about (the )?authors?|written by|more by)\W*.{0,60}"
    r"|(newer|older|previous|next) (post|posts|article|story|entry|chapter)\b.{0,80}"
    r"|(recent (posts|comments|entries)|archives|blogroll|have your say|post navigation)\W*",
    re.IGNORECASE)
_RAIL_HEADING_CHARS = 120


# The same headings as pages in other languages put them: "Lascia un commento", "Você pode
# gostar...", "Articles similaires", "Ähnliche Artikel", "Meistgelesen", "Commentaires",
# "Похожие статьи", "関連記事", "相关文章". ("Lesen Sie auch", "Leggi anche" and the like are
# not among them: a page sets such a link into the story, which runs on under it.)
# A story's tags under their label, in English and in other languages: "Tags: budget, council",
# "Schlagworte: Haushalt", "Mots-clés : budget".
_TAG_LINE_RE = re.compile(rf"({TAG_LABELS}|{FOREIGN_TAG_LABELS})\s*:\s*\S.{{0,200}}", re.IGNORECASE)


def is_tag_line(line):
    """A line of the story's tags under their label ("Tags: budget, council", "Schlagworte: Haushalt")."""
    return _TAG_LINE_RE.fullmatch(line) is not None


_FOREIGN_RAIL_HEADING_RE = re.compile(
    r"(lascia(te)? un commento|deix(e|a) (um|seu|o seu|uma) (comentário|resposta)|deja (un|tu) comentario"
    r"|(laisser|ajouter|écrire) un commentaire|kommentare? (lesen|schreiben|hinterlassen|anzeigen)"
    r"|(добавить|оставить|написать) комментарий|комментарии"
    r"|(você|vocês) (também )?(pode|podem) gostar|(también )?te (puede|pueden) interesar|vous (aimerez|aimeriez) aussi"
    r"|(das|dies) könnte (sie|dich) (auch )?interessieren|(вам|тебе) (также|тоже) (может быть|могут быть) интересн\w*"
    r"|(articoli|post|notizie) correlat[ie]|(artigos|posts|notícias|matérias) relacionad[oa]s"
    r"|(artículos|noticias|entradas) relacionad[oa]s|articles (similaires|liés|connexes)|sur le même sujet"
    r"|ähnliche (artikel|beiträge)|weitere (artikel|beiträge)|mehr zum thema|похожие (статьи|записи|новости)"
    r"|související( články)?|【?(関連記事|関連する記事|おすすめ記事|人気記事|相关文章|相关阅读|相關文章|延伸閱讀|推荐阅读|热门文章)】?"
    r"|(こちらの記事|この記事を読んだ人は)\w{0,20}"
    r"|weitere (nachrichten|meldungen)|(verwandte|empfohlene) (artikel|themen)|meistgelesen(e)?( artikel)?|kommentare"
    r"|les plus lus|commentaires|te recomendamos|(las )?más leídas|lo más leído|comentarios|(ti )?potrebbe interessarti"
    r"|i più letti|commenti|(as )?mais lidas|comentários|meest gelezen|reacties|gerelateerde artikelen"
    r"|leia mais|leer más|leggi di più|lees meer|top-themen|mehr aus dem ressort|suivez-nous|à la une"
    r"|(tópicos|temas|assuntos) relacionados|kommentare? (lesen|anzeigen) \(\d+ beitr(ag|äge)\)"
    r"|zum thema|auch interessant|empfehlungen|mehr artikel|mehr videos|weitere themen"
    r"|zur person|à propos de l'auteure?|sobre (el|la) autora?|sobre (o|a) autora?|sull'autore|over de auteur"
    r"|(connectez-vous|inscrivez-vous) pour (commenter|réagir)|(inicia sesión|regístrate) para comentar)\W*"
    rf"|({FOREIGN_TAG_LABELS})\s*:.{{0,200}}",
    re.IGNORECASE)


def is_rail_heading(text):
    """A heading over a part of the page that is not the story: other stories, tags, comments, the author's box.

    "Read more", "More from Business", "You may also like", "Most read", "Tags: budget,
    council", "Leave a comment", "About the author", "Older post", or the like in another
    language. A heading of the story's own names what the story says next, so it is not
    among these. "More World", "More U.S.": a section's name after "More" heads that
    section's other stories.
    """
    if len(text) > _RAIL_HEADING_CHARS:
        return False
    text = text.strip()
    return _RAIL_HEADINGS.fullmatch_any(text) or _MORE_SECTION_RE.fullmatch(text) is not None


# Asked of most blocks and lines of a paste: each tried only on lines whose opening it can match.
_RAIL_HEADINGS = LinePatterns([_RAIL_HEADING_RE.pattern, _FOREIGN_RAIL_HEADING_RE.pattern], re.IGNORECASE)


# "More" and a section's name of one or two capitalised words (case matters: "More rain" is a subhead).
_MORE_SECTION_RE = re.compile(r"More(?: [A-Z][\w.&'’-]*){1,2}")

"""Post content, classic or block editor, as ordered blocks with text only."""

from articles.wordpress.content import original_size, read_content


def kinds(content):
    return [(block.kind, block.text) for block in content.blocks]


def test_classic_paragraphs_split_on_blank_lines_as_wpautop_does():
    content = read_content("First line\nstill the first paragraph.\n\nSecond <em>paragraph</em>.\n\n\n  Third.")
    assert kinds(content) == [
        ("paragraph", "First line still the first paragraph."),
        ("paragraph", "Second paragraph."),
        ("paragraph", "Third."),
    ]


def test_block_editor_markup_gives_the_same_blocks():
    content = read_content(
        "<!-- wp:paragraph -->\n<p>One.</p>\n<!-- /wp:paragraph -->\n\n"
        '<!-- wp:heading {"level":3} -->\n<h3>A subhead</h3>\n<!-- /wp:heading -->\n\n'
        "<!-- wp:list -->\n<ul><li>Item one</li><li>Item <strong>two</strong></li></ul>\n<!-- /wp:list -->"
    )
    assert kinds(content) == [
        ("paragraph", "One."), ("subhead", "A subhead"), ("paragraph", "Item one"), ("paragraph", "Item two"),
    ]


def test_captioned_images_name_their_attachment():
    content = read_content(
        '[caption id="attachment_9" width="300"]<a href="/x"><img class="wp-image-9 size-medium" '
        'src="https://site.example/wp-content/uploads/a-300x200.jpg" alt="A boat" /></a> A boat at rest.[/caption]'
        '\n\n<figure class="wp-block-image"><img src="https://site.example/b.png" alt=""/>'
        "<figcaption>Second <em>photo</em></figcaption></figure>"
    )
    first, second = content.blocks
    assert (first.kind, first.attachment_id, first.text, first.alt) == ("image", "9", "A boat at rest.", "A boat")
    assert (second.kind, second.attachment_id, second.src, second.text) == (
        "image", "", "https://site.example/b.png", "Second photo",
    )
    assert original_size(first.src) == "https://site.example/wp-content/uploads/a.jpg"


def test_blockquotes_become_pull_quotes_with_their_speaker():
    content = read_content('<blockquote class="wp-block-quote"><p>Stay calm.</p><cite>— Ada Lind</cite></blockquote>')
    [block] = content.blocks
    assert (block.kind, block.text, block.cite) == ("pullquote", "Stay calm.", "Ada Lind")


def test_embeds_become_related_links_and_media_is_dropped_with_notes():
    content = read_content(
        "Before.\n\nhttps://video.example.net/v/1\n\n"
        '<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">https://social.example/p/2</div>'
        "<figcaption>A post</figcaption></figure>\n\n"
        '<iframe src="https://maps.example/embed?q=1" title="Map"></iframe>\n\n'
        '[embed]https://audio.example/track/3[/embed]\n\n[gallery ids="1,2"]\n\n'
        "<video src=\"x.mp4\"></video>\n\n<figure class=\"wp-block-embed\"><div>not a link</div></figure>"
    )
    related = [(b.text, b.url) for b in content.blocks if b.kind == "related"]
    assert related == [
        ("https://video.example.net/v/1", "https://video.example.net/v/1"),
        ("A post", "https://social.example/p/2"),
        ("Map", "https://maps.example/embed?q=1"),
        ("https://audio.example/track/3", "https://audio.example/track/3"),
    ]
    assert content.notes == [
        "dropped a [gallery] shortcode", "dropped a <video> element", "dropped an embed without a web address",
    ]


def test_no_markup_or_script_survives_in_text():
    content = read_content(
        '<p onclick="x()">Safe <script>document.cookie</script>text &amp; more &lt;b&gt;</p>'
        "<style>p{}</style><table><tr><td>cell</td></tr></table>"
        '<p><a href="javascript:alert(1)">click</a></p>'
    )
    assert kinds(content) == [("paragraph", "Safe text & more <b>"), ("paragraph", "click")]
    assert content.notes == ["dropped a <script> element", "dropped a <style> element", "dropped a <table> element"]
    assert all("script" not in block.text for block in content.blocks)


def test_brackets_in_prose_are_not_shortcodes():
    content = read_content("He said [sic] it twice [1].\n\n[note]Kept words[/note]")
    assert kinds(content) == [("paragraph", "He said [sic] it twice [1]."), ("paragraph", "Kept words")]

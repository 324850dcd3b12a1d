"""Image files made with Pillow: placeholders now, responsive renditions for the reader site."""

import io

from PIL import Image as PILImage
from PIL import ImageDraw


def make_placeholder_jpeg(*, width=1200, height=800, text="Photo to come"):
    """A plain grey JPEG with a line of text: stands in for a photo we may not ship."""
    canvas = PILImage.new("RGB", (width, height), (214, 214, 210))
    draw = ImageDraw.Draw(canvas)
    for y in range(0, height, 40):
        draw.line([(0, y), (width, y)], fill=(204, 204, 200), width=1)
    box = draw.textbbox((0, 0), text, font_size=64)
    draw.text(
        ((width - (box[2] - box[0])) / 2, (height - (box[3] - box[1])) / 2),
        text, fill=(90, 90, 90), font_size=64,
    )
    buffer = io.BytesIO()
    canvas.save(buffer, format="JPEG", quality=80, optimize=True)
    return buffer.getvalue()

"""pngpdf: wrap page images (8-bit greyscale or RGB PNG, non-interlaced, as `pdftoppm -png [-gray]` writes them) into
one PDF with no text layer, like a scanner's output. Written for dev110 because neither img2pdf nor ImageMagick is on
the machine. The PNG's zlib stream is embedded as is (FlateDecode with the PNG predictor), so nothing is re-encoded.
Usage: python3 pngpdf.py OUT.pdf DPI page1.png page2.png ..."""
import struct
import sys
import zlib


def read_png(path):
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, hdr = 8, b"", None
    while pos < len(data):
        n, typ = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + n]
        if typ == b"IHDR":
            hdr = struct.unpack(">IIBBBBB", chunk)
        elif typ == b"IDAT":
            idat += chunk
        pos += 12 + n
    w, h, depth, ctype, _, _, interlace = hdr
    assert depth == 8 and ctype in (0, 2) and interlace == 0, f"unsupported PNG {hdr}"
    return w, h, (1 if ctype == 0 else 3), idat


def write(out, dpi, pages):
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)
    kids = []
    pages_id = 2
    add(b"")  # 1: catalog placeholder
    add(b"")  # 2: pages placeholder
    for p in pages:
        w, h, colors, idat = read_png(p)
        cs = b"/DeviceGray" if colors == 1 else b"/DeviceRGB"
        img = add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s /BitsPerComponent 8 "
                  b"/Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors %d /BitsPerComponent 8 /Columns %d >> "
                  b"/Length %d >>\nstream\n" % (w, h, cs, colors, w, len(idat)) + idat + b"\nendstream")
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        content = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (pw, ph)
        cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(zlib.compress(content)) + zlib.compress(content) + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 %d 0 R >> >> "
                        b"/Contents %d 0 R >>" % (pages_id, pw, ph, img, cid)))
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    buf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(buf))
        buf += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(buf)
    buf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        buf += b"%010d 00000 n \n" % o
    buf += b"trailer\n<< /Size %d /Root 1 0 R /Info << /Producer (pngpdf dev110 scan wrapper) >> >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    open(out, "wb").write(bytes(buf))


if __name__ == "__main__":
    write(sys.argv[1], float(sys.argv[2]), sys.argv[3:])

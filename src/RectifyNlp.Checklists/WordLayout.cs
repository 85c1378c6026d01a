namespace RectifyNlp.Checklists;

/// <summary>
/// A typeface as Word declares it: the East Asian name a document asks for (仿宋_GB2312) and the one to use where that
/// is not installed (仿宋), both written into the font table so Word and LibreOffice substitute alike.
/// </summary>
/// <param name="Name">The font the style names.</param>
/// <param name="Fallback">The font table's <c>altName</c>: a face every Chinese Windows has.</param>
public sealed record WordFont(string Name, string Fallback);

/// <summary>
/// How the Word checklist is set: the working paper inspectors fill in at a desk, or 公文 per GB/T 9704-2012 (党政机关公文格式).
/// Sizes are in half-points as Word counts them (32 = 16 pt = 三号), lengths in twentieths of a point (567 = 1 cm).
/// </summary>
/// <param name="Name">What the option is called on the command line.</param>
/// <param name="Body">The body's face.</param>
/// <param name="BodySize">The body's size.</param>
/// <param name="Title">The title's face.</param>
/// <param name="TitleSize">The title's size.</param>
/// <param name="Heading1">一、 headings' face.</param>
/// <param name="Heading2">（一） headings' face.</param>
/// <param name="HeadingSize">Both headings' size.</param>
/// <param name="TableSize">Text in tables.</param>
/// <param name="ExactLine">The line pitch, fixed (公文: 28 pt, 22 lines on the page), or null for single spacing.</param>
/// <param name="Top">天头: top margin.</param>
/// <param name="Bottom">Bottom margin.</param>
/// <param name="Left">订口: left (binding) margin.</param>
/// <param name="Right">Right margin.</param>
/// <param name="DashedPageNumbers">"— 1 —" on the outer side (odd pages right, even left) rather than 第 1 页 共 N 页 centred.</param>
public sealed record WordLayout(
    string Name,
    WordFont Body,
    int BodySize,
    WordFont Title,
    int TitleSize,
    WordFont Heading1,
    WordFont Heading2,
    int HeadingSize,
    int TableSize,
    int? ExactLine,
    int Top,
    int Bottom,
    int Left,
    int Right,
    bool DashedPageNumbers)
{
    /// <summary>Millimetres in twips.</summary>
    public static int Millimetres(double mm) => (int)Math.Round(mm / 25.4 * 1440);

    /// <summary>The working paper: 宋体 11 pt, 黑体 headings, 2.54 cm top and bottom, 2.3 cm sides, 第 X 页 共 Y 页.</summary>
    public static WordLayout WorkingPaper { get; } = new(
        "working",
        new WordFont("宋体", "SimSun"),
        22,
        new WordFont("黑体", "SimHei"),
        36,
        new WordFont("黑体", "SimHei"),
        new WordFont("黑体", "SimHei"),
        24,
        22,
        null,
        1440,
        1440,
        1304,
        1304,
        DashedPageNumbers: false);

    /// <summary>
    /// 公文 per GB/T 9704-2012: title 二号方正小标宋简体, body 三号仿宋_GB2312 on a fixed 28 pt line, 一、 in 黑体 and （一） in
    /// 楷体_GB2312; 天头 37 mm, 订口 28 mm, a type area of 156 × 225 mm (so 26 mm right, 35 mm bottom); page numbers
    /// 四号 "— 1 —" on the outer side; tables in 四号.
    /// </summary>
    public static WordLayout Official { get; } = new(
        "gongwen",
        new WordFont("仿宋_GB2312", "仿宋"),
        32,
        new WordFont("方正小标宋简体", "华文中宋"),
        44,
        new WordFont("黑体", "SimHei"),
        new WordFont("楷体_GB2312", "楷体"),
        32,
        28,
        560,
        Millimetres(37),
        Millimetres(35),
        Millimetres(28),
        Millimetres(26),
        DashedPageNumbers: true);

    /// <summary>The layout called <paramref name="name"/> (working, gongwen or 公文), or null.</summary>
    public static WordLayout? Named(string name) => name.Trim().ToLowerInvariant() switch
    {
        "working" or "工作底稿" => WorkingPaper,
        "gongwen" or "公文" => Official,
        _ => null,
    };
}

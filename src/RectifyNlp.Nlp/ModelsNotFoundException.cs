namespace RectifyNlp.Nlp;

/// <summary>
/// The models/ folder (lexicon, taxonomy, cues, scorers, templates …) cannot be found, or the one found is incomplete
/// or damaged; the message (one line, Chinese) says what to do.
/// </summary>
public sealed class ModelsNotFoundException : Exception
{
    /// <summary>Creates the exception with the standard reason: no models folder anywhere it is looked for.</summary>
    public ModelsNotFoundException()
        : this("找不到模型文件夹 models（应在 rectify 程序旁）：请重新安装 rectify，或用环境变量 RECTIFY_MODELS 指定模型文件夹，或在 RectifyNlp 的仓库目录中运行")
    {
    }

    /// <summary>Creates the exception.</summary>
    public ModelsNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ModelsNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

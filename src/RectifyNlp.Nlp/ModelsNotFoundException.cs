namespace RectifyNlp.Nlp;

/// <summary>The models/ folder (lexicon, classifiers, taxonomy …) cannot be found; the message says how to point to it.</summary>
public sealed class ModelsNotFoundException : Exception
{
    /// <summary>Creates the exception with the standard reason.</summary>
    public ModelsNotFoundException()
        : this("找不到模型文件夹 models（应含 lexicon/ 等子文件夹）：请在 RectifyNlp 的目录中运行，或用环境变量 RECTIFY_MODELS 指定它的位置")
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

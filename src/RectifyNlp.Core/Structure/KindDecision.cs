using System.Collections.Immutable;

namespace RectifyNlp.Core.Structure;

/// <summary>The kind a document was given and the signals that decided it.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Signals">What was seen, in Chinese, strongest first (标题含“讲话”, 称呼“同志们”, “已完成”×4).</param>
public sealed record KindDecision(DocumentKind Kind, ImmutableArray<string> Signals);

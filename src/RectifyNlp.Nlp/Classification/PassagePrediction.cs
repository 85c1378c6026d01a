namespace RectifyNlp.Nlp.Classification;

/// <summary>What a passage is and what it is about, each with its confidence and the signal that decided it.</summary>
/// <param name="Role">The role id.</param>
/// <param name="RoleConfidence">The probability behind the role (0–1).</param>
/// <param name="RoleSignal">What decided it: <c>rule:给予……处分</c>, or <c>model</c>.</param>
/// <param name="Category">The category id.</param>
/// <param name="CategoryConfidence">The probability behind the category.</param>
/// <param name="CategorySignal">What decided it: <c>model</c>, with the taxonomy keywords found.</param>
public sealed record PassagePrediction(string Role, double RoleConfidence, string RoleSignal, string Category, double CategoryConfidence, string CategorySignal);

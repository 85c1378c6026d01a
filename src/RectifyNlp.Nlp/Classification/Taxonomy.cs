using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace RectifyNlp.Nlp.Classification;

/// <summary>An issue category (问题类别) of the taxonomy in models/taxonomy/categories.json.</summary>
/// <param name="Id">Stable id used in the corpus and the models (eight-rules).</param>
/// <param name="Name">The Chinese name inspectors read (中央八项规定精神与四风).</param>
/// <param name="Area">The "focus" it belongs to (党的领导, 全面从严治党, 党的建设).</param>
/// <param name="Keywords">Words that signal the category; features for the model.</param>
/// <param name="ExpectsRule">Whether a problem of this category, answered only by one-off remedies (money recovered, people
/// dealt with, records re-checked), still wants a rule made or revised (建章立制): money, procedure and discipline matters.</param>
public sealed record Category(string Id, string Name, string Area, ImmutableArray<string> Keywords, bool ExpectsRule = false);

/// <summary>A passage role (段落角色) of models/taxonomy/roles.json.</summary>
/// <param name="Id">Stable id (problem, measure, accountability …).</param>
/// <param name="Name">The Chinese name.</param>
/// <param name="Cues">Words that point to the role; features for the model.</param>
public sealed record Role(string Id, string Name, ImmutableArray<string> Cues);

/// <summary>A pattern reliable enough to decide a role (给予……处分 is accountability).</summary>
/// <param name="Role">The role it decides.</param>
/// <param name="Name">How the signal is reported.</param>
/// <param name="Pattern">When it fires.</param>
/// <param name="Unless">When it does not, although the pattern matches (要严肃问责 is a requirement).</param>
public sealed record RoleRule(string Role, string Name, Regex Pattern, Regex? Unless)
{
    /// <summary>Whether the rule decides <paramref name="text"/>.</summary>
    public bool Fires(string text) => Pattern.IsMatch(text) && (Unless is null || !Unless.IsMatch(text));
}

/// <summary>
/// The taxonomy: categories, roles and role rules, as data a user can edit (models/taxonomy). Loading
/// validates it, so a broken edit fails at start-up with the reason.
/// </summary>
public sealed record Taxonomy(string Version, ImmutableArray<Category> Categories, ImmutableArray<Role> Roles, ImmutableArray<RoleRule> Rules)
{
    /// <summary>The Chinese name of a category id, or the id itself when the taxonomy has no such category.</summary>
    public string NameOf(string categoryId) => Categories.FirstOrDefault(c => c.Id == categoryId)?.Name ?? categoryId;

    /// <summary>Loads categories.json and roles.json from <paramref name="folder"/>.</summary>
    /// <exception cref="InvalidDataException">The files are malformed, or ids repeat, or a rule names no role.</exception>
    public static Taxonomy Load(string folder)
    {
        try
        {
            using var categoriesJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "categories.json")));
            using var rolesJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "roles.json")));
            var categories = categoriesJson.RootElement.GetProperty("categories").EnumerateArray()
                .Select(c => new Category(
                    c.GetProperty("id").GetString()!,
                    c.GetProperty("name").GetString()!,
                    c.GetProperty("area").GetString()!,
                    [.. c.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()!)],
                    c.TryGetProperty("expectsRule", out var expectsRule) && expectsRule.GetBoolean()))
                .ToImmutableArray();
            var roles = rolesJson.RootElement.GetProperty("roles").EnumerateArray()
                .Select(r => new Role(r.GetProperty("id").GetString()!, r.GetProperty("name").GetString()!, [.. r.GetProperty("cues").EnumerateArray().Select(k => k.GetString()!)]))
                .ToImmutableArray();
            var rules = rolesJson.RootElement.GetProperty("rules").EnumerateArray()
                .Select(r => new RoleRule(
                    r.GetProperty("role").GetString()!,
                    r.GetProperty("name").GetString()!,
                    new Regex(r.GetProperty("pattern").GetString()!, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)),
                    r.TryGetProperty("unless", out var unless) ? new Regex(unless.GetString()!, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)) : null))
                .ToImmutableArray();

            Check(categories.Select(c => c.Id), "category");
            Check(roles.Select(r => r.Id), "role");
            foreach (var rule in rules.Where(rule => !roles.Any(r => r.Id == rule.Role)))
            {
                throw new InvalidDataException($"roles.json: rule \"{rule.Name}\" names an unknown role \"{rule.Role}\"");
            }

            var version = categoriesJson.RootElement.GetProperty("version").GetString() + "+" + rolesJson.RootElement.GetProperty("version").GetString();
            return new Taxonomy(version, categories, roles, rules);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new InvalidDataException($"models/taxonomy: {e.Message}", e);
        }
    }

    private static void Check(IEnumerable<string> ids, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (string.IsNullOrWhiteSpace(id) || !seen.Add(id))
            {
                throw new InvalidDataException($"models/taxonomy: {what} id \"{id}\" is empty or repeated");
            }
        }
    }
}

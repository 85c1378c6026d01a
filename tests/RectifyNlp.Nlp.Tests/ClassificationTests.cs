using System.Text.Json;
using RectifyNlp.Nlp.Classification;
using RectifyNlp.Tests;
using RectifyNlp.Training.Classification;
using static RectifyNlp.Nlp.Tests.Models;

namespace RectifyNlp.Nlp.Tests;

/// <summary>The committed models (models/classifiers) on the corpus's held-out part, and the rules around them.</summary>
public sealed class ClassificationTests : IClassFixture<ClassificationTests.Loaded>
{
    private readonly Loaded _loaded;

    public ClassificationTests(Loaded loaded) => _loaded = loaded;

    public sealed class Loaded : IDisposable
    {
        public Taxonomy Taxonomy { get; } = Taxonomy.Load(Path.Combine(RepositoryPaths.Root, "models", "taxonomy"));

        public List<CorpusPassage> Passages { get; } = CorpusPassage.ReadAll(Path.Combine(RepositoryPaths.Root, "corpus", "passages"));

        public PassageClassifier Classifier { get; } = PassageClassifier.Load(Paths);

        public void Dispose() => Classifier.Dispose();
    }

    /// <summary>
    /// Issue 4's targets: role macro-F1 ≥ 0.90 and category macro-F1 ≥ 0.85 on the frozen held-out part
    /// (corpus/passages/HELDOUT). The held-out documents added since — passages in spoken and plain registers the
    /// models had never seen (b27) — are scored apart and hold their own floor: 0.854 role and 0.731 category when
    /// they came, so that a retraining that loses them shows.
    /// </summary>
    [Fact]
    public void Committed_models_reach_the_thresholds_on_the_held_out_part()
    {
        var frozen = ClassifierTrainer.FrozenHeldOut(Path.Combine(RepositoryPaths.Root, "corpus", "passages"));
        Assert.NotNull(frozen);
        var (role, category) = ClassifierTrainer.Evaluate(_loaded.Classifier, _loaded.Passages, _loaded.Taxonomy, frozen);
        Assert.True(role.MacroF1 >= 0.90, $"role macro-F1 {role.MacroF1:0.000}\n{role.Format("role")}");
        Assert.True(category.MacroF1 >= 0.85, $"category macro-F1 {category.MacroF1:0.000}\n{category.Format("category")}");

        var (addedRole, addedCategory) = ClassifierTrainer.Evaluate(_loaded.Classifier, _loaded.Passages, _loaded.Taxonomy, frozen, added: true);
        Assert.True(addedRole.Classes.Sum(c => c.Support) > 0, "no held-out passage outside the frozen part");
        Assert.True(addedRole.MacroF1 >= 0.85, $"added role macro-F1 {addedRole.MacroF1:0.000}\n{addedRole.Format("role")}");
        Assert.True(addedCategory.MacroF1 >= 0.73, $"added category macro-F1 {addedCategory.MacroF1:0.000}\n{addedCategory.Format("category")}");
    }

    [Fact]
    public void The_frozen_held_out_manifest_lists_only_held_out_documents_of_the_corpus()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "corpus", "passages");
        var frozen = ClassifierTrainer.FrozenHeldOut(folder)!;
        var groups = _loaded.Passages.Select(p => CorpusSplit.GroupOf(p.Document)).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(frozen);
        Assert.All(frozen, key => Assert.Contains(key, groups));

        var stray = Path.Combine(Path.GetTempPath(), $"heldout-{Guid.NewGuid():N}");
        Directory.CreateDirectory(stray);
        try
        {
            var train = groups.First(g => CorpusSplit.Of(g) == SplitPart.Train);
            File.WriteAllLines(Path.Combine(stray, ClassifierTrainer.FrozenManifest), ["# a training document listed by mistake", train]);
            var error = Assert.Throws<InvalidDataException>(() => ClassifierTrainer.FrozenHeldOut(stray));
            Assert.Contains(train, error.Message, StringComparison.Ordinal);
            Assert.Null(ClassifierTrainer.FrozenHeldOut(Path.GetTempPath() + Guid.NewGuid().ToString("N")));
        }
        finally
        {
            Directory.Delete(stray, recursive: true);
        }
    }

    /// <summary>
    /// The analysis scores with the scorers exported from the .zip models (LinearScorer); they must be exported
    /// from the committed .zip files and give ML.NET's probabilities on every passage of the corpus.
    /// </summary>
    [Fact]
    public void Exported_scorers_are_current_and_give_the_probabilities_of_MLNET()
    {
        Assert.Equal("scorer", _loaded.Classifier.Scoring);
        var folder = Path.Combine(RepositoryPaths.Root, "models", "classifiers");
        using var reference = MlNetClassifier.Load(new PassageFeaturizer(Domain, _loaded.Taxonomy), folder);
        Assert.Equal("ML.NET", reference.Scoring);
        var worst = 0.0;
        var texts = _loaded.Passages.Select(p => p.Text).Append("Ａbc 123 é！ 空格 在 中间\t制表").ToList();
        foreach (var text in texts)
        {
            var (role, category) = _loaded.Classifier.Probabilities(text);
            var (expectedRole, expectedCategory) = reference.Probabilities(text);
            foreach (var (label, p) in expectedRole.Concat(expectedCategory))
            {
                var actual = role.TryGetValue(label, out var r) && expectedRole.ContainsKey(label) ? r : category[label];
                worst = Math.Max(worst, Math.Abs(actual - p));
            }
        }

        Assert.True(worst < 1e-4, $"largest probability difference {worst:E2} over {texts.Count} texts");
    }

    /// <summary>
    /// A ledger row's separator (｜, folded to |) is also ML.NET's separator in a character n-gram's slot name
    /// ("a|||b"): models trained on such rows export, and their scorer gives ML.NET's probabilities on them.
    /// </summary>
    [Fact]
    public void Models_trained_on_ledger_rows_with_bars_export_scorers_that_agree_with_MLNET()
    {
        var rows = CorpusPassage.ReadAll(Path.Combine(RepositoryPaths.Root, "corpus", "staging")).Where(p => p.Text.Contains('｜', StringComparison.Ordinal)).ToList();
        Assert.True(rows.Count >= 10, $"only {rows.Count} ledger rows with ｜ in corpus/staging");
        var folder = Directory.CreateTempSubdirectory("rectify-train-bars-");
        try
        {
            RepositoryPaths.CopyModels(folder.FullName);
            var classifiers = Path.Combine(folder.FullName, "classifiers");
            ClassifierTrainer.Train([.. _loaded.Passages.Where((_, i) => i % 3 == 0), .. rows], Domain, _loaded.Taxonomy, classifiers);
            using var scorer = PassageClassifier.Load(new ModelPaths(folder.FullName, Paths.JiebaResourcesDirectory));
            Assert.Equal("scorer", scorer.Scoring);
            using var reference = MlNetClassifier.Load(new PassageFeaturizer(Domain, _loaded.Taxonomy), classifiers);
            foreach (var text in rows.Select(r => r.Text).Append("1|||2｜｜完成|<|>|"))
            {
                var (role, category) = scorer.Probabilities(text);
                var (expectedRole, expectedCategory) = reference.Probabilities(text);
                Assert.All(expectedRole, p => Assert.Equal(p.Value, role[p.Key], 4));
                Assert.All(expectedCategory, p => Assert.Equal(p.Value, category[p.Key], 4));
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }


    /// <summary>The analysis classifies slices of normalised documents without normalising them again: that must change nothing.</summary>
    [Fact]
    public void Normalising_is_idempotent_so_normalised_slices_skip_it()
    {
        var featurizer = new PassageFeaturizer(Domain, _loaded.Taxonomy);
        foreach (var passage in _loaded.Passages.Select(p => p.Text).Append("Ａ１２ ( 9:30 ) ，空格  与\n换行；1,000元"))
        {
            var once = featurizer.Featurize(passage);
            var again = featurizer.Featurize(once.Text, normalized: true);
            Assert.Equal(once.Text, featurizer.Featurize(once.Text).Text);
            Assert.Equal(once.Tokens, again.Tokens);
            Assert.Equal(once.Cues, again.Cues);
        }
    }

    [Fact]
    public void Training_is_deterministic_and_gives_the_committed_models()
    {
        var folder = Directory.CreateTempSubdirectory("rectify-train-");
        try
        {
            var report = ClassifierTrainer.Train(_loaded.Passages, Domain, _loaded.Taxonomy, folder.FullName);
            var (role, category) = ClassifierTrainer.Evaluate(_loaded.Classifier, _loaded.Passages, _loaded.Taxonomy);
            Assert.Equal(role.MacroF1, report.RoleTest.MacroF1, 10);
            Assert.Equal(category.MacroF1, report.CategoryTest.MacroF1, 10);
            Assert.Equal(role.Confusion, report.RoleTest.Confusion);
            Assert.Equal(category.Confusion, report.CategoryTest.Confusion);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("对违规发放补贴负有直接责任的办公室主任给予诫勉谈话，对分管副局长进行批评教育。", "accountability", "eight-rules")]
    [InlineData("修订《公务接待管理办法》，严格执行一事一函一清单。", "mechanism", "eight-rules")]
    [InlineData("党组书记担任整改第一责任人，成立巡察整改工作领导小组，建立问题清单、任务清单和责任清单。", "organisation", "general")]
    [InlineData("违规发放津贴补贴问题仍然存在，局机关以加班误餐为名向工作人员发放补贴。", "problem", "eight-rules")]
    [InlineData("局党组要在反馈之日起三个月内报送整改情况报告。", "requirement", "general")]
    public void Classifies_passages_it_has_never_seen(string text, string role, string category)
    {
        var prediction = _loaded.Classifier.Classify(text);
        Assert.Equal(role, prediction.Role);
        Assert.Equal(category, prediction.Category);
        Assert.InRange(prediction.RoleConfidence, 0.0, 1.0);
        Assert.InRange(prediction.CategoryConfidence, 0.0, 1.0);
        Assert.False(string.IsNullOrEmpty(prediction.RoleSignal));
    }

    [Fact]
    public void A_disciplinary_sanction_is_decided_by_the_rule_and_a_demand_for_it_is_not()
    {
        var act = _loaded.Classifier.Classify("经查，对套取专项资金负有责任的财务科长给予党内严重警告处分。");
        Assert.Equal("accountability", act.Role);
        Assert.StartsWith("rule:", act.RoleSignal, StringComparison.Ordinal);

        var demand = _loaded.Classifier.Classify("对敷衍整改、整改不力的党组织，要严肃问责，对相关责任人给予党纪处分。");
        Assert.DoesNotContain("rule:", demand.RoleSignal, StringComparison.Ordinal);
        Assert.Equal("requirement", demand.Role);
    }

    [Fact]
    public void The_corpus_is_large_and_balanced_enough()
    {
        var passages = _loaded.Passages;
        Assert.True(passages.Count >= 2000, $"{passages.Count} passages");
        Assert.Equal(passages.Count, passages.Select(p => p.Id).Distinct().Count());
        foreach (var role in _loaded.Taxonomy.Roles)
        {
            Assert.True(passages.Count(p => p.Role == role.Id) >= 60, role.Id);
        }

        foreach (var category in _loaded.Taxonomy.Categories)
        {
            Assert.True(passages.Count(p => p.Category == category.Id) >= 60, category.Id);
        }

        Assert.True(passages.Select(p => p.Unit).Distinct().Count() >= 10);
    }

    [Fact]
    public void The_split_is_by_document_and_a_feedback_travels_with_its_report()
    {
        foreach (var group in _loaded.Passages.GroupBy(p => CorpusSplit.GroupOf(p.Document)))
        {
            Assert.Single(group.Select(p => CorpusSplit.Of(p.Document)).Distinct());
        }

        Assert.Equal(CorpusSplit.Of("r1-justice-fb"), CorpusSplit.Of("r1-justice-rp"));

        var parts = _loaded.Passages.GroupBy(p => CorpusSplit.Of(p.Document)).ToDictionary(g => g.Key, g => g.Count());
        Assert.InRange(parts[SplitPart.Test], 200, 600);
        Assert.InRange(parts[SplitPart.Dev], 200, 600);
    }

    [Fact]
    public void Pairs_cover_two_rounds_good_and_weak_reports_with_gold()
    {
        var golds = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "corpus", "pairs"), "gold.json", SearchOption.AllDirectories)
            .Select(path => (Path: path, Json: JsonDocument.Parse(File.ReadAllText(path)).RootElement))
            .ToList();
        Assert.True(golds.Count >= 20);
        Assert.True(golds.Select(g => g.Json.GetProperty("round").GetString()).Distinct().Count() >= 2);
        Assert.Contains(golds, g => g.Json.GetProperty("quality").GetString() == "good");
        Assert.True(golds.Count(g => g.Json.GetProperty("quality").GetString() == "weak") >= 8);
        var kinds = golds.SelectMany(g => g.Json.GetProperty("mustReport").EnumerateArray().Select(m => m.GetProperty("kind").GetString())).ToHashSet();
        foreach (var kind in new[] { "unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-accountability", "no-mechanism", "weak-leadership", "inconsistent-claim", "late-report", "no-disclosure", "no-owner", "no-deadline" })
        {
            Assert.Contains(kind, kinds);
        }

        foreach (var (path, json) in golds)
        {
            var folder = Path.GetDirectoryName(path)!;
            Assert.True(Directory.EnumerateFiles(folder, "feedback.*").Any() && Directory.EnumerateFiles(folder, "report.*").Any(), folder);
            var problems = json.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToHashSet();
            Assert.NotEmpty(problems);
            foreach (var measure in json.GetProperty("measures").EnumerateArray())
            {
                Assert.All(measure.GetProperty("problems").EnumerateArray(), p => Assert.Contains(p.GetString(), problems));
            }
        }

        Assert.Contains(golds, g => Directory.EnumerateFiles(Path.GetDirectoryName(g.Path)!, "*.docx").Any());
    }

    [Fact]
    public void A_user_can_add_a_category_without_code()
    {
        var folder = Directory.CreateTempSubdirectory("rectify-taxonomy-");
        try
        {
            var source = Path.Combine(RepositoryPaths.Root, "models", "taxonomy");
            File.Copy(Path.Combine(source, "roles.json"), Path.Combine(folder.FullName, "roles.json"));
            var categories = File.ReadAllText(Path.Combine(source, "categories.json")).Replace(
                "\"categories\": [",
                "\"categories\": [\n    { \"id\": \"petition\", \"name\": \"信访工作\", \"area\": \"党的领导\", \"keywords\": [\"信访\", \"积案\"] },",
                StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(folder.FullName, "categories.json"), categories);
            var taxonomy = Taxonomy.Load(folder.FullName);
            Assert.Equal(_loaded.Taxonomy.Categories.Length + 1, taxonomy.Categories.Length);
            Assert.Equal(new PassageFeaturizer(Domain, _loaded.Taxonomy).CueCount + 1, new PassageFeaturizer(Domain, taxonomy).CueCount);

            File.WriteAllText(Path.Combine(folder.FullName, "categories.json"), categories.Replace("\"petition\"", "\"decisions\"", StringComparison.Ordinal));
            var e = Assert.Throws<InvalidDataException>(() => Taxonomy.Load(folder.FullName));
            Assert.Contains("decisions", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

// Trains the entity tagger shipped in src/Digest/Entities/Resources/entity-model.bin:
//   dotnet run --project bench/Digest.Train -c Release [-- EVAL_DIR [OUTPUT [EPOCHS MIN_COUNT]]]
// An averaged perceptron over the features of Digest's FeatureExtractor, on CoNLL-2003 eng.train
// read from ../shared/eval at run time (the data is never copied into the repository). Fixed seed,
// fixed epoch count, sorted output: the same data gives a byte-identical model.
using Digest.Train;

var evalRoot = args.Length > 0 ? args[0] : Path.Combine(RepositoryRoot(), "..", "shared", "eval");
var output = args.Length > 1 ? args[1] : Path.Combine(RepositoryRoot(), "src", "Digest", "Entities", "Resources", "entity-model.bin");
var documents = ConllCorpus.Read(Path.Combine(evalRoot, "conll2003", "eng.train"));
var options = TrainingOptions.Default;
if (args.Length > 3)
{
    options = options with { Epochs = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture), MinCount = int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) };
}

Console.WriteLine($"training on {documents.Count} documents, {documents.Sum(d => d.Sentences.Sum(s => s.Words.Length))} tokens, {options.Epochs} epochs");
// The shipped gazetteer only (no site's curated file), as a new site's catalog has it.
var gazetteer = new Digest.Entities.Recognition.GazetteerMatcher(Digest.Entities.EntityCatalog.Create(null, "none", []).Entities);
var trainer = new PerceptronTrainer(options, gazetteer);
var model = trainer.Train(documents);
using (var file = File.Create(output))
{
    Digest.Entities.Recognition.TaggerModel.Write(file, model);
}

Console.WriteLine($"wrote {output}: {model.Count} features, {new FileInfo(output).Length / 1024} KiB");
var testa = Path.Combine(evalRoot, "conll2003", "eng.testa");
if (File.Exists(testa))
{
    TokenAccuracy.Report(output, ConllCorpus.Read(testa), gazetteer);
}

return 0;

static string RepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Digest.sln")))
        {
            return dir.FullName;
        }
    }

    return Directory.GetCurrentDirectory();
}

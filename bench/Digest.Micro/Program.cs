// BenchmarkDotNet micro-benchmarks of the hot stages (issue 8): cleaning a seed, MinHash, entity
// recognition, markdown to HTML, rendering a page with the theme. Inputs are real articles read at
// run time from ../shared/eval/bbc-fulltext (never copied into the repository; DIGEST_EVAL names
// another folder). A short run of everything:
//   dotnet run --project bench/Digest.Micro -c Release -- --job short --filter '*'
using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Digest.Micro.Inputs).Assembly).Run(args);

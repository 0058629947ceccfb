using Xunit;

// Some tests redirect the runtime's process-wide stdout/stderr.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

using System.Diagnostics;

namespace Edition.Build;

/// <summary>
/// Progress through a long step done on every core: a line "n of N …" at most every two seconds, so a corpus
/// build that takes minutes is seen to move, and a quick one prints nothing extra.
/// </summary>
internal sealed class StepProgress(Action<string> progress, int total, string what, TimeSpan? every = null)
{
    private readonly TimeSpan _every = every ?? TimeSpan.FromSeconds(2);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _lock = new();
    private TimeSpan _last = TimeSpan.Zero;
    private int _done;

    /// <summary>One more item done (from any thread).</summary>
    public void Done()
    {
        var done = Interlocked.Increment(ref _done);
        if (_clock.Elapsed - _last < _every || done == total)
        {
            return;
        }

        lock (_lock)
        {
            if (_clock.Elapsed - _last >= _every)
            {
                _last = _clock.Elapsed;
                progress($"  {done} of {total} {what}");
            }
        }
    }
}

using System.Text;

namespace Edition.Import.Wilson.Output;

/// <summary>
/// All or nothing: the document folder is written under a hidden staging name beside its destination and
/// renamed into place only when every file is written; the authority files are replaced by renaming
/// complete temporary copies. On failure everything staged is removed and a replaced folder restored.
/// </summary>
internal static class StagedWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <returns>The paths written, document files first.</returns>
    public static IReadOnlyList<string> Commit(
        string documentDirectory,
        IReadOnlyList<(string Name, string Text)> documentFiles,
        IReadOnlyList<(string Path, string Text)> replacedFiles)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(documentDirectory))!;
        var name = Path.GetFileName(documentDirectory);
        var token = Guid.NewGuid().ToString("N")[..12];
        var staging = Path.Combine(parent, $".{name}.import-{token}");
        var backup = Path.Combine(parent, $".{name}.replaced-{token}");
        var temporaries = replacedFiles.Select(f => (f.Path, Temp: f.Path + $".import-{token}", f.Text)).ToList();
        var backedUp = false;
        var moved = false;
        try
        {
            Directory.CreateDirectory(parent);
            Directory.CreateDirectory(staging);
            foreach (var (file, text) in documentFiles)
            {
                File.WriteAllText(Path.Combine(staging, file), text, Utf8);
            }

            foreach (var (_, temp, text) in temporaries)
            {
                File.WriteAllText(temp, text, Utf8);
            }

            if (Directory.Exists(documentDirectory))
            {
                Directory.Move(documentDirectory, backup);
                backedUp = true;
            }

            Directory.Move(staging, documentDirectory);
            moved = true;
            foreach (var (path, temp, _) in temporaries)
            {
                File.Move(temp, path, overwrite: true);
            }
        }
        catch
        {
            TryDelete(staging);
            foreach (var (_, temp, _) in temporaries)
            {
                try { File.Delete(temp); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            }

            if (moved)
            {
                TryDelete(documentDirectory);
            }

            if (backedUp && !Directory.Exists(documentDirectory))
            {
                Directory.Move(backup, documentDirectory);
            }

            throw;
        }

        TryDelete(backup);
        return [.. documentFiles.Select(f => Path.Combine(documentDirectory, f.Name)), .. replacedFiles.Select(f => f.Path)];
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

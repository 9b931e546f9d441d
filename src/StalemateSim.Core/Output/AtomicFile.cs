using System.Text;

namespace StalemateSim.Core.Output;

/// <summary>Writes files under a temporary name in the same folder, then renames, so no reader ever sees half a file.</summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteText(string path, Action<TextWriter> write)
    {
        WriteStream(path, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8NoBom, 1 << 16) { NewLine = "\n" };
            write(writer);
        });
    }

    public static void WriteText(string path, string text) => WriteText(path, w => w.Write(text));

    public static void WriteStream(string path, Action<Stream> write)
    {
        string full = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(directory);
        string temp = Path.Combine(directory, $".{Path.GetFileName(full)}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}

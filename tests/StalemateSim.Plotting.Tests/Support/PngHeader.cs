using System.Buffers.Binary;

namespace StalemateSim.Plotting.Tests.Support;

/// <summary>Reads the PNG signature and the IHDR width and height.</summary>
internal static class PngHeader
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static (int Width, int Height) Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.That(bytes, Has.Length.GreaterThan(24), "file too short for a PNG header");
        Assert.That(bytes[..8], Is.EqualTo(Signature), "PNG signature");
        Assert.That(System.Text.Encoding.ASCII.GetString(bytes, 12, 4), Is.EqualTo("IHDR"), "first chunk");
        return (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
    }
}

using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace StalemateSim.Core.Scenarios;

/// <summary>
/// SHA-256 of a merged document in ordinal key order: each key and value is written with its
/// UTF-8 length first (a null value as length -1), so no two documents share an encoding.
/// </summary>
internal static class DocumentHash
{
    public static string Compute(IEnumerable<KeyValuePair<string, string?>> document)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach ((string key, string? value) in document.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            Append(hash, key);
            Append(hash, value);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, string? text)
    {
        Span<byte> length = stackalloc byte[4];
        byte[] bytes = text is null ? [] : Encoding.UTF8.GetBytes(text);
        BinaryPrimitives.WriteInt32LittleEndian(length, text is null ? -1 : bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}

using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Reflection;
using System.Runtime.CompilerServices;
using MemoryPack;

namespace Edition.Core.Caching;

/// <summary>
/// A cache entry in MemoryPack's binary form (its formatters generated at compile time), behind a checksum of
/// the payload: decoding a thousand readings as JSON was most of a rebuild's reading time, and a damaged
/// binary entry could otherwise decode into a wrong value instead of failing. A damaged entry reads as a miss.
/// </summary>
public static class BinaryEntry
{
    private const int HeaderLength = sizeof(ulong);

    private static readonly ConcurrentDictionary<Assembly, bool> Prepared = new();
    private static readonly Lock Preparing = new();

    public static byte[] Write<T>(T value)
    {
        Prepare<T>();
        var payload = MemoryPackSerializer.Serialize(value);
        var bytes = new byte[HeaderLength + payload.Length];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, XxHash3.HashToUInt64(payload));
        payload.CopyTo(bytes.AsSpan(HeaderLength));
        return bytes;
    }

    public static T? Read<T>(byte[] bytes)
        where T : class
    {
        if (bytes.Length < HeaderLength)
        {
            return null;
        }

        var payload = bytes.AsSpan(HeaderLength);
        if (BinaryPrimitives.ReadUInt64LittleEndian(bytes) != XxHash3.HashToUInt64(payload))
        {
            return null;
        }

        Prepare<T>();
        try
        {
            return MemoryPackSerializer.Deserialize<T>(payload);
        }
        catch (MemoryPackSerializationException)
        {
            return null; // checksummed but not of this shape: another build's entry under a colliding name
        }
    }

    /// <summary>
    /// Registers the formatters of every MemoryPack type of T's assembly and of this one, on one thread, before
    /// any entry is read or written: a generated type registers itself in its static constructor, marking itself
    /// registered before its formatter is stored, so a thread reading at that moment would find no formatter
    /// (Cysharp/MemoryPack issue 458; seen here as a NullReferenceException when files were read on every core).
    /// </summary>
    private static void Prepare<T>()
    {
        var assembly = typeof(T).Assembly;
        if (Prepared.ContainsKey(assembly))
        {
            return;
        }

        lock (Preparing)
        {
            foreach (var each in new[] { typeof(BinaryEntry).Assembly, assembly }.Distinct())
            {
                if (Prepared.ContainsKey(each))
                {
                    continue;
                }

                foreach (var type in each.GetTypes().Where(t => !t.ContainsGenericParameters && typeof(IMemoryPackFormatterRegister).IsAssignableFrom(t)))
                {
                    RuntimeHelpers.RunClassConstructor(type.TypeHandle);
                }

                Prepared[each] = true;
            }
        }
    }
}

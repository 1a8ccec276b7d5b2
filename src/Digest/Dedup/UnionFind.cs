namespace Digest.Dedup;

/// <summary>
/// Disjoint sets over 0..n-1. The root of a set is always its smallest member, so the grouping it
/// reports does not depend on the order in which pairs were joined.
/// </summary>
internal sealed class UnionFind
{
    private readonly int[] _parent;

    public UnionFind(int count)
    {
        _parent = new int[count];
        for (var i = 0; i < count; i++)
        {
            _parent[i] = i;
        }
    }

    public int Find(int x)
    {
        while (_parent[x] != x)
        {
            _parent[x] = _parent[_parent[x]];
            x = _parent[x];
        }

        return x;
    }

    /// <summary>Joins the sets of a and b; returns false when they already were one.</summary>
    public bool Union(int a, int b)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra == rb)
        {
            return false;
        }

        if (ra < rb)
        {
            _parent[rb] = ra;
        }
        else
        {
            _parent[ra] = rb;
        }

        return true;
    }
}

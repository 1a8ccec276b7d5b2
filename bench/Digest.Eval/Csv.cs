using System.Text;

namespace Digest.Eval;

/// <summary>A minimal RFC 4180 reader: quoted fields may hold commas, quotes ("") and line breaks.</summary>
public static class Csv
{
    public static List<Dictionary<string, string>> Read(string path)
    {
        var rows = Parse(File.ReadAllText(path));
        var header = rows[0];
        return rows.Skip(1).Where(r => r.Count == header.Count)
            .Select(r => header.Select((h, i) => (h, r[i])).ToDictionary(p => p.h, p => p.Item2, StringComparer.Ordinal)).ToList();
    }

    private static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows;
    }
}

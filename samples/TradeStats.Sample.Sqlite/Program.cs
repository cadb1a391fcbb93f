// A custom data source backed by SQLite; see README.md in this folder.
Console.WriteLine("TradeStats SQLite source sample.");
return 0;

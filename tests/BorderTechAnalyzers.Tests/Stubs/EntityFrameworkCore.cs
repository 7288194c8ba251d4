// Stub of EF Core migrations (namespaces Microsoft.EntityFrameworkCore.Migrations): a near miss that names tables after faces and templates.
#nullable disable
using System;

namespace Microsoft.EntityFrameworkCore.Migrations
{
    public class MigrationBuilder
    {
        public void CreateTable(string name, Func<object, object> columns) { }
        public void DropTable(string name) { }
    }

    public abstract class Migration
    {
        protected abstract void Up(MigrationBuilder migrationBuilder);
        protected virtual void Down(MigrationBuilder migrationBuilder) { }
    }
}

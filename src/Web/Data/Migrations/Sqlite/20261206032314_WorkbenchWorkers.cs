using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AgentSupport.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WorkbenchWorkers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "WorkbenchDispatch",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RunId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PromptsJson = table.Column<string>(type: "TEXT", nullable: false),
                    Cancelled = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkbenchDispatch", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkbenchDispatch_WorkbenchRun_RunId",
                        column: x => x.RunId,
                        principalTable: "WorkbenchRun",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkbenchScenarioResult",
                columns: table => new
                {
                    RunId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ScenarioIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    BaselineJson = table.Column<string>(type: "TEXT", nullable: false),
                    CandidateJson = table.Column<string>(type: "TEXT", nullable: false),
                    Worker = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkbenchScenarioResult", x => new { x.RunId, x.ScenarioIndex });
                    table.ForeignKey(
                        name: "FK_WorkbenchScenarioResult_WorkbenchRun_RunId",
                        column: x => x.RunId,
                        principalTable: "WorkbenchRun",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WorkbenchDispatch_RunId",
                table: "WorkbenchDispatch",
                column: "RunId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WorkbenchDispatch");

            migrationBuilder.DropTable(
                name: "WorkbenchScenarioResult");
        }
    }
}

using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;

namespace RectifyNlp.Cli.Infrastructure;

/// <summary>
/// Spectre.Console.Cli's registrar over the Microsoft container: what the program registers (its streams, the parser)
/// and what Spectre registers (the commands and their settings) go into one <see cref="IServiceCollection"/>, and
/// commands get theirs by constructor injection, so tests run the real commands in process with their own streams.
/// </summary>
internal sealed class ServiceCollectionRegistrar(IServiceCollection services) : ITypeRegistrar
{
    public void Register(Type service, Type implementation) => services.AddSingleton(service, implementation);

    public void RegisterInstance(Type service, object implementation) => services.AddSingleton(service, implementation);

    public void RegisterLazy(Type service, Func<object> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        services.AddSingleton(service, _ => factory());
    }

    public ITypeResolver Build() => new ServiceProviderResolver(services.BuildServiceProvider());

    /// <summary>Resolves from the built container; a type it does not know is left to Spectre (null).</summary>
    private sealed class ServiceProviderResolver(ServiceProvider provider) : ITypeResolver, IDisposable
    {
        public object? Resolve(Type? type) => type is null ? null : provider.GetService(type);

        public void Dispose() => provider.Dispose();
    }
}
